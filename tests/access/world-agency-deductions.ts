import { businessDay, now } from '#functions/platform/clock';
import { newId } from '#functions/platform/ids';
import type { Ownership } from './world';
import { post, type World } from './world';

/** The rule the deduction rows use (fixed 5 points), written straight through the store once. */
export const DEDUCTION_RULE = 'D-01';
let ruleMade = false;
export async function ensureDeductionRule() {
  if (ruleMade) return;
  const { currentRule, putRuleForSeed } = await import('#functions/agencies/index');
  if (!(await currentRule(DEDUCTION_RULE))) {
    const at = now().toISOString();
    await putRuleForSeed({
      code: DEDUCTION_RULE,
      description: '未按规定出具技术服务报告',
      category: '技术服务质量',
      points: 5,
      active: true,
      updatedBy: 'seed',
      createdAt: at,
      updatedAt: at,
    });
  }
  ruleMade = true;
}

/** A deduction body against `agencyId` dated today (inside the appeal window). */
export const validDeductionBody = (agencyId: string) => ({
  agencyId,
  ruleCode: DEDUCTION_RULE,
  points: 5,
  reason: '矩阵：报告未按规定出具',
  date: businessDay(now()),
});

/**
 * A fresh deduction of the world's agency at `ownership`: issued by the 武进区 admin for the 武进区 agencies (own,
 * sameDistrict), by the city for 溧阳市's (otherDistrict), so the district admin sees (and revokes) the first two.
 */
export async function freshDeduction(world: World, ownership: Ownership): Promise<string> {
  await ensureDeductionRule();
  const issuer = ownership === 'otherDistrict' ? world.headers.cityAdmin : world.headers.districtAdmin;
  return (
    await post(world.stack, issuer, '/api/agency-deductions', validDeductionBody(world.agencies[ownership]))
  ).id;
}

/** A fresh pending appeal against a fresh deduction, written straight through the store (no agency user of
 * sameDistrict / otherDistrict exists to file it). */
export async function freshAppeal(world: World, ownership: Ownership): Promise<string> {
  const deductionId = await freshDeduction(world, ownership);
  const { agencyDeduction } = await import('#functions/agency-deductions/store/entities/deduction');
  const { agencyAppeal } = await import('#functions/agency-deductions/store/entities/appeal');
  const { data: deduction } = await agencyDeduction.get({ deductionId }).go();
  if (!deduction) throw new Error('setup: deduction missing');
  const at = now();
  const appealId = newId(at);
  await agencyDeduction.patch({ deductionId }).set({ appealId, appealStatus: 'pending' }).go();
  await agencyAppeal
    .create({
      appealId,
      deductionId,
      agencyId: deduction.agencyId,
      agencyName: deduction.agencyName,
      issuingDistrictId: deduction.issuingDistrictId,
      statement: '矩阵：申诉陈述',
      evidenceIds: [],
      status: 'pending',
      version: 1,
      createdBy: 'seed',
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
    })
    .go();
  return appealId;
}
