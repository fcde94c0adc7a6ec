import { signedIn, TEST_PASSWORD } from '#tests/fixtures/auth';
import { validEnterprise } from '#tests/fixtures/enterprises';
import { agencyCases } from './cases-agencies';
import { agencyDeductionCases } from './cases-agency-deductions';
import { agencyNoticeCases } from './cases-agency-notices';
import { campaignCases } from './cases-campaigns';
import { dustCleaningCases } from './cases-dust-cleanings';
import { dustLadderCases } from './cases-dust-ladder';
import { dustSiteCases } from './cases-dust-sites';
import { gridCoverageCases } from './cases-grid-coverage';
import { metricCases } from './cases-metrics';
import { patrolInsightCases } from './cases-patrol-insights';
import { patrolCases } from './cases-patrols';
import { riskPointCases } from './cases-risk-points';
import { zeroingCases } from './cases-zeroing';
import type { Kind, ListKind } from './expectations';
import { type Actor, enqueueMessage, type Ownership, post, uniqueName, type World } from './world';
import { hazardCases } from './world-hazards';
import { scanCases } from './world-scans';
import { taskCases } from './world-tasks';

/** One request of the matrix: where it goes and what it sends. */
export interface Call {
  path: string;
  body?: unknown;
}

/**
 * How to call a route for an actor and a target ownership. `kind` names the record whose visibility decides
 * the answer; collection routes have none (`ownerships` 'none', or own/otherDistrict for creates = where the new
 * record is placed).
 */
export interface RouteCase {
  kind?: Kind;
  ownerships: readonly (Ownership | 'none')[];
  call: (world: World, actor: Actor, ownership: Ownership | 'none') => Promise<Call>;
  /** The row needs an account of its own (changing the password ends the actor's sessions). */
  ownSession?: boolean;
  /** A list route (a page `{ data, nextCursor }`): the kind of its rows, whose visibility decides each row. */
  list?: ListKind;
}

const scoped: readonly Ownership[] = ['own', 'sameDistrict', 'otherDistrict'];
const createIn: readonly Ownership[] = ['own', 'otherDistrict'];
const none = ['none'] as const;
const place = (world: World, ownership: Ownership | 'none') =>
  world.place[ownership === 'none' ? 'own' : ownership];
const fixed = (path: string) => async (): Promise<Call> => ({ path });
const target =
  (pick: (world: World) => Record<Ownership, string>, base: string) => (world: World, ownership: Ownership) =>
    `${base}/${pick(world)[ownership]}`;

/** A record made just for one row, so that deleting it leaves the others' targets alone. */
async function freshTown(world: World, ownership: Ownership | 'none') {
  const { districtId } = place(world, ownership);
  return (
    await post(world.stack, world.headers.cityAdmin, '/api/towns', { districtId, name: uniqueName('删') })
  ).id;
}

async function freshGrid(world: World, ownership: Ownership | 'none') {
  const { townId } = place(world, ownership);
  return (await post(world.stack, world.headers.cityAdmin, '/api/grids', { townId, name: uniqueName('删') }))
    .id;
}

async function freshEnterprise(world: World, ownership: Ownership | 'none') {
  return (
    await post(
      world.stack,
      world.headers.cityAdmin,
      '/api/enterprises',
      validEnterprise(place(world, ownership)),
    )
  ).id;
}

const enterprises = target((w) => w.enterprises, '/api/enterprises');
const towns = target((w) => w.towns, '/api/towns');
const grids = target((w) => w.grids, '/api/grids');
const users = target((w) => w.users, '/api/users');
const userBody = (world: World, ownership: Ownership | 'none') => ({
  name: uniqueName('网格员'),
  phone: '13700001111',
  role: 'gridMember',
  ...place(world, ownership),
  isPrincipal: false,
});

export const routeCases: Record<string, RouteCase> = {
  'GET /api/health': { ownerships: none, call: fixed('/api/health') },
  'GET /api/openapi.json': { ownerships: none, call: fixed('/api/openapi.json') },
  'POST /api/auth/login': {
    ownerships: none,
    call: async (world) => {
      const { user } = await signedIn(world.stack, { role: 'gridMember', ...world.place.own });
      return { path: '/api/auth/login', body: { username: user.username, password: TEST_PASSWORD } };
    },
  },
  'GET /api/auth/jwks.json': { ownerships: none, call: fixed('/api/auth/jwks.json') },
  'GET /api/auth/.well-known/openid-configuration': {
    ownerships: none,
    call: fixed('/api/auth/.well-known/openid-configuration'),
  },
  'GET /api/me': { ownerships: none, call: fixed('/api/me') },
  'POST /api/me/password': {
    ownerships: none,
    ownSession: true,
    // Changing the password ends the actor's sessions, so each row uses an account of its own.
    call: async () => ({
      path: '/api/me/password',
      body: { currentPassword: TEST_PASSWORD, newPassword: 'Renewed2027' },
    }),
  },
  'GET /api/users': { list: 'user', ownerships: none, call: fixed('/api/users?limit=100') },
  'POST /api/users': {
    ownerships: createIn,
    call: async (world, _actor, ownership) => ({
      path: '/api/users',
      body: {
        ...userBody(world, ownership),
        username: uniqueName('u').toLowerCase(),
        password: 'Initial2026',
      },
    }),
  },
  'GET /api/users/{id}': {
    kind: 'user',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: users(w, o as Ownership) }),
  },
  'PUT /api/users/{id}': {
    kind: 'user',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: users(w, o as Ownership), body: userBody(w, o) }),
  },
  'POST /api/users/{id}/status': {
    kind: 'user',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `${users(w, o as Ownership)}/status`, body: { disabled: false } }),
  },
  'POST /api/users/{id}/password-reset': {
    kind: 'user',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `${users(w, o as Ownership)}/password-reset` }),
  },
  'POST /api/users/{id}/unlock': {
    kind: 'user',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `${users(w, o as Ownership)}/unlock` }),
  },
  'GET /api/districts': { list: 'district', ownerships: none, call: fixed('/api/districts') },
  'GET /api/towns': { list: 'town', ownerships: none, call: fixed('/api/towns?limit=100') },
  'POST /api/towns': {
    ownerships: createIn,
    call: async (w, _a, o) => ({
      path: '/api/towns',
      body: { districtId: place(w, o).districtId, name: uniqueName('新镇') },
    }),
  },
  'GET /api/towns/{id}': {
    kind: 'town',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: towns(w, o as Ownership) }),
  },
  'PUT /api/towns/{id}': {
    kind: 'town',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: towns(w, o as Ownership), body: { name: uniqueName('改名镇') } }),
  },
  'DELETE /api/towns/{id}': {
    kind: 'town',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `/api/towns/${await freshTown(w, o)}` }),
  },
  'GET /api/grids': { list: 'grid', ownerships: none, call: fixed('/api/grids?limit=100') },
  'POST /api/grids': {
    ownerships: createIn,
    call: async (w, _a, o) => ({
      path: '/api/grids',
      body: { townId: place(w, o).townId, name: uniqueName('新网格') },
    }),
  },
  'GET /api/grids/{id}': {
    kind: 'grid',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: grids(w, o as Ownership) }),
  },
  'PUT /api/grids/{id}': {
    kind: 'grid',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: grids(w, o as Ownership), body: { name: uniqueName('改名网格') } }),
  },
  'DELETE /api/grids/{id}': {
    kind: 'grid',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `/api/grids/${await freshGrid(w, o)}` }),
  },
  'GET /api/enterprises': { list: 'enterprise', ownerships: none, call: fixed('/api/enterprises?limit=100') },
  'POST /api/enterprises': {
    ownerships: createIn,
    call: async (w, _a, o) => ({ path: '/api/enterprises', body: validEnterprise(place(w, o)) }),
  },
  'GET /api/enterprises/{id}': {
    kind: 'enterprise',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: enterprises(w, o as Ownership) }),
  },
  'PUT /api/enterprises/{id}': {
    kind: 'enterprise',
    ownerships: scoped,
    // flags kept: the world's enterprises stay 涉爆粉尘, so the dust-site cells that run later may still add sites
    call: async (w, _a, o) => ({
      path: enterprises(w, o as Ownership),
      body: { ...validEnterprise(place(w, o)), flags: ['dust'] },
    }),
  },
  'DELETE /api/enterprises/{id}': {
    kind: 'enterprise',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `/api/enterprises/${await freshEnterprise(w, o)}` }),
  },
  'POST /api/enterprise-imports': {
    ownerships: none,
    call: async () => ({
      path: '/api/enterprise-imports',
      body: { fileName: 'qiye.csv', format: 'csv', size: 2048 },
    }),
  },
  'GET /api/enterprise-imports/{id}': {
    kind: 'importTask',
    ownerships: scoped,
    call: async (w, a, o) => ({ path: `/api/enterprise-imports/${w.importTasks[a][o as Ownership]}` }),
  },
  'POST /api/enterprise-exports': {
    ownerships: none,
    call: async () => ({ path: '/api/enterprise-exports', body: { filter: { districtId: 'wujin' } } }),
  },
  'GET /api/enterprise-exports/{id}': {
    kind: 'exportTask',
    ownerships: scoped,
    call: async (w, a, o) => ({ path: `/api/enterprise-exports/${w.exportTasks[a][o as Ownership]}` }),
  },
  'GET /api/messages': { list: 'message', ownerships: none, call: fixed('/api/messages?limit=100') },
  'GET /api/messages/{id}': {
    kind: 'message',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `/api/messages/${w.messages[o as Ownership]}` }),
  },
  'POST /api/messages/{id}/resend': {
    kind: 'message',
    ownerships: scoped,
    // A fresh DEAD message per row: a resend makes it PENDING, and a second resend would be 409.
    call: async (w, _a, o) => ({
      path: `/api/messages/${await enqueueMessage(place(w, o).districtId, true)}/resend`,
    }),
  },
  'POST /api/messages/test': {
    ownerships: none,
    call: async () => ({ path: '/api/messages/test', body: { phone: '13800001234' } }),
  },
  'GET /api/audit': { list: 'audit', ownerships: none, call: fixed('/api/audit?limit=100') },
  // Which area's counts each role gets is tests/integration/stats/scope.test.ts's to check.
  'GET /api/stats': { ownerships: none, call: fixed('/api/stats') },
  // photos: an upload for the target enterprise is granted where that enterprise is seen (else 404)
  'POST /api/uploads': {
    kind: 'enterprise',
    ownerships: scoped,
    call: async (w, _a, o) => ({
      path: '/api/uploads',
      body: { kind: 'scan', contentType: 'image/jpeg', enterpriseId: w.enterprises[o as Ownership] },
    }),
  },
  'GET /api/photos/{id}': {
    kind: 'photo',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `/api/photos/${w.photos[o as Ownership]}` }),
  },
  // labels: a sheet by filter is granted to everyone (the worker scopes the points); a sheet is seen like an export
  'POST /api/label-sheets': {
    ownerships: none,
    call: async () => ({ path: '/api/label-sheets', body: { filter: {} } }),
  },
  'GET /api/label-sheets/{id}': {
    kind: 'labelSheet',
    ownerships: scoped,
    call: async (w, a, o) => ({ path: `/api/label-sheets/${w.labelSheets[a][o as Ownership]}` }),
  },
  // risk-points
  ...riskPointCases,
  ...dustSiteCases,
  ...dustCleaningCases,
  // metrics
  ...metricCases,
  ...dustLadderCases,
  // scans
  ...scanCases,
  // hazards
  ...hazardCases,
  // tasks
  ...taskCases,
  // agencies
  ...agencyCases,
  ...agencyDeductionCases,
  ...agencyNoticeCases,
  // zeroing
  ...zeroingCases,
  // patrols
  ...patrolCases,
  // patrol-insights
  ...patrolInsightCases,
  // campaigns
  ...campaignCases,
  // grid-coverage
  ...gridCoverageCases,
};
