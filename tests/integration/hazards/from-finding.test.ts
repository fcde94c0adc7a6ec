import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '#functions/hazards/store/from-finding';
import type { LocalStack } from '#infra/local/stack';
import { auditTableReader } from '#tests/fixtures/audit-table';
import { createUserDirect } from '#tests/fixtures/auth';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * A hazard created from a finding (scan, patrol, campaign answer, zeroing list), on dynalite against hand-written
 * answers: the stored item, its first history step, the audit entry of a known finder, and a retried finding.
 */
let stack: LocalStack;
let audit: ReturnType<typeof auditTableReader>;
let gridUser: { id: string; name: string };

beforeAll(async () => {
  stack = await startTestStack();
  audit = auditTableReader(stack);
  const user = await createUserDirect({
    role: 'gridMember',
    districtId: 'wujin',
    townId: 'T1',
    gridId: 'G1',
  });
  gridUser = { id: user.id, name: user.name };
});
afterAll(async () => {
  audit?.close();
  await stack?.stop();
});

// 2026-12-06 10:00 in Beijing: a general hazard is due 7 days later, a major one 30, each at that day's end.
const finding = (fields: Partial<Finding>): Finding => ({
  source: 'patrol',
  findingRef: 'patrol-1#c03',
  enterpriseId: 'e1',
  districtId: 'wujin',
  townId: 'T1',
  description: '灭火器过期',
  level: 'general',
  photoIds: ['p1'],
  createdBy: 'no-such-user',
  at: '2026-12-06T02:00:00.000Z',
  requestId: 'req-1',
  routeKey: 'POST /api/patrols',
  ...fields,
});
const stored = async (hazardId: string) => {
  const { hazard } = await import('#functions/hazards/store/entities/hazard');
  return (await hazard.get({ hazardId }).go()).data;
};

describe('a hazard from a finding', () => {
  it("stores the finding's fields, a deadline from its level, and a first step by an unknown finder", async () => {
    const { createFoundHazard } = await import('#functions/hazards/store/from-finding');
    const made = await createFoundHazard(
      finding({
        gridId: 'G1',
        level: 'major',
        majorCategory: 'metallurgy',
        category: 'c03',
        extra: { riskPointId: 'rp1', riskPointName: '熔炼炉' },
      }),
    );
    expect(made.created).toBe(true);
    expect(await stored(made.hazardId)).toMatchObject({
      enterpriseId: 'e1',
      districtId: 'wujin',
      townId: 'T1',
      gridId: 'G1',
      source: 'patrol',
      level: 'major',
      majorCategory: 'metallurgy',
      category: 'c03',
      findingRef: 'patrol-1#c03',
      riskPointId: 'rp1',
      riskPointName: '熔炼炉',
      status: 'OPEN',
      deadline: '2027-01-05T15:59:59.999Z',
      photoIds: ['p1'],
      history: [
        {
          at: '2026-12-06T02:00:00.000Z',
          action: 'create',
          from: null,
          to: 'OPEN',
          by: 'no-such-user',
          byName: 'no-such-user',
          role: 'enterpriseUser',
          note: '灭火器过期',
          photoIds: ['p1'],
        },
      ],
      createdBy: 'no-such-user',
      createdByName: 'no-such-user',
      version: 1,
    });
    expect((await audit.entries()).filter((entry) => entry.entityId === made.hazardId)).toEqual([]);
  });

  it('creates nothing for the same finding again, whatever it now says', async () => {
    const { createFoundHazard } = await import('#functions/hazards/store/from-finding');
    const first = await createFoundHazard(finding({ findingRef: 'patrol-2#c01' }));
    const again = await createFoundHazard(finding({ findingRef: 'patrol-2#c01', description: '改过的描述' }));
    expect(again).toEqual({ hazardId: first.hazardId, created: false });
    expect((await stored(first.hazardId))?.description).toBe('灭火器过期');
    const other = await createFoundHazard(finding({ findingRef: 'patrol-2#c01', source: 'campaign' }));
    expect(other.created).toBe(true);
    expect(other.hazardId).not.toBe(first.hazardId);
  });

  it('names a known finder with their role, and audits the creation as theirs', async () => {
    const { createFoundHazard } = await import('#functions/hazards/store/from-finding');
    const made = await createFoundHazard(finding({ findingRef: 'patrol-3#c02', createdBy: gridUser.id }));
    const item = await stored(made.hazardId);
    expect(item).toMatchObject({ createdByName: gridUser.name, deadline: '2026-12-13T15:59:59.999Z' });
    expect(item).not.toHaveProperty('gridId');
    expect(((item?.history ?? []) as { byName: string; role: string }[])[0]).toMatchObject({
      by: gridUser.id,
      byName: gridUser.name,
      role: 'gridMember',
    });
    const entries = (await audit.entries()).filter((entry) => entry.entityId === made.hazardId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'create',
      entity: 'hazard',
      actorId: gridUser.id,
      routeKey: 'POST /api/patrols',
      districtId: 'wujin',
      summary: '登记隐患（一般隐患）：灭火器过期',
    });
  });
});
