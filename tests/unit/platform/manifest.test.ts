import { describe, expect, it } from 'vitest';
import { groups, routes } from '#functions/manifest';
import { isSupervisorWrite, type RouteSpec, withDerivedGrants } from '#functions/platform/manifest-types';
import { emptySchema } from '#functions/platform/schemas/pagination';

const routeOf = (spec: Pick<RouteSpec, 'method' | 'access' | 'group'>): RouteSpec => ({
  path: '/api/x',
  summary: 'x',
  response: emptySchema,
  ...spec,
});

describe('the derived audit grant', () => {
  it('appends to the audit log exactly in the groups that have a supervisor write route', () => {
    // Prepare: written by hand from the routes (a supervisor may POST, PUT or DELETE in these groups)
    const appending = [
      ...['auth', 'users', 'org', 'enterprises', 'transfers', 'messages'],
      ...['photos', 'riskPoints', 'hazards', 'labelSheets', 'tasks'],
      // dust-sites: managers create, edit, retire and re-issue sites
      'dustSites',
      // dust-cleanings: the city, district and town review (approve / reject) spot-checked uploads
      'dustCleanings',
      // agencies: managers register and edit agencies, the city admin the scoring rules
      'agencies',
      // agencyTransfers: managers start agency imports and exports
      'agencyTransfers',
      // agency-deductions: managers deduct, revoke and decide appeals; agency-notices: they draft and publish
      'agencyDeductions',
      'agencyNotices',
      // POST /api/scans is an enterprise user's, but a scan that finds a hazard appends the hazard's entry
      'scans',
      // patrols: grid members record patrols; the city and districts edit forms and patrol plans
      'patrols',
      // zeroing: the city makes campaigns and lists; managers record checks (an import audits its hazards too)
      'zeroing',
      // campaigns: managers make and send self-check campaigns (an answer's hazards are audited too)
      'campaigns',
      // grid-coverage: managers start bulk grid assignments (its worker audits each enterprise it moves)
      'gridCoverage',
    ];

    // Act
    const derived = Object.entries(groups)
      .filter(([, spec]) => spec.grants.tables?.audit === 'append')
      .map(([name]) => name);

    // Assess
    expect(derived.sort()).toEqual(appending.sort());
    expect(groups.audit.grants.tables?.audit).toBe('read');
  });

  it('counts a write as a supervisor write only when a supervisor role may call it', () => {
    expect(isSupervisorWrite(routeOf({ method: 'POST', access: ['districtAdmin'], group: 'g' }))).toBe(true);
    expect(isSupervisorWrite(routeOf({ method: 'DELETE', access: ['gridMember'], group: 'g' }))).toBe(true);
    expect(isSupervisorWrite(routeOf({ method: 'GET', access: ['cityAdmin'], group: 'g' }))).toBe(false);
    expect(isSupervisorWrite(routeOf({ method: 'POST', access: 'public', group: 'g' }))).toBe(false);
    expect(isSupervisorWrite(routeOf({ method: 'PUT', access: ['enterpriseUser'], group: 'g' }))).toBe(false);
  });

  it('adds the grant beside the group’s own grants and leaves other groups alone', () => {
    // Prepare
    const spec = {
      description: 'd',
      handler: 'x/handler',
      grants: { tables: { main: 'readWrite' as const } },
    };
    const writes = [routeOf({ method: 'PUT', access: ['cityAdmin'], group: 'w' })];

    // Act
    const written = withDerivedGrants('w', spec, writes);
    const untouched = withDerivedGrants('other', spec, writes);

    // Assess
    expect(written.grants).toEqual({ tables: { main: 'readWrite', audit: 'append' } });
    expect(untouched).toBe(spec);
  });

  it('gives every route a group that exists', () => {
    expect(routes.filter((route) => !(route.group in groups))).toEqual([]);
  });
});
