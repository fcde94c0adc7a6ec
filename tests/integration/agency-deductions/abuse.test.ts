import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from '#functions/platform/clock';
import { auditTableReader } from '#tests/fixtures/audit-table';
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
  storedState,
  wujinAdmin,
} from '#tests/integration/agency-deductions/support';

const NOW = '2030-05-21T10:00:00+08:00';
const hasChinese = (text: string | undefined) => /[\u4e00-\u9fff]/.test(text ?? '');

let wujinAgency: { id: string };
let liyangAgency: { id: string };
let worksInWujin: { id: string };
let firm: Headers;
let otherFirm: Headers;

beforeAll(async () => {
  pinClock(NOW);
  await startDeductionStack();
  wujinAgency = await makeAgency('wujin');
  liyangAgency = await makeAgency('liyang');
  worksInWujin = await makeAgency('liyang', { workDistrictIds: ['liyang', 'wujin'] });
  firm = await agencyUser(wujinAgency.id);
  otherFirm = await agencyUser(liyangAgency.id);
}, 120_000);

afterAll(async () => {
  pinClock(null);
  await stopDeductionStack();
});

async function auditCount() {
  const reader = auditTableReader(stack);
  const count = (await reader.entries(['entity'])).filter((e) => e.entity.startsWith('agency')).length;
  reader.close();
  return count;
}

/** Runs `act`, expects `status` with a Chinese message, and that nothing of the agency nor the audit changed. */
async function refused(
  agencyId: string,
  status: number,
  act: () => Promise<{ status: number; body: unknown }>,
) {
  const before = await storedState(agencyId);
  const audits = await auditCount();
  const answer = await act();
  expect(answer.status).toBe(status);
  const { error } = answer.body as Failure;
  expect(hasChinese(error.message)).toBe(true);
  expect(await storedState(agencyId)).toEqual(before);
  expect(await auditCount()).toBe(audits);
  return error;
}

describe('deductions: bad input and abuse (nothing written)', () => {
  it('points outside the rule: 400 points_out_of_range on body.points', async () => {
    for (const body of [
      deduction(wujinAgency.id, { ruleCode: 'B-02', points: 4 }),
      deduction(wujinAgency.id, { ruleCode: 'B-02', points: 0.5 }),
      deduction(wujinAgency.id, { ruleCode: 'A-01', points: 4 }),
    ]) {
      const error = await refused(wujinAgency.id, 400, () =>
        send('POST', '/api/agency-deductions', wujinAdmin, body),
      );
      expect(error.fields?.[0]).toMatchObject({ path: 'body.points', code: 'points_out_of_range' });
    }
  });

  it('an agency outside the district: 404; one working in it may be deducted', async () => {
    const error = await refused(liyangAgency.id, 404, () =>
      send('POST', '/api/agency-deductions', wujinAdmin, deduction(liyangAgency.id)),
    );
    expect(error.message).toBe('中介机构不存在或不在您的管辖范围内');
    const made = await deduct(wujinAdmin, deduction(worksInWujin.id));
    expect(made.issuingDistrictId).toBe('wujin');
  });

  it('unknown rule, a future date: 400 on their fields', async () => {
    const rule = await refused(wujinAgency.id, 400, () =>
      send('POST', '/api/agency-deductions', wujinAdmin, deduction(wujinAgency.id, { ruleCode: 'Z-99' })),
    );
    expect(rule.fields?.[0]).toMatchObject({ path: 'body.ruleCode', code: 'invalid_rule' });
    const date = await refused(wujinAgency.id, 400, () =>
      send('POST', '/api/agency-deductions', wujinAdmin, deduction(wujinAgency.id, { date: '2030-05-22' })),
    );
    expect(date.fields?.[0]).toMatchObject({ path: 'body.date', code: 'future_date' });
  });

  it('revoke without a reason: 400; by another district: 404; the agency user may not revoke: 403', async () => {
    const d = await deduct(wujinAdmin, deduction(wujinAgency.id));
    for (const body of [{}, { reason: '   ' }]) {
      const error = await refused(wujinAgency.id, 400, () =>
        send('POST', `/api/agency-deductions/${d.id}/revoke`, wujinAdmin, body),
      );
      expect(error.fields?.[0]?.path).toBe('body.reason');
      expect(error.fields?.[0]?.message).toBe('请填写撤销理由');
    }
    await refused(wujinAgency.id, 404, () =>
      send('POST', `/api/agency-deductions/${d.id}/revoke`, liyangAdmin, { reason: '越权' }),
    );
    await refused(wujinAgency.id, 403, () =>
      send('POST', `/api/agency-deductions/${d.id}/revoke`, firm, { reason: '越权' }),
    );
  });

  it('an appeal after the window: 409 naming the last day (the last day itself is in time); by another agency: 404', async () => {
    const old = await deduct(wujinAdmin, deduction(wujinAgency.id, { date: '2030-05-10' }));
    expect(old.appealUntil).toBe('2030-05-20');
    const late = await refused(wujinAgency.id, 409, () =>
      send('POST', `/api/agency-deductions/${old.id}/appeal`, firm, { statement: '情况属实已整改' }),
    );
    expect(late.message).toContain('申诉期已过');
    expect(late.message).toContain('2030-05-20');
    // the window's last day itself (10 days after 05-11 is today, 05-21) still takes the appeal
    const lastDay = await deduct(wujinAdmin, deduction(wujinAgency.id, { date: '2030-05-11' }));
    expect(lastDay.appealUntil).toBe('2030-05-21');
    const inTime = await send('POST', `/api/agency-deductions/${lastDay.id}/appeal`, firm, {
      statement: '最后一天提出申诉',
    });
    expect(inTime.status, JSON.stringify(inTime.body)).toBe(201);
    const fresh = await deduct(wujinAdmin, deduction(wujinAgency.id));
    await refused(wujinAgency.id, 404, () =>
      send('POST', `/api/agency-deductions/${fresh.id}/appeal`, otherFirm, { statement: '不是我们的' }),
    );
    expect((await send('GET', `/api/agency-deductions/${fresh.id}`, otherFirm)).status).toBe(404);
    const empty = await refused(wujinAgency.id, 400, () =>
      send('POST', `/api/agency-deductions/${fresh.id}/appeal`, firm, { statement: '' }),
    );
    expect(empty.fields?.[0]?.path).toBe('body.statement');
  });

  it('the agency user reads only its own agency: the list ignores another agencyId', async () => {
    await deduct(city, deduction(liyangAgency.id));
    const own = await send('GET', `/api/agency-deductions?agencyId=${liyangAgency.id}`, firm);
    const rows = (own.body as { data: Deduction[] }).data;
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.agencyId))).toEqual(new Set([wujinAgency.id]));
  });
});
