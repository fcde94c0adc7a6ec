import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from '#functions/platform/clock';
import { auditEntriesOf } from '#tests/fixtures/audit-table';
import {
  city,
  deduct,
  deduction,
  liyangAdmin,
  makeAgency,
  send,
  stack,
  startDeductionStack,
  stopDeductionStack,
  wujinAdmin,
} from '#tests/integration/agency-deductions/support';

/**
 * Who reads and who revokes a deduction: the city all; a district those it issued and those of agencies it
 * manages (registered or working in it), revoking only its own; and what the audit log keeps of each write.
 */
const NOW = '2030-05-21T10:00:00+08:00';

let wujinAgency: { id: string; name: string };
let liyangOnly: { id: string; name: string };
let worksInWujin: { id: string; name: string };

beforeAll(async () => {
  pinClock(NOW);
  await startDeductionStack();
  wujinAgency = await makeAgency('wujin');
  liyangOnly = await makeAgency('liyang');
  worksInWujin = await makeAgency('liyang', { workDistrictIds: ['liyang', 'wujin'] });
}, 120_000);

afterAll(async () => {
  pinClock(null);
  await stopDeductionStack();
});

const read = (id: string, headers: Record<string, string>) =>
  send('GET', `/api/agency-deductions/${id}`, headers);
const revoke = (id: string, headers: Record<string, string>, reason = '扣分依据有误') =>
  send('POST', `/api/agency-deductions/${id}/revoke`, headers, { reason });

async function auditOf(entityId: string) {
  const entries = await auditEntriesOf(stack, entityId);
  return entries.map(({ action, summary, districtId }) => ({
    action,
    summary,
    districtId: districtId ?? null,
  }));
}

describe('deduction records', () => {
  it('shows a district the deductions of agencies it manages, whoever issued them, and no others', async () => {
    // Prepare
    const byCity = await deduct(city, deduction(wujinAgency.id));
    const byLiyangOnWorker = await deduct(liyangAdmin, deduction(worksInWujin.id));
    const byLiyangOnOwn = await deduct(liyangAdmin, deduction(liyangOnly.id));

    // Act
    const answers = await Promise.all([
      read(byCity.id, wujinAdmin),
      read(byLiyangOnWorker.id, wujinAdmin),
      read(byLiyangOnOwn.id, wujinAdmin),
      read(byLiyangOnOwn.id, city),
    ]);

    // Assess
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 404, 200]);
    expect(answers[2]).toMatchObject({ body: { error: { message: '扣分记录不存在或无权查看' } } });
  });

  it('lets only the issuing district or the city revoke, once, with the reasons in Chinese', async () => {
    // Prepare
    const byLiyang = await deduct(liyangAdmin, deduction(worksInWujin.id));

    // Act
    const byReader = await revoke(byLiyang.id, wujinAdmin);
    const first = await revoke(byLiyang.id, liyangAdmin);
    const second = await revoke(byLiyang.id, city);

    // Assess
    expect(byReader).toMatchObject({
      status: 403,
      body: { error: { message: '只有作出扣分的辖市（区）或市级管理员可以撤销此扣分' } },
    });
    expect(first.status).toBe(200);
    expect(second).toMatchObject({
      status: 409,
      body: { error: { code: 'DEDUCTION_REVOKED', message: '该扣分已被撤销，请刷新后查看' } },
    });
  });

  it('audits a district’s deduction and its revocation in the district, and the city’s with no district', async () => {
    // Prepare
    const byWujin = await deduct(wujinAdmin, deduction(wujinAgency.id, { ruleCode: 'A-01', points: 5 }));
    const byCity = await deduct(city, deduction(wujinAgency.id, { points: 3 }));

    // Act
    await revoke(byWujin.id, wujinAdmin);

    // Assess
    const named = wujinAgency.name;
    expect((await auditOf(byWujin.id)).sort((a, b) => a.action.localeCompare(b.action))).toEqual([
      { action: 'create', summary: `中介机构扣分：${named} A-01 5 分`, districtId: 'wujin' },
      { action: 'revoke', summary: `撤销中介机构扣分：${named} A-01 5 分`, districtId: 'wujin' },
    ]);
    expect(await auditOf(byCity.id)).toEqual([
      { action: 'create', summary: `中介机构扣分：${named} B-02 3 分`, districtId: null },
    ]);
  });
});
