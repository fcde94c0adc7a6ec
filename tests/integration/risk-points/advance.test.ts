import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makePoint,
  type RiskPoint,
  send,
  startRiskPointStack,
  stopRiskPointStack,
  who,
} from '#tests/integration/risk-points/support';

const DAY_MS = 24 * 3600 * 1000;

beforeAll(startRiskPointStack, 120_000);
afterAll(stopRiskPointStack);

describe('advanceRiskPointScan and scanTargetByToken', () => {
  it('moves a point to the newest of 40 concurrent scans, never back to an older one arriving late', async () => {
    // Prepare: 污水池, 7 days; scans one minute apart, sent all at once oldest first (each round of a retry
    // loop would be won by the oldest still trying, so the newest would need 40 tries)
    const { advanceRiskPointScan } = await import('#functions/risk-points/index');
    const point = await makePoint(who.firm, { name: '并发池' });
    const base = Date.now();
    const times = Array.from({ length: 40 }, (_, i) => new Date(base + i * 60_000).toISOString());

    // Act
    const results = await Promise.all(
      times.map((scannedAt) => advanceRiskPointScan({ riskPointId: point.id, scannedAt })),
    );
    const late = await advanceRiskPointScan({ riskPointId: point.id, scannedAt: times[3] as string });

    // Assess
    const after = (await send('GET', `/api/risk-points/${point.id}`, who.firm)).body as RiskPoint;
    expect(after.lastScanAt).toBe(times[39]);
    expect(after.nextDueAt).toBe(new Date(base + 39 * 60_000 + 7 * DAY_MS).toISOString());
    expect(results.some((result) => result.advanced)).toBe(true);
    expect(late).toEqual({ advanced: false });
  });

  it('finds a point by its current token only, and not at all for an unknown one', async () => {
    // Prepare
    const { scanTargetByToken } = await import('#functions/risk-points/index');
    const point = await makePoint(who.firm, { name: '令牌池' });
    const reissued = (await send('POST', `/api/risk-points/${point.id}/code`, who.firm)).body as RiskPoint;

    // Act
    const [old, current, unknown] = await Promise.all([
      scanTargetByToken(point.token),
      scanTargetByToken(reissued.token),
      scanTargetByToken('AAAAAAAAAAAAAAAAAAAAAA'),
    ]);

    // Assess
    expect(old).toBeUndefined();
    expect(unknown).toBeUndefined();
    expect(current).toMatchObject({
      riskPointId: point.id,
      status: 'active',
      cycleDays: 7,
      className: '污水池、化粪池',
    });
    expect(current?.checklist.map((item) => item.itemId)).toEqual(['01', '02', '03']);
  });
});
