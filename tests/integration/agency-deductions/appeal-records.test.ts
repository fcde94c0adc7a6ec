import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from '#functions/platform/clock';
import { auditEntriesOf } from '#tests/fixtures/audit-table';
import {
  agencyUser,
  city,
  type Deduction,
  deduct,
  deduction,
  type Failure,
  type Headers,
  liyangAdmin,
  makeAgency,
  send,
  stack,
  startDeductionStack,
  stopDeductionStack,
  wujinAdmin,
} from '#tests/integration/agency-deductions/support';

/**
 * Who reads an appeal (as its deduction: the issuing district, the city, the agency's own user; 404 for the
 * rest), who may appeal and the Chinese refusals, and what a decision leaves: the deduction's revoke reason and
 * appeal status, and one audit entry per call with its summary, district and the deduction's status after it.
 */
const NOW = '2030-05-21T10:00:00+08:00';

let agency: { id: string; name: string };
let firm: Headers;
let otherFirm: Headers;

beforeAll(async () => {
  pinClock(NOW);
  await startDeductionStack();
  agency = await makeAgency('wujin');
  firm = await agencyUser(agency.id);
  otherFirm = await agencyUser((await makeAgency('liyang')).id);
}, 120_000);

afterAll(async () => {
  pinClock(null);
  await stopDeductionStack();
});

const appealOn = (deductionId: string, headers: Headers) =>
  send('POST', `/api/agency-deductions/${deductionId}/appeal`, headers, {
    statement: '扣分事实有误，申请复核',
  });

async function appealed(issuer: Headers) {
  const made = await deduct(issuer, deduction(agency.id));
  const answer = await appealOn(made.id, firm);
  expect(answer.status).toBe(201);
  return { deduction: made, appeal: answer.body as { id: string } };
}

const auditOf = (entityId: string) => auditEntriesOf(stack, entityId);

/** What an audit entry records `field` became (entries keep their changes, not whole records). */
const changed = (entry: Record<string, unknown>, field: string) =>
  (entry.changes as { field: string; after: unknown }[] | undefined)?.find((change) => change.field === field)
    ?.after;

describe('appeal records', () => {
  it('shows an appeal to its issuing district, the city and the agency’s user; 404 in Chinese to the rest', async () => {
    // Prepare
    const byWujin = await appealed(wujinAdmin);
    const byCity = await appealed(city);

    // Act
    const read = (id: string, headers: Headers) => send('GET', `/api/agency-appeals/${id}`, headers);
    const seen = await Promise.all([city, wujinAdmin, firm].map((h) => read(byWujin.appeal.id, h)));
    const unseen = await Promise.all([
      read(byWujin.appeal.id, liyangAdmin),
      read(byWujin.appeal.id, otherFirm),
      read(byCity.appeal.id, wujinAdmin),
    ]);

    // Assess
    expect(seen.map((answer) => answer.status)).toEqual([200, 200, 200]);
    for (const answer of unseen)
      expect(answer).toMatchObject({ status: 404, body: { error: { message: '申诉不存在或无权查看' } } });
  });

  it('lets only the agency’s own user appeal, once, and not a revoked deduction, in Chinese', async () => {
    // Prepare
    const once = await deduct(wujinAdmin, deduction(agency.id));
    const revoked = await deduct(wujinAdmin, deduction(agency.id));
    await send('POST', `/api/agency-deductions/${revoked.id}/revoke`, wujinAdmin, { reason: '录入错误' });

    // Act
    const byOther = await appealOn(once.id, otherFirm);
    const byDistrict = await appealOn(once.id, wujinAdmin);
    const first = await appealOn(once.id, firm);
    const second = await appealOn(once.id, firm);
    const onRevoked = await appealOn(revoked.id, firm);

    // Assess
    expect(byOther.status).toBe(404);
    expect([403, 404]).toContain(byDistrict.status);
    expect(first.status).toBe(201);
    expect(second).toMatchObject({
      status: 409,
      body: { error: { code: 'APPEAL_EXISTS', message: '该扣分已提出过申诉，不能重复申诉' } },
    });
    expect(onRevoked).toMatchObject({
      status: 409,
      body: { error: { code: 'DEDUCTION_REVOKED', message: '该扣分已撤销，无需申诉' } },
    });
  });

  it('leaves a revoked deduction with the appeal’s reason, and audits appeal and decision in the issuer’s district', async () => {
    // Prepare
    const { deduction: made, appeal } = await appealed(wujinAdmin);

    // Act
    const decided = await send('POST', `/api/agency-appeals/${appeal.id}/decide`, wujinAdmin, {
      outcome: 'revoke',
      reason: '原始记录证明结论无误',
    });
    const again = await send('POST', `/api/agency-appeals/${appeal.id}/decide`, wujinAdmin, {
      outcome: 'uphold',
      reason: '改判',
    });

    // Assess
    expect(decided.status).toBe(200);
    expect(again).toMatchObject({
      status: 409,
      body: { error: { code: 'APPEAL_DECIDED', message: '该申诉已处理，请刷新后查看' } },
    });
    const detail = (await send('GET', `/api/agency-deductions/${made.id}`, wujinAdmin)).body as Deduction & {
      revokeReason?: string;
    };
    expect(detail).toMatchObject({
      status: 'revoked',
      appealStatus: 'revoked',
      revokeReason: '申诉成立：原始记录证明结论无误',
    });
    const entries = await auditOf(appeal.id);
    const about = `${agency.name}（扣分 ${made.id}）`;
    expect(
      entries
        .map((entry) => ({
          action: entry.action,
          summary: entry.summary,
          districtId: entry.districtId,
          deductionStatus: changed(entry, 'deductionStatus'),
        }))
        .sort((a, b) => a.action.localeCompare(b.action)),
    ).toEqual([
      {
        action: 'appeal',
        summary: `中介机构提出申诉：${about}`,
        districtId: 'wujin',
        deductionStatus: undefined,
      },
      {
        action: 'revoke',
        summary: `申诉成立，撤销扣分：${about}`,
        districtId: 'wujin',
        deductionStatus: 'revoked',
      },
    ]);
  });

  it('audits an upheld appeal of a city deduction with no district, the deduction still live', async () => {
    // Prepare
    const { deduction: made, appeal } = await appealed(city);

    // Act
    const decided = await send('POST', `/api/agency-appeals/${appeal.id}/decide`, city, {
      outcome: 'uphold',
      reason: '证据不足以推翻原认定',
    });
    const byDistrict = await send('POST', `/api/agency-appeals/${appeal.id}/decide`, wujinAdmin, {
      outcome: 'revoke',
      reason: '越权处理',
    });

    // Assess
    expect(decided.status).toBe(200);
    expect(byDistrict.status).toBe(404);
    expect((byDistrict.body as Failure).error.message).toBe('申诉不存在或无权查看');
    const decision = (await auditOf(appeal.id)).find((entry) => entry.action === 'uphold');
    expect(decision?.summary).toBe(`申诉不成立，维持扣分：${agency.name}（扣分 ${made.id}）`);
    expect(decision && changed(decision, 'deductionStatus')).toBe('live');
    expect(decision?.districtId ?? null).toBeNull();
  });
});
