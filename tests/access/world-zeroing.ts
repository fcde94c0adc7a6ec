import { writeXlsx } from '#functions/platform/files/xlsx-writer';
import type { LocalStack } from '#infra/local/stack';
import { callApi } from '#tests/fixtures/local-stack';
import type { KnownRow, Ownership, Place, Targets } from './world';
import { post } from './world';

type Headers = Record<string, string>;
type Placed = Omit<Place, 'gridId'> & { gridId?: string; enterpriseId: string };
const scoped: readonly Ownership[] = ['own', 'sameDistrict', 'otherDistrict'];
let serial = 0;

/** zeroing (百日清零): one campaign listing a major hazard of every enterprise of the world, checked once each. */
export interface ZeroingWorld {
  zeroingCampaign: string;
  /** The listed major hazard of each target enterprise. */
  zeroingHazards: Targets;
  /** An import file the world has imported already: importing it again creates no hazard. */
  zeroingImport: { fileName: string; content: string };
  zeroingRows: { zeroingCampaign: KnownRow[]; zeroingEntry: KnownRow[]; zeroingCheck: KnownRow[] };
}

/** An OPEN major hazard written straight through the store (as a supervisor's finding would leave it). */
async function majorHazardIn(place: Placed) {
  const { hazard } = await import('#functions/hazards/store/entities/hazard');
  const { newId } = await import('#functions/platform/ids');
  serial += 1;
  const hazardId = newId();
  const at = new Date().toISOString();
  await hazard
    .create({
      hazardId,
      ...place,
      source: 'supervisor',
      level: 'major',
      description: `矩阵重大隐患${serial}`,
      status: 'OPEN',
      deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      photoIds: [],
      history: [],
      createdBy: 'matrix',
      createdByName: '矩阵',
      createdAt: at,
      updatedAt: at,
      version: 1,
    })
    .go();
  return hazardId;
}

/** A day of the world's campaign no earlier check took: one check per enterprise, level and day. */
let checkDay = 0;
export function nextCheckDay(): string {
  checkDay += 1;
  return new Date(Date.UTC(2026, 0, 1 + checkDay)).toISOString().slice(0, 10);
}

export const zeroingCheckBody = (enterpriseId: string, hazardId: string) => ({
  enterpriseId,
  level: 'district',
  checkedOn: nextCheckDay(),
  checkers: ['矩阵检查员'],
  results: [{ hazardId, zeroed: true }],
});

export async function zeroingOf(
  stack: LocalStack,
  city: Headers,
  places: Record<Ownership, Place>,
  enterprises: Targets,
  more: { id: string; place: Omit<Place, 'gridId'> & { gridId?: string } }[],
): Promise<ZeroingWorld> {
  const campaign = await post(stack, city, '/api/zeroing-campaigns', {
    name: '矩阵百日清零',
    startDate: '2026-01-01',
  });
  const listed: { hazardId: string; place: Placed }[] = [];
  const hazards = {} as Targets;
  for (const o of scoped) {
    const place = { ...places[o], enterpriseId: enterprises[o] };
    hazards[o] = await majorHazardIn(place);
    listed.push({ hazardId: hazards[o], place });
  }
  for (const { id, place } of more) {
    const at = { ...place, enterpriseId: id };
    listed.push({ hazardId: await majorHazardIn(at), place: at });
  }
  const base = `/api/zeroing-campaigns/${campaign.id}`;
  await post(stack, city, `${base}/entries`, { hazardIds: listed.map((one) => one.hazardId) });
  const checks: KnownRow[] = [];
  for (const { hazardId, place } of listed) {
    const check = await post(stack, city, `${base}/checks`, zeroingCheckBody(place.enterpriseId, hazardId));
    checks.push({ id: check.id, place });
  }
  // an enterprise the matrix never checks again: its list grows by the imported hazard
  const imported = more[0]?.id ?? enterprises.sameDistrict;
  const bait = await callApi(stack, `/api/enterprises/${imported}`, { headers: city });
  const creditCode = (bait.body as { creditCode: string }).creditCode;
  const file = writeXlsx([
    ['统一社会信用代码', '隐患描述', '隐患等级'],
    [creditCode, '矩阵导入重大隐患', '重大隐患'],
  ]);
  const zeroingImport = { fileName: '矩阵清零名单.xlsx', content: Buffer.from(file).toString('base64') };
  await post(stack, city, `${base}/imports`, zeroingImport);
  return {
    zeroingCampaign: campaign.id,
    zeroingHazards: hazards,
    zeroingImport,
    zeroingRows: {
      zeroingCampaign: [{ id: campaign.id, place: {} }],
      zeroingEntry: listed.map(({ place }) => ({ id: place.enterpriseId, place })),
      zeroingCheck: checks,
    },
  };
}
