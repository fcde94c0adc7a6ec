import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * The readers hazards offers other capabilities (the period metrics, the reminders job, the zeroing list), on
 * dynalite against hand-written answers: which hazards each key range holds and what it hands back.
 */
let stack: LocalStack;
const AT = '2026-10-01T00:00:00.000Z';
const Q4 = { from: '2026-10-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };

type Status = 'OPEN' | 'RECTIFIED' | 'CLOSED';
interface Given {
  id: string;
  status: Status;
  deadline: string;
  districtId?: string;
  gridId?: string;
  rectifiedAt?: string;
  closedAt?: string;
}

/** 武进 (wujin) unless told; the sibling district 溧阳 holds hazards on the same days. */
const given: Given[] = [
  { id: 'h-open-old', status: 'OPEN', deadline: '2026-06-30T15:59:59.999Z' },
  { id: 'h-open-q4', status: 'OPEN', deadline: '2026-11-15T15:59:59.999Z', gridId: 'g1' },
  { id: 'h-open-next', status: 'OPEN', deadline: '2027-01-01T00:00:00.000Z' },
  {
    id: 'h-rect-q4',
    status: 'RECTIFIED',
    deadline: '2026-10-01T00:00:00.000Z',
    rectifiedAt: '2026-09-30T08:00:00Z',
  },
  {
    id: 'h-rect-old',
    status: 'RECTIFIED',
    deadline: '2026-09-30T15:59:59.999Z',
    rectifiedAt: '2026-09-29T08:00:00Z',
  },
  {
    id: 'h-closed-q4',
    status: 'CLOSED',
    deadline: '2026-12-31T15:59:59.999Z',
    closedAt: '2026-12-20T08:00:00Z',
  },
  {
    id: 'h-closed-next',
    status: 'CLOSED',
    deadline: '2027-01-02T15:59:59.999Z',
    closedAt: '2026-12-20T08:00:00Z',
  },
  { id: 'h-liyang', status: 'OPEN', deadline: '2026-11-15T15:59:59.999Z', districtId: 'liyang' },
];

beforeAll(async () => {
  stack = await startTestStack();
  const { hazard } = await import('#functions/hazards/store/entities/hazard');
  for (const one of given)
    await hazard
      .create({
        hazardId: one.id,
        enterpriseId: `e-${one.id}`,
        districtId: one.districtId ?? 'wujin',
        townId: `${one.districtId ?? 'wujin'}-t1`,
        ...(one.gridId ? { gridId: one.gridId } : {}),
        source: 'supervisor',
        level: one.id === 'h-open-q4' ? 'major' : 'general',
        description: `${one.id}：消防通道堵塞`,
        status: one.status,
        deadline: one.deadline,
        photoIds: [],
        ...(one.rectifiedAt ? { rectification: { at: one.rectifiedAt, note: '已整改', photoIds: [] } } : {}),
        ...(one.closedAt ? { closedAt: one.closedAt } : {}),
        history: [],
        createdBy: 'u1',
        createdByName: '市局',
        createdAt: AT,
        updatedAt: AT,
        version: 1,
      })
      .go();
});
afterAll(async () => {
  await stack?.stop();
});

describe("a quarter's hazards of a district", () => {
  it('has every OPEN one due before the end, and the RECTIFIED and CLOSED ones due inside the quarter', async () => {
    const { periodHazards } = await import('#functions/hazards/store/period-hazards');
    const read = await periodHazards('wujin', Q4.from, Q4.to);
    expect(read.sort((a, b) => a.enterpriseId.localeCompare(b.enterpriseId))).toEqual([
      {
        enterpriseId: 'e-h-closed-q4',
        districtId: 'wujin',
        townId: 'wujin-t1',
        status: 'CLOSED',
        deadline: '2026-12-31T15:59:59.999Z',
      },
      {
        enterpriseId: 'e-h-open-old',
        districtId: 'wujin',
        townId: 'wujin-t1',
        status: 'OPEN',
        deadline: '2026-06-30T15:59:59.999Z',
      },
      {
        enterpriseId: 'e-h-open-q4',
        districtId: 'wujin',
        townId: 'wujin-t1',
        status: 'OPEN',
        deadline: '2026-11-15T15:59:59.999Z',
      },
      {
        enterpriseId: 'e-h-rect-q4',
        districtId: 'wujin',
        townId: 'wujin-t1',
        status: 'RECTIFIED',
        deadline: '2026-10-01T00:00:00.000Z',
        rectifiedAt: '2026-09-30T08:00:00Z',
      },
    ]);
  });
});

describe('the open hazards due before an instant', () => {
  it("gives a district's OPEN hazards due before it, and nothing of a sibling district", async () => {
    const { openHazardsDueBefore } = await import('#functions/hazards/store/reminder-deadlines');
    const pages = [];
    for await (const page of openHazardsDueBefore('wujin', new Date('2026-11-16T00:00:00.000Z')))
      pages.push(page);
    expect(pages.flat().sort((a, b) => a.hazardId.localeCompare(b.hazardId))).toEqual([
      {
        hazardId: 'h-open-old',
        enterpriseId: 'e-h-open-old',
        districtId: 'wujin',
        townId: 'wujin-t1',
        level: 'general',
        description: 'h-open-old：消防通道堵塞',
        deadline: '2026-06-30T15:59:59.999Z',
      },
      {
        hazardId: 'h-open-q4',
        enterpriseId: 'e-h-open-q4',
        districtId: 'wujin',
        townId: 'wujin-t1',
        level: 'major',
        description: 'h-open-q4：消防通道堵塞',
        deadline: '2026-11-15T15:59:59.999Z',
      },
    ]);
    const none = [];
    for await (const page of openHazardsDueBefore('jintan', new Date('2027-06-01T00:00:00.000Z')))
      none.push(page);
    expect(none).toEqual([]);
  });
});

describe('hazards by id', () => {
  it('finds the ones that exist, once each, with where they are and their state now', async () => {
    const { hazardsByIds } = await import('#functions/hazards/store/by-ids');
    const ids = ['h-open-q4', 'h-closed-q4', 'h-open-q4', 'h-missing', ...given.map((one) => one.id)];
    const found = await hazardsByIds(ids);
    expect([...found.keys()].sort()).toEqual(given.map((one) => one.id).sort());
    expect(found.get('h-open-q4')).toEqual({
      hazardId: 'h-open-q4',
      enterpriseId: 'e-h-open-q4',
      districtId: 'wujin',
      townId: 'wujin-t1',
      gridId: 'g1',
      level: 'major',
      status: 'OPEN',
      description: 'h-open-q4：消防通道堵塞',
    });
    expect(found.get('h-closed-q4')).toEqual({
      hazardId: 'h-closed-q4',
      enterpriseId: 'e-h-closed-q4',
      districtId: 'wujin',
      townId: 'wujin-t1',
      level: 'general',
      status: 'CLOSED',
      description: 'h-closed-q4：消防通道堵塞',
      closedAt: '2026-12-20T08:00:00Z',
    });
    expect((await hazardsByIds([])).size).toBe(0);
  });
});
