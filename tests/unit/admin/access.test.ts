import { describe, expect, it } from 'vitest';
import { routes } from '#functions/manifest';
import { roles } from '#functions/platform/manifest-types';
import {
  type ConsoleAction,
  type ConsoleResource,
  canRoleAccess,
  consoleAccess,
  consoleRestrictions,
  consoleRoutes,
} from '../../../admin/src/auth/access';

/** Each console page or button with the manifest route(s) it calls, read here straight from the manifest. */
const consoleEntries = Object.entries(consoleRoutes).flatMap(([resource, actions]) =>
  Object.entries(actions).map(([action, keys]) => ({
    resource,
    action,
    keys: (typeof keys === 'string' ? [keys] : keys) as readonly string[],
  })),
);

const manifestRoute = (key: string) => routes.find((route) => `${route.method} ${route.path}` === key);
const apiRolesOf = (key: string) => {
  const access = manifestRoute(key)?.access ?? [];
  return access === 'public' ? roles : access;
};

describe('console access', () => {
  it.each(consoleEntries)('calls a manifest route for $resource $action', ({ keys }) => {
    // Act
    const missing = keys.filter((key) => manifestRoute(key) === undefined);

    // Assess
    expect(keys.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it.each(consoleEntries)(
    'never shows $resource $action to a role its API route refuses',
    ({ resource, action, keys }) => {
      // Act
      const allowed = consoleAccess[resource]?.[action as ConsoleAction] ?? [];
      const refused = allowed.filter((role) => keys.some((key) => !apiRolesOf(key).includes(role)));

      // Assess
      expect(refused).toEqual([]);
    },
  );

  it.each(consoleEntries)(
    'shows $resource $action to every role its routes admit but the restricted ones',
    ({ resource, action, keys }) => {
      // Prepare
      const withheld = consoleRestrictions[resource as ConsoleResource]?.[action as ConsoleAction] ?? [];

      // Act
      const expected = roles.filter(
        (role) => keys.every((key) => apiRolesOf(key).includes(role)) && !withheld.includes(role),
      );

      // Assess
      expect(consoleAccess[resource]?.[action as ConsoleAction]).toEqual(expected);
    },
  );

  it('restricts only pages the console has, and only roles their routes admit (no stale restriction)', () => {
    // Act
    const stale = Object.entries(consoleRestrictions).flatMap(([resource, actions]) =>
      Object.entries(actions ?? {}).flatMap(([action, withheld]) => {
        const keys = (consoleRoutes as Record<string, Record<string, string | readonly string[]>>)[
          resource
        ]?.[action];
        if (keys === undefined) return [`${resource} ${action}: no such console action`];
        const routeKeys = typeof keys === 'string' ? [keys] : keys;
        return (withheld ?? [])
          .filter((role) => !routeKeys.every((key) => apiRolesOf(key).includes(role)))
          .map((role) => `${resource} ${action}: ${role} is refused by the API anyway`);
      }),
    );

    // Assess
    expect(stale).toEqual([]);
  });

  it('gives enterprise users their enterprise (本企业) but not the list, and 辖市（区） to managers only', () => {
    // Act
    const enterpriseList = roles.filter((role) => canRoleAccess(role, 'enterprises', 'list'));
    const enterpriseShow = roles.filter((role) => canRoleAccess(role, 'enterprises', 'show'));
    const districtList = roles.filter((role) => canRoleAccess(role, 'districts', 'list'));

    // Assess
    expect(enterpriseList).toEqual(['cityAdmin', 'districtAdmin', 'townOfficer', 'gridMember']);
    // an agency user has no enterprise (issue 14): only the five enterprise-facing roles
    expect(enterpriseShow).toEqual([
      'cityAdmin',
      'districtAdmin',
      'townOfficer',
      'gridMember',
      'enterpriseUser',
    ]);
    expect(districtList).toEqual(['cityAdmin', 'districtAdmin']);
  });

  // Issue 11: 风险点, 隐患, 扫码记录, 风险辞典 right after 企业, for every role
  const risk = ['risk-points', 'hazards', 'scans', 'risk-classes'] as const;
  // Issue 13: 粉尘场所 for every role (the enterprise reads its own); 照片抽查 for the reviewing levels
  const dust = ['dust-sites', 'dust-reviews'] as const;
  // Issue 15: 网格化巡查 for every supervisor, 巡查表 (forms and plan) for the managers
  const patrols = ['patrols', 'patrol-forms'] as const;
  // Issue 15: 巡查率 and 重复发现 for every supervisor (each its own area; the enterprise has neither)
  const patrolInsights = ['patrol-rates', 'patrol-repeated-findings'] as const;
  // Issue 14: 中介机构, 考评细则, 考评扣分, 申诉处理 and 专题通报 for the managers (an agency user reads its own
  // agency, the rules, its deductions, its appeals and the published notices naming it)
  const agency = [
    'agencies',
    'agency-rules',
    'agency-deductions',
    'agency-appeals',
    'agency-notices',
  ] as const;
  it.each([
    // Issue 13: 任务 (the inbox) for the levels tasks are given to and the city
    [
      'cityAdmin',
      [
        'enterprises',
        ...risk,
        ...dust,
        ...patrols,
        ...patrolInsights,
        // Issue 15: 网格外企业 (the managers also assign them to grids)
        'grid-outside',
        ...agency,
        // Issue 15: 自查清单 for the managers (a district makes its own, follows the city's reaching it)
        'campaigns',
        // Issue 15: 百日清零 for the managers (the city's campaigns; a district follows its part)
        'zeroing-campaigns',
        'tasks',
        'towns',
        'grids',
        'districts',
        'users',
        'messages',
        'audit',
      ],
    ],
    [
      'districtAdmin',
      [
        'enterprises',
        ...risk,
        ...dust,
        ...patrols,
        ...patrolInsights,
        // Issue 15: 网格外企业 (the managers also assign them to grids)
        'grid-outside',
        ...agency,
        // Issue 15: 自查清单 for the managers (a district makes its own, follows the city's reaching it)
        'campaigns',
        // Issue 15: 百日清零 for the managers (the city's campaigns; a district follows its part)
        'zeroing-campaigns',
        'tasks',
        'towns',
        'grids',
        'districts',
        'users',
        'messages',
        'audit',
      ],
    ],
    [
      'townOfficer',
      [
        'enterprises',
        ...risk,
        ...dust,
        'patrols',
        ...patrolInsights,
        'grid-outside',
        'tasks',
        'towns',
        'grids',
      ],
    ],
    ['gridMember', ['enterprises', ...risk, 'dust-sites', 'patrols', ...patrolInsights, 'towns', 'grids']],
    // Issue 11: enterprise users get the same risk screens, for their own enterprise
    ['enterpriseUser', [...risk, 'dust-sites']],
    // Issue 14: an agency user sees its agency's screens and nothing else
    ['agencyUser', [...agency]],
  ] as const)('gives a %s the menu the issue asks for', (role, menu) => {
    // Act
    const listed = Object.keys(consoleAccess).filter((resource) => canRoleAccess(role, resource, 'list'));

    // Assess
    expect(listed).toEqual(menu);
  });

  it('keeps the registry read-only below the district administrators and the audit log read-only for all', () => {
    // Act
    const writers = roles.filter((role) =>
      ['towns', 'grids', 'enterprises'].some((resource) =>
        ['create', 'edit', 'delete'].some((action) => canRoleAccess(role, resource, action)),
      ),
    );
    const auditWriters = roles.filter((role) =>
      ['create', 'edit', 'delete'].some((action) => canRoleAccess(role, 'audit', action)),
    );

    // Assess
    expect(writers).toEqual(['cityAdmin', 'districtAdmin']);
    expect(auditWriters).toEqual([]);
  });

  it('offers 发送测试短信 to the city administrator only, and 重发 to both managers', () => {
    // Act
    const testers = roles.filter((role) => canRoleAccess(role, 'messages', 'test'));
    const resenders = roles.filter((role) => canRoleAccess(role, 'messages', 'resend'));

    // Assess
    expect(testers).toEqual(['cityAdmin']);
    expect(resenders).toEqual(['cityAdmin', 'districtAdmin']);
  });

  it('lets the managers alone write dust sites, and the three reviewing levels decide spot checks', () => {
    // Act
    const siteWriters = roles.filter((role) =>
      ['create', 'edit', 'delete'].every((action) => canRoleAccess(role, 'dust-sites', action)),
    );
    const anySiteWrite = roles.filter((role) =>
      ['create', 'edit', 'delete'].some((action) => canRoleAccess(role, 'dust-sites', action)),
    );
    const reviewers = roles.filter((role) => canRoleAccess(role, 'dust-reviews', 'review'));

    // Assess
    expect(siteWriters).toEqual(['cityAdmin', 'districtAdmin']);
    expect(anySiteWrite).toEqual(['cityAdmin', 'districtAdmin']);
    expect(reviewers).toEqual(['cityAdmin', 'districtAdmin', 'townOfficer']);
  });

  it('offers unlocking a user to the managers alone', () => {
    // Act
    const unlockers = roles.filter((role) => canRoleAccess(role, 'users', 'unlock'));

    // Assess
    expect(unlockers).toEqual(['cityAdmin', 'districtAdmin']);
  });

  it('refuses everything to a visitor without a role, and any action the console does not know', () => {
    // Assess
    expect(canRoleAccess(undefined, 'enterprises', 'show')).toBe(false);
    expect(canRoleAccess('cityAdmin', 'enterprises', 'approve')).toBe(false);
    expect(canRoleAccess('cityAdmin', 'photos', 'list')).toBe(false);
  });
});
