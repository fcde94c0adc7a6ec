import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from '#functions/platform/clock';
import { auditTableReader } from '#tests/fixtures/audit-table';
import {
  city,
  type Deduction,
  deduct,
  deduction,
  makeAgency,
  scoreOf,
  send,
  stack,
  startDeductionStack,
  stopDeductionStack,
  wujinAdmin,
} from '#tests/integration/agency-deductions/support';

const NOW = '2030-05-21T10:00:00+08:00';

beforeAll(async () => {
  pinClock(NOW);
  await startDeductionStack();
}, 120_000);

afterAll(async () => {
  pinClock(null);
  await stopDeductionStack();
});

describe('agency score under concurrency (done-when)', () => {
  it('50 concurrent deductions then 10 concurrent revocations: score = 100 − live points; one audit entry per call', async () => {
    // Prepare: points 1, 2, 3, 1, 2, 3, … (the ranged rule) — 50 deductions of 100 points in all
    const agency = await makeAgency('wujin');
    const points = Array.from({ length: 50 }, (_, i) => (i % 3) + 1);
    expect(points.reduce((a, b) => a + b, 0)).toBe(99);

    // Act: 50 at once, by two issuers
    const made = await Promise.all(
      points.map((p, i) => deduct(i % 2 ? city : wujinAdmin, deduction(agency.id, { points: p }))),
    );
    const afterDeductions = await scoreOf(agency.id);
    const revoked = made.filter((_, i) => i % 5 === 0);
    const answers = await Promise.all(
      revoked.map((d) =>
        send(
          'POST',
          `/api/agency-deductions/${d.id}/revoke`,
          d.issuingDistrictId === 'city' ? city : wujinAdmin,
          {
            reason: '复核后扣分依据不足',
          },
        ),
      ),
    );

    // Assess
    expect(afterDeductions).toEqual({ score: 1, points: 99, deductions: 50 });
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    const revokedPoints = revoked.reduce((sum, d) => sum + d.points, 0);
    expect(revokedPoints).toBe(19); // i = 0, 5, …, 45: points 1, 3, 2, 1, 3, 2, 1, 3, 2, 1
    expect(await scoreOf(agency.id)).toEqual({ score: 100 - (99 - 19), points: 80, deductions: 40 });
    const listed = await send(
      'GET',
      `/api/agency-deductions?agencyId=${agency.id}&year=2030&limit=100`,
      city,
    );
    const rows = (listed.body as { data: Deduction[] }).data;
    expect(rows).toHaveLength(50);
    expect(rows.filter((r) => r.status === 'live').reduce((s, r) => s + r.points, 0)).toBe(80);
    const audit = auditTableReader(stack);
    const entries = (await audit.entries()).filter((e) => e.entity === 'agencyDeduction');
    audit.close();
    expect(entries.filter((e) => e.action === 'create')).toHaveLength(50);
    expect(entries.filter((e) => e.action === 'revoke')).toHaveLength(10);
    expect(new Set(entries.map((e) => `${e.action}:${e.entityId}`)).size).toBe(60);
  }, 120_000);

  it('the score never goes below 0', async () => {
    const agency = await makeAgency('wujin');
    await Promise.all(
      Array.from({ length: 21 }, () => deduct(city, deduction(agency.id, { ruleCode: 'A-01', points: 5 }))),
    );
    expect(await scoreOf(agency.id)).toEqual({ score: 0, points: 105, deductions: 21 });
  }, 60_000);

  it('a concurrent double revoke of one deduction restores its points once: one 200, one 409', async () => {
    const agency = await makeAgency('wujin');
    const d = await deduct(wujinAdmin, deduction(agency.id, { ruleCode: 'A-01', points: 5 }));
    const answers = await Promise.all(
      [wujinAdmin, city, wujinAdmin].map((h) =>
        send('POST', `/api/agency-deductions/${d.id}/revoke`, h, { reason: '重复录入' }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
    expect(await scoreOf(agency.id)).toEqual({ score: 100, points: 0, deductions: 0 });
  });

  it('the repair job fixes a corrupted counter from the deductions of the year', async () => {
    // Prepare
    const agency = await makeAgency('wujin');
    await deduct(wujinAdmin, deduction(agency.id, { points: 3 }));
    const revokedOne = await deduct(wujinAdmin, deduction(agency.id, { ruleCode: 'A-01', points: 5 }));
    await send('POST', `/api/agency-deductions/${revokedOne.id}/revoke`, wujinAdmin, { reason: '撤销' });
    const { agencyScoreCounter } = await import('#functions/agency-deductions/store/entities/score-counter');
    await agencyScoreCounter
      .update({ agencyId: agency.id, year: 2030 })
      .set({ points: 42, deductions: 7 })
      .go();
    expect(await scoreOf(agency.id)).toEqual({ score: 58, points: 42, deductions: 7 });
    const { repairCounter } = await import('#functions/agency-deductions/store/repair');

    // Act: too soon after the writes the agency is left alone; later it is fixed, and a second run changes nothing
    const busy = await repairCounter(agency.id, 2030, new Date(NOW));
    const later = new Date(new Date(NOW).getTime() + 10 * 60_000);
    const fixed = await repairCounter(agency.id, 2030, later);
    const again = await repairCounter(agency.id, 2030, later);

    // Assess
    expect([busy, fixed, again]).toEqual(['busy', 'fixed', 'ok']);
    expect(await scoreOf(agency.id)).toEqual({ score: 97, points: 3, deductions: 1 });
  });
});
