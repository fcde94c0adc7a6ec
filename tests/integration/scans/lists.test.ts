import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from '#functions/platform/clock';
import {
  firms,
  makePoint,
  moveClock,
  normalScan,
  type PointMade,
  pageOfScans,
  postScan,
  scanOf,
  send,
  startScanStack,
  stopScanStack,
  T0,
  verifiedPhoto,
  who,
} from './support';

let hutang: PointMade;
let tianmu: PointMade;
const ids = {} as Record<'principalDay1' | 'staffDay1' | 'principalDay2Late' | 'tianmuDay1', string>;

/** 湖塘: the principal and a colleague scan on 12-01, the principal again (late) on 12-09; 天目湖 once on 12-01. */
beforeAll(async () => {
  await startScanStack();
  hutang = await makePoint(who.principal);
  tianmu = await makePoint(who.tianmu);
  const scan = async (by: keyof typeof who, point: PointMade) =>
    scanOf(await postScan(who[by], normalScan(point.token, await verifiedPhoto(who[by])))).id;
  // a minute apart: scans of one instant would list in the order of their ids
  ids.principalDay1 = await scan('principal', hutang);
  pinClock('2026-12-01T02:01:00.000Z');
  ids.staffDay1 = await scan('staff', hutang);
  pinClock('2026-12-01T02:02:00.000Z');
  ids.tianmuDay1 = await scan('tianmu', tianmu);
  await moveClock('2026-12-09T03:00:00.000Z');
  ids.principalDay2Late = await scan('principal', hutang);
}, 180_000);
afterAll(stopScanStack);

/** Every page: a walk over empty day partitions may answer a short page with a cursor. */
const listed = async (by: keyof typeof who, query = '') => {
  const found: string[] = [];
  let cursor: string | null = null;
  do {
    const next = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const answer = await send('GET', `/api/scans?limit=100${query}${next}`, who[by]);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    found.push(...pageOfScans(answer).data.map((scan) => scan.id));
    cursor = pageOfScans(answer).nextCursor;
  } while (cursor);
  return found;
};

describe('GET /api/scans', () => {
  it('lists newest first, each role its own scope only', async () => {
    // Act
    const lists = {
      principal: await listed('principal'),
      town: await listed('town'),
      liyangAdmin: await listed('liyangAdmin'),
      city: await listed('city'),
    };

    // Assess
    const hutangScans = [ids.principalDay2Late, ids.staffDay1, ids.principalDay1];
    expect(lists.principal).toEqual(hutangScans);
    expect(lists.town).toEqual(hutangScans);
    expect(lists.liyangAdmin).toEqual([ids.tianmuDay1]);
    expect(lists.city.filter((id) => Object.values(ids).includes(id)).sort()).toEqual(
      Object.values(ids).sort(),
    );
  });

  it('filters by Beijing day range, late, principal, risk point, enterprise, district and town', async () => {
    // Assess
    expect(await listed('city', '&from=2026-12-01&to=2026-12-01&districtId=wujin')).toEqual([
      ids.staffDay1,
      ids.principalDay1,
    ]);
    expect(await listed('town', '&late=true')).toEqual([ids.principalDay2Late]);
    expect(await listed('town', '&principal=false')).toEqual([ids.staffDay1]);
    expect(await listed('city', `&riskPointId=${tianmu.id}`)).toEqual([ids.tianmuDay1]);
    expect(await listed('city', `&enterpriseId=${firms.hutang}&from=2026-12-09`)).toEqual([
      ids.principalDay2Late,
    ]);
    expect(await listed('liyangAdmin', `&enterpriseId=${firms.hutang}`)).toEqual([]);
    expect(await listed('liyangAdmin', '&districtId=wujin')).toEqual([]);
  });

  it('walks the day partitions page by page without losing or repeating a scan', async () => {
    // Act
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query = `/api/scans?limit=1&districtId=wujin${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const answer = await send('GET', query, who.city);
      expect(answer.status).toBe(200);
      seen.push(...pageOfScans(answer).data.map((scan) => scan.id));
      cursor = pageOfScans(answer).nextCursor;
    } while (cursor);

    // Assess
    expect(seen).toEqual([ids.principalDay2Late, ids.staffDay1, ids.principalDay1]);
  });
});

describe('GET /api/scans/{id}', () => {
  it('shows a scan in scope and answers 404 outside it', async () => {
    // Act
    const mine = await send('GET', `/api/scans/${ids.principalDay1}`, who.town);
    const elsewhere = await send('GET', `/api/scans/${ids.principalDay1}`, who.liyangAdmin);

    // Assess
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ id: ids.principalDay1, principal: true, scannedAt: T0 });
    expect(elsewhere.status).toBe(404);
  });
});
