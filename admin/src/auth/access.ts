import { type Route, routes } from '#functions/manifest';
import { type Role, type RouteAccess, roles } from '#functions/platform/manifest-types';

/** What a console page or button does; react-admin asks `canAccess({ action, resource })` before showing it. */
export type ConsoleAction =
  | 'list'
  | 'show'
  | 'create'
  | 'edit'
  | 'delete'
  | 'import'
  | 'export'
  | 'status'
  | 'resetPassword'
  | 'unlock'
  | 'resend'
  | 'test'
  | 'review'
  | 'publish';

/** `POST /api/enterprises`: the key of one route of functions/manifest.ts (a typo does not compile). */
export type ApiRouteKey = Route extends infer R
  ? R extends { readonly method: infer M extends string; readonly path: infer P extends string }
    ? `${M} ${P}`
    : never
  : never;

/**
 * The API route(s) behind each console page and button. Who may see it is not written here: it is whoever
 * every one of its routes admits in functions/manifest.ts (a button that polls a task needs both routes).
 */
export const consoleRoutes = {
  enterprises: {
    list: 'GET /api/enterprises',
    show: 'GET /api/enterprises/{id}',
    create: 'POST /api/enterprises',
    edit: 'PUT /api/enterprises/{id}',
    delete: 'DELETE /api/enterprises/{id}',
    import: ['POST /api/enterprise-imports', 'GET /api/enterprise-imports/{id}'],
    export: ['POST /api/enterprise-exports', 'GET /api/enterprise-exports/{id}'],
  },
  'risk-points': {
    list: 'GET /api/risk-points',
    show: 'GET /api/risk-points/{id}',
    create: 'POST /api/risk-points',
    edit: 'PUT /api/risk-points/{id}',
    delete: 'DELETE /api/risk-points/{id}',
  },
  hazards: {
    list: 'GET /api/hazards',
    show: 'GET /api/hazards/{id}',
    create: 'POST /api/hazards',
    review: 'POST /api/hazards/{id}/review',
  },
  scans: { list: 'GET /api/scans', show: 'GET /api/scans/{id}' },
  'risk-classes': {
    list: 'GET /api/risk-classes',
    create: 'POST /api/risk-classes',
    edit: 'PUT /api/risk-classes/{id}',
  },
  // Issue 13: 粉尘场所 (managers write; towns, grids and the enterprise read)
  'dust-sites': {
    list: 'GET /api/dust-sites',
    show: 'GET /api/dust-sites/{id}',
    create: 'POST /api/dust-sites',
    edit: 'PUT /api/dust-sites/{id}',
    delete: 'DELETE /api/dust-sites/{id}',
  },
  // Issue 13: 照片抽查, the spot-check gallery (its list page) and its decisions
  'dust-reviews': { list: 'GET /api/dust-reviews', review: 'POST /api/dust-cleanings/{id}/review' },
  // Issue 15: 网格化巡查 (grid members record on the phone; supervisors read in scope) and 巡查表 (the city's form,
  // a district's additions and patrol plan; `publish` = a new version of the city form, the city's alone)
  patrols: { list: 'GET /api/patrols', show: 'GET /api/patrols/{id}' },
  'patrol-forms': {
    list: ['GET /api/patrol-forms/city', 'GET /api/patrol-plans'],
    edit: ['PUT /api/patrol-forms/districts/{districtId}', 'PUT /api/patrol-plans/{districtId}'],
    publish: 'PUT /api/patrol-forms/city',
  },
  // Issue 15: 巡查率 (the hourly snapshots, drill-down) and 重复发现 (a town's repeats in 90 days)
  'patrol-rates': { list: 'GET /api/patrol-rates' },
  'patrol-repeated-findings': { list: 'GET /api/patrol-repeated-findings' },
  // Issue 15: 网格外企业 (the city, a district, a town read; managers assign a town's to one of its grids)
  'grid-outside': {
    list: 'GET /api/grid-coverage/outside',
    edit: [
      'GET /api/grid-assignments/preview',
      'POST /api/grid-assignments',
      'GET /api/grid-assignments/{id}',
    ],
  },
  // Issue 14: 中介机构 (managers write in their district; an agency user reads its own) and 考评细则 (the city writes)
  agencies: {
    list: 'GET /api/agencies',
    show: 'GET /api/agencies/{id}',
    create: 'POST /api/agencies',
    edit: 'PUT /api/agencies/{id}',
    import: ['POST /api/agency-imports', 'GET /api/agency-imports/{id}'],
    export: ['POST /api/agency-exports', 'GET /api/agency-exports/{id}'],
  },
  'agency-rules': {
    list: 'GET /api/agency-rules',
    show: 'GET /api/agency-rules/{code}',
    create: 'POST /api/agency-rules',
    edit: 'PUT /api/agency-rules/{code}',
  },
  // Issue 14: 考评扣分 (managers deduct and revoke; an agency user reads its own and appeals from the show page)
  'agency-deductions': {
    list: 'GET /api/agency-deductions',
    show: 'GET /api/agency-deductions/{id}',
    create: ['POST /api/agency-deductions', 'POST /api/agency-deductions/evidence-uploads'],
  },
  // Issue 14: 申诉处理 (the issuing district decides; an agency user follows its own)
  'agency-appeals': {
    list: 'GET /api/agency-appeals',
    show: 'GET /api/agency-appeals/{id}',
    review: 'POST /api/agency-appeals/{id}/decide',
  },
  // Issue 14: 专题通报 (managers draft and publish; an agency user reads the published ones naming it)
  'agency-notices': {
    list: 'GET /api/agency-notices',
    show: 'GET /api/agency-notices/{id}',
    create: 'POST /api/agency-notices',
    edit: 'PUT /api/agency-notices/{id}',
    publish: 'POST /api/agency-notices/{id}/publish',
  },
  // Issue 15: 自查清单 (the city, and a district for its own; the send is on the show page)
  campaigns: {
    list: 'GET /api/campaigns',
    show: 'GET /api/campaigns/{id}',
    create: ['POST /api/campaigns', 'GET /api/campaign-targets/count'],
    publish: 'POST /api/campaigns/{id}/send',
  },
  // Issue 15: 百日清零 (the city makes campaigns and their lists; both managers follow their part and record checks)
  'zeroing-campaigns': {
    list: 'GET /api/zeroing-campaigns',
    show: ['GET /api/zeroing-campaigns/{id}', 'GET /api/zeroing-campaigns/{id}/board'],
    create: 'POST /api/zeroing-campaigns',
    edit: 'POST /api/zeroing-campaigns/{id}/entries',
    import: 'POST /api/zeroing-campaigns/{id}/imports',
    review: 'POST /api/zeroing-campaigns/{id}/checks',
  },
  tasks: { list: 'GET /api/tasks', show: 'GET /api/tasks/{id}' },
  towns: {
    list: 'GET /api/towns',
    show: 'GET /api/towns/{id}',
    create: 'POST /api/towns',
    edit: 'PUT /api/towns/{id}',
    delete: 'DELETE /api/towns/{id}',
  },
  grids: {
    list: 'GET /api/grids',
    show: 'GET /api/grids/{id}',
    create: 'POST /api/grids',
    edit: 'PUT /api/grids/{id}',
    delete: 'DELETE /api/grids/{id}',
  },
  districts: { list: 'GET /api/districts' },
  users: {
    list: 'GET /api/users',
    show: 'GET /api/users/{id}',
    create: 'POST /api/users',
    edit: 'PUT /api/users/{id}',
    status: 'POST /api/users/{id}/status',
    resetPassword: 'POST /api/users/{id}/password-reset',
    unlock: 'POST /api/users/{id}/unlock',
  },
  messages: {
    list: 'GET /api/messages',
    show: 'GET /api/messages/{id}',
    resend: 'POST /api/messages/{id}/resend',
    test: 'POST /api/messages/test',
  },
  audit: { list: 'GET /api/audit' },
} as const satisfies Readonly<
  Record<string, Partial<Record<ConsoleAction, ApiRouteKey | readonly ApiRouteKey[]>>>
>;

export type ConsoleResource = keyof typeof consoleRoutes;

/**
 * Where the console deliberately shows less than the API allows, as the menu asks. These can only take
 * roles away from what the routes grant, never add one.
 */
export const consoleRestrictions: Readonly<
  Partial<Record<ConsoleResource, Partial<Record<ConsoleAction, readonly Role[]>>>>
> = {
  enterprises: {
    // The API lists an enterprise user's one enterprise; the console gives it 本企业 (its enterprise's page)
    // instead of a one-line list.
    list: ['enterpriseUser'],
  },
  districts: {
    // 辖市（区） is a managers' page: town officers and grid members may read the districts (inputs and names
    // use them) but get no menu entry for them.
    list: ['townOfficer', 'gridMember'],
  },
};

const accessByKey = new Map<string, RouteAccess>(
  routes.map((route) => [`${route.method} ${route.path}`, route.access]),
);

/** The roles a route of the manifest admits; none when the key names no route. */
export function rolesOfRoute(key: string): readonly Role[] {
  const access = accessByKey.get(key);
  if (access === undefined) return [];
  return access === 'public' ? roles : access;
}

function derive(resource: ConsoleResource, action: ConsoleAction, keys: string | readonly string[]): Role[] {
  const withheld = consoleRestrictions[resource]?.[action] ?? [];
  const needed = typeof keys === 'string' ? [keys] : keys;
  return roles.filter(
    (role) => needed.every((key) => rolesOfRoute(key).includes(role)) && !withheld.includes(role),
  );
}

/** Who sees which page and button: its routes' roles, less the restrictions above. */
export const consoleAccess: Readonly<Record<string, Partial<Record<ConsoleAction, readonly Role[]>>>> =
  Object.fromEntries(
    Object.entries(consoleRoutes).map(([resource, actions]) => [
      resource,
      Object.fromEntries(
        Object.entries(actions).map(([action, keys]) => [
          action,
          derive(resource as ConsoleResource, action as ConsoleAction, keys),
        ]),
      ),
    ]),
  );

export function canRoleAccess(role: Role | undefined, resource: string, action: string): boolean {
  if (!role) return false;
  const allowed = consoleAccess[resource]?.[action as ConsoleAction];
  return allowed?.includes(role) ?? false;
}
