import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '#functions/manifest';
import { type RouteKey, type RouteSpec, routeKey } from '#functions/platform/manifest-types';
import type { LocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';
import { type Call, type RouteCase, routeCases } from './cases';
import { createElsewhere, sees } from './expectations';
import { type Actor, actors, buildWorld, type Ownership, type World } from './world';

let stack: LocalStack;
let world: World;

beforeAll(async () => {
  stack = await startTestStack();
  world = await buildWorld(stack);
});
afterAll(async () => stack?.stop());

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

async function headersFor(routeCase: RouteCase, actor: Actor): Promise<Record<string, string>> {
  if (!routeCase.ownSession || actor === 'anonymous') return world.headers[actor];
  const place = { ...world.place.own, enterpriseId: world.enterprises.own };
  return (await signedIn(stack, { role: actor, ...place })).headers;
}

/** What a refused write must leave alone: the newest audit entry, the target, and the lists a create would grow. */
async function snapshot(targetPath?: string): Promise<string> {
  const read = async (path: string) =>
    (await callApi(stack, path, { headers: world.headers.cityAdmin })).body;
  const paths = [
    '/api/audit?limit=1',
    '/api/towns?limit=100',
    '/api/grids?limit=100',
    '/api/enterprises?limit=100',
    '/api/users?limit=100',
  ];
  return JSON.stringify(await Promise.all([...paths, ...(targetPath ? [targetPath] : [])].map(read)));
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

  it.each(rows.map((row) => [routeKey(row.route), row.actor, row.ownership, row.expected, row] as const))(
    '%s as %s on %s → %i',
    async (_key, actor, ownership, expected, { route, routeCase }) => {
      // Prepare
      const call: Call = await routeCase.call(world, actor, ownership);
      const headers = await headersFor(routeCase, actor);
      const refusedWrite = route.method !== 'GET' && expected >= 400;
      const targetPath = ownership !== 'none' ? routeCase.targetPath?.(world, ownership) : undefined;
      const before = refusedWrite ? await snapshot(targetPath) : '';

      // Act
      const init: RequestInit = { method: route.method, headers };
      if (call.body !== undefined) init.body = JSON.stringify(call.body);
      const answer = await callApi(stack, call.path, init);

      // Assess
      expect(answer.status, JSON.stringify(answer.body)).toBe(expected);
      if (refusedWrite) expect(await snapshot(targetPath)).toBe(before);
    },
  );
});
