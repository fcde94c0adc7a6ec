import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditFilter } from '#functions/audit/store/audit-log';
import type { Principal } from '#functions/platform/principal';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * Which entries each reader sees for each filter, by a hand-written table over five entries: two districts
 * and a city-level entry, two actors, three entities. The store is called directly (the route adds only its
 * schema), so that the index a filter picks and the conditions it adds are what is tested.
 */
const entries = {
  e1: { districtId: 'wujin', actorId: 'U-A', entity: 'enterprise' },
  e2: { districtId: 'wujin', actorId: 'U-B', entity: 'user' },
  e3: { districtId: 'jintan', actorId: 'U-A', entity: 'enterprise' },
  e4: { districtId: 'jintan', actorId: 'U-B', entity: 'enterprise' },
  e5: { districtId: undefined, actorId: 'U-A', entity: 'district' },
} as const;
type Id = keyof typeof entries;

const reader = (role: Principal['role'], scope: Partial<Principal> = {}): Principal => ({
  userId: `R-${role}`,
  username: role,
  name: role,
  role,
  ...scope,
});
const city = reader('cityAdmin');
const wujin = reader('districtAdmin', { districtId: 'wujin' });
const town = reader('townOfficer', { districtId: 'wujin', townId: 'T-1' });
const firm = reader('enterpriseUser', { districtId: 'wujin', enterpriseId: 'E-1' });

/** reader, filter, the entries seen (newest first) */
const policy: [string, Principal, AuditFilter, Id[]][] = [
  ['city, everything', city, {}, ['e5', 'e4', 'e3', 'e2', 'e1']],
  ['city, one district', city, { districtId: 'jintan' }, ['e4', 'e3']],
  ['city, one actor', city, { actorId: 'U-A' }, ['e5', 'e3', 'e1']],
  ['city, one actor in one district', city, { actorId: 'U-A', districtId: 'wujin' }, ['e1']],
  ['city, one actor and entity', city, { actorId: 'U-A', entity: 'enterprise' }, ['e3', 'e1']],
  ['city, one entity', city, { entity: 'enterprise' }, ['e4', 'e3', 'e1']],
  ['city, one entity in one district', city, { entity: 'enterprise', districtId: 'jintan' }, ['e4', 'e3']],
  [
    'city, actor, entity and district',
    city,
    { actorId: 'U-B', entity: 'enterprise', districtId: 'jintan' },
    ['e4'],
  ],
  ['district, everything', wujin, {}, ['e2', 'e1']],
  ['district, its own district', wujin, { districtId: 'wujin' }, ['e2', 'e1']],
  ['district, another district', wujin, { districtId: 'jintan' }, []],
  ['district, one actor', wujin, { actorId: 'U-A' }, ['e1']],
  ['district, one entity', wujin, { entity: 'enterprise' }, ['e1']],
  ['town officer', town, {}, []],
  ['enterprise user', firm, {}, []],
];

let stack: Awaited<ReturnType<typeof startTestStack>>;
let list: typeof import('#functions/audit/store/audit-log').listAuditEntries;
const idOf = new Map<string, Id>();

beforeAll(async () => {
  stack = await startTestStack();
  // the store modules read the emulators' endpoints when loaded
  ({ listAuditEntries: list } = await import('#functions/audit/store/audit-log'));
  const { appendAuditEntry } = await import('#functions/platform/audit/append');
  const start = Date.parse('2026-11-02T08:00:00.000Z');
  for (const [index, [id, entry]] of Object.entries(entries).entries()) {
    const entryId = `AUD-FILTER-${id}`;
    idOf.set(entryId, id as Id);
    await appendAuditEntry({
      entryId,
      at: new Date(start + index * 1000).toISOString(),
      ...(entry.districtId ? { districtId: entry.districtId } : {}),
      actorId: entry.actorId,
      actorName: entry.actorId === 'U-A' ? '王建国' : '李秀英',
      role: entry.districtId ? 'districtAdmin' : 'cityAdmin',
      actorScope: entry.districtId ? { districtId: entry.districtId } : {},
      action: 'update',
      entity: entry.entity,
      entityId: `${entry.entity}-${id}`,
      changes: [],
      requestId: `req-${id}`,
      routeKey: 'PUT /api/x',
    });
  }
}, 60_000);
afterAll(() => stack?.stop());

const seen = async (principal: Principal, filter: AuditFilter, limit = 100) =>
  (await list(principal, filter, { limit })).data.flatMap((entry) => idOf.get(entry.id) ?? []);

describe('audit log filters and scope', () => {
  it.each(policy)('%s', async (_name, principal, filter, expected) => {
    expect(await seen(principal, filter)).toEqual(expected);
  });

  it('fills a page of one through a filter the index does not cover', async () => {
    // the actor's newest entry is city-level: the district condition must skip it and read on
    expect(await seen(city, { actorId: 'U-A', districtId: 'wujin' }, 1)).toEqual(['e1']);
  });

  it('gives a district entry its district, and a city-level entry none', async () => {
    const page = await list(city, {}, { limit: 100 });
    const byId = new Map(page.data.map((entry) => [idOf.get(entry.id), entry]));
    expect(byId.get('e1')).toMatchObject({ districtId: 'wujin', actorName: '王建国', entity: 'enterprise' });
    expect(byId.get('e5')).not.toHaveProperty('districtId');
    expect(byId.get('e5')).toMatchObject({ actorId: 'U-A', changes: [], requestId: 'req-e5' });
  });
});
