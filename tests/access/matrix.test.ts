import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '#functions/manifest';
import { type Role, type RouteKey, type RouteSpec, routeKey } from '#functions/platform/manifest-types';
import type { LocalStack } from '#infra/local/stack';
import { auditTableReader } from '#tests/fixtures/audit-table';
import { signedIn } from '#tests/fixtures/auth';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';
import { type Call, type RouteCase, routeCases } from './cases';
import { createElsewhere, type ListKind, type Placement, placementOf, sees, seesRow } from './expectations';
import { fullPhonePolicy } from './policy';
import { type Actor, actors, buildWorld, type Ownership, type World } from './world';

let stack: LocalStack;
let world: World;
let auditTable: ReturnType<typeof auditTableReader>;

beforeAll(async () => {
  stack = await startTestStack();
  world = await buildWorld(stack);
  auditTable = auditTableReader(stack);
});
afterAll(async () => {
  auditTable?.close();
  await stack?.stop();
});

/** Supervisor roles (DOMAIN.md): their successful writes are audited, one entry each. */
const supervisorActors: readonly Actor[] = ['cityAdmin', 'districtAdmin', 'townOfficer', 'gridMember'];
/** Pages of a list the matrix reads at most (100 rows each). */
const maxPages = 5;

/** A GET route answering a page `{ data, nextCursor }`. */
function isListRoute(route: RouteSpec): boolean {
  const shape = (route.response as { shape?: Record<string, unknown> }).shape;
  return route.method === 'GET' && !!shape && 'data' in shape && 'nextCursor' in shape;
}

/** The status the matrix expects: public routes answer everyone; otherwise 401, 403 (role), 404 (scope) or success. */
function expectedStatus(
  route: RouteSpec,
  routeCase: RouteCase,
  actor: Actor,
  ownership: Ownership | 'none',
): number {
  const success = route.status ?? 200;
  if (route.access === 'public') return success;
  if (actor === 'anonymous') return 401;
  if (!route.access.includes(actor)) return 403;
  if (routeCase.kind) return sees(routeCase.kind, actor, ownership as Ownership) ? success : 404;
  if (ownership === 'otherDistrict' && actor !== 'cityAdmin') return createElsewhere[routeKey(route)] ?? 403;
  return success;
}

async function callerFor(routeCase: RouteCase, actor: Actor) {
  if (!routeCase.ownSession || actor === 'anonymous')
    return { headers: world.headers[actor], actorId: world.actorIds[actor] };
  const place = { ...world.place.own, enterpriseId: world.enterprises.own };
  const account = await signedIn(stack, { role: actor, ...place });
  return { headers: account.headers, actorId: account.user.id };
}

/** A 2xx body must match the route's response schema; a 204 has none. */
function expectResponseShape(route: RouteSpec, status: number, body: unknown) {
  if (status === 204) {
    expect(body).toBe('');
    return;
  }
  const parsed = route.response.safeParse(body);
  expect(parsed.success, `${routeKey(route)} answered a body off its schema: ${parsed.error?.message}`).toBe(
    true,
  );
}

/** Every unmasked mainland mobile number anywhere in a body. */
function fullPhonesIn(body: unknown): string[] {
  if (typeof body === 'string') return /^1[3-9]\d{9}$/.test(body) ? [body] : [];
  if (Array.isArray(body)) return body.flatMap(fullPhonesIn);
  if (body && typeof body === 'object') return Object.values(body).flatMap(fullPhonesIn);
  return [];
}

function expectPhonesMasked(route: RouteSpec, actor: Actor, body: unknown) {
  const allowed = fullPhonePolicy[routeKey(route)]?.includes(actor as Role) ?? false;
  if (!allowed)
    expect(fullPhonesIn(body), `${routeKey(route)} shows ${actor} full phone numbers`).toEqual([]);
}

type Page = { data: Record<string, string | null>[]; nextCursor: string | null };

/** The first page and up to `maxPages - 1` more; `complete` when the list ended within them. */
async function readList(route: RouteSpec, path: string, headers: Record<string, string>, first: Page) {
  const rows = [...first.data];
  let cursor = first.nextCursor;
  for (let page = 1; cursor && page < maxPages; page += 1) {
    const next = `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`;
    const answer = await callApi(stack, next, { headers });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expectResponseShape(route, answer.status, answer.body);
    rows.push(...(answer.body as Page).data);
    cursor = (answer.body as Page).nextCursor;
  }
  return { rows, complete: !cursor };
}

/**
 * (a) every row of the list is one the actor may see (the world's placement for rows it made, the row's own
 * fields otherwise); (b) the world's rows in the actor's scope are there: all of them when the list ended
 * within `maxPages`, at least one otherwise.
 */
function expectScopedRows(kind: ListKind, actor: Actor, list: Awaited<ReturnType<typeof readList>>) {
  const known = new Map(world.rows[kind].map((row) => [row.id, row.place]));
  const scope = world.scope[actor];
  const placed = list.rows.map((row) => ({
    // a dust cleaning (and its review item) is keyed by cleaningId and has no id; a campaign by campaignId
    id: String(row.id ?? row.cleaningId ?? row.campaignId),
    place: known.get(String(row.id ?? row.cleaningId ?? row.campaignId)) ?? placementOf(kind, row),
  }));
  const leaks = placed
    .filter((row) => !seesRow(kind, actor, scope, row.place))
    .map((row) => `${row.id} ${JSON.stringify(row.place satisfies Placement)}`);
  expect(leaks, `${actor} (${JSON.stringify(scope)}) sees ${kind} rows out of its scope`).toEqual([]);
  const inScope = world.rows[kind]
    .filter((row) => seesRow(kind, actor, scope, row.place))
    .map((row) => row.id);
  const present = new Set(placed.map((row) => row.id));
  if (list.complete) {
    expect(
      inScope.filter((id) => !present.has(id)),
      `${actor}'s ${kind} list misses rows of its scope`,
    ).toEqual([]);
  } else if (inScope.length > 0) {
    expect(
      inScope.some((id) => present.has(id)),
      `${actor}'s ${kind} list shows none of its scope`,
    ).toBe(true);
  }
}

/** Newest audit entries looked at around a write: any new entry sorts above all of them (ULIDs). */
const auditWindow = 10;

/** Ids of the newest audit entries, read straight from the emulator's table. */
async function auditIds(): Promise<Set<string>> {
  return new Set((await auditTable.newest(auditWindow)).map((entry) => entry.entryId));
}

const rows = routes.flatMap((route) => {
  const routeCase = routeCases[routeKey(route)];
  if (!routeCase) return [];
  return actors.flatMap((actor) =>
    routeCase.ownerships.map((ownership) => ({
      route,
      routeCase,
      actor,
      ownership,
      expected: expectedStatus(route, routeCase, actor, ownership),
    })),
  );
});

describe('the access matrix', () => {
  it('has rows for every manifest route', () => {
    const missing = routes.map(routeKey).filter((key: RouteKey) => !routeCases[key]);
    expect(missing).toEqual([]);
    expect(Object.keys(routeCases).sort()).toEqual(routes.map(routeKey).sort());
  });

  it('has at least one ownership per route (an empty list would leave the route without cells)', () => {
    const empty = Object.entries(routeCases)
      .filter(([, routeCase]) => routeCase.ownerships.length === 0)
      .map(([key]) => key);
    expect(empty).toEqual([]);
    for (const route of routes)
      expect(
        rows.some((row) => row.route === route),
        routeKey(route),
      ).toBe(true);
  });

  it('names the row kind of every list route, and of list routes only', () => {
    const lists = routes.filter(isListRoute).map(routeKey).sort();
    const named = Object.entries(routeCases)
      .filter(([, routeCase]) => routeCase.list)
      .map(([key]) => key)
      .sort();
    expect(named).toEqual(lists);
    expect(lists.length).toBeGreaterThanOrEqual(7);
  });

  it('names the town and grid of an enterprise to every role that sees it, the enterprise user included', async () => {
    // Prepare: the names as the org routes give them to the city (they answer an enterprise user 403)
    const cityHeaders = { headers: world.headers.cityAdmin };
    const town = await callApi(stack, `/api/towns/${world.place.own.townId}`, cityHeaders);
    const grid = await callApi(stack, `/api/grids/${world.place.own.gridId}`, cityHeaders);
    const names = {
      townName: (town.body as { name: string }).name,
      gridName: (grid.body as { name: string }).name,
    };

    // Act
    const answers = await Promise.all(
      actors
        .filter((actor) => sees('enterprise', actor, 'own'))
        .map(async (actor) => {
          const path = `/api/enterprises/${world.enterprises.own}`;
          const answer = await callApi(stack, path, { headers: world.headers[actor] });
          return { actor, status: answer.status, body: answer.body };
        }),
    );

    // Assess
    expect(answers.map((answer) => answer.actor)).toContain('enterpriseUser');
    for (const answer of answers) expect(answer, answer.actor).toMatchObject({ status: 200, body: names });
  });

  it.each(rows.map((row) => [routeKey(row.route), row.actor, row.ownership, row.expected, row] as const))(
    '%s as %s on %s → %i',
    async (_key, actor, ownership, expected, { route, routeCase }) => {
      // Prepare
      const call: Call = await routeCase.call(world, actor, ownership);
      const { headers, actorId } = await callerFor(routeCase, actor);
      const refusedWrite = route.method !== 'GET' && expected >= 400;
      // Workers started by earlier cells (an export) finish first: storage is then still until this call.
      if (refusedWrite) await stack.whenIdle();
      const writesBefore = stack.storageWrites();
      const success = expected >= 200 && expected < 300;
      const audited =
        success && route.method !== 'GET' && route.access !== 'public' && supervisorActors.includes(actor);
      const auditBefore = audited ? await auditIds() : undefined;

      // Act
      const init: RequestInit = { method: route.method, headers };
      if (call.body !== undefined) init.body = JSON.stringify(call.body);
      const answer = await callApi(stack, call.path, init);

      // Assess
      expect(answer.status, JSON.stringify(answer.body)).toBe(expected);
      if (refusedWrite) await stack.whenIdle();
      // No request that may write reached either emulator (counted there, answered or not): every table and
      // bucket is as it was, proven without reading them (a refusal through a failed condition would need a diff).
      if (refusedWrite)
        expect(
          stack.storageWrites() - writesBefore,
          'a refused write sends the emulators no write request',
        ).toBe(0);
      if (success) expectResponseShape(route, answer.status, answer.body);
      if (success) expectPhonesMasked(route, actor, answer.body);
      if (success && routeCase.list) {
        const list = await readList(route, call.path, headers, answer.body as Page);
        expectScopedRows(routeCase.list, actor, list);
      }
      if (auditBefore) {
        // A worker the call started (an import, a grid assignment) audits its own changes as `S3 <prefix>`,
        // possibly after the answer: those are the worker's entries, not the request's.
        const added = (await auditTable.newest(auditWindow)).filter(
          (entry) => !auditBefore.has(entry.entryId) && !entry.routeKey.startsWith('S3 '),
        );
        expect(
          added.map((entry) => ({ routeKey: entry.routeKey, actorId: entry.actorId })),
          'a supervisor write answering 2xx appends exactly one audit entry',
        ).toEqual([{ routeKey: routeKey(route), actorId }]);
      }
    },
  );
});
