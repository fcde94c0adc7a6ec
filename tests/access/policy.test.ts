import { describe, expect, it } from 'vitest';
import { groups, routes } from '#functions/manifest';
import { routeKey } from '#functions/platform/manifest-types';
import { accessPolicy } from './policy';

const sorted = (access: 'public' | readonly string[]) =>
  access === 'public' ? 'public' : [...access].sort();

describe('the pinned access policy', () => {
  it('has a row for every manifest route and no row for a route that does not exist', () => {
    // Act
    const keys = routes.map(routeKey);

    // Assess
    expect(keys.filter((key) => !(key in accessPolicy))).toEqual([]);
    expect(Object.keys(accessPolicy).filter((key) => !keys.includes(key as never))).toEqual([]);
  });

  it('gives every route exactly the roles the policy names', () => {
    // Act
    const differing = routes
      .filter(
        (route) =>
          JSON.stringify(sorted(route.access)) !==
          JSON.stringify(sorted(accessPolicy[routeKey(route)] ?? [])),
      )
      .map((route) => `${routeKey(route)}: manifest ${JSON.stringify(route.access)}`);

    // Assess
    expect(differing).toEqual([]);
  });

  it('pins each function’s table and bucket grants (derived audit grant included)', () => {
    // Prepare: written by hand; widening any of them must be a deliberate change here
    const pinned = {
      system: {},
      docs: {},
      // keys: the token signing keys — the auth group alone writes them, every token verifier reads them
      auth: { tables: { main: 'readWrite', keys: 'readWrite', audit: 'append' } },
      users: { tables: { main: 'readWrite', keys: 'read', audit: 'append' } },
      org: { tables: { main: 'readWrite', keys: 'read', audit: 'append' } },
      enterprises: { tables: { main: 'readWrite', keys: 'read', audit: 'append' } },
      transfers: {
        tables: { main: 'readWrite', keys: 'read', audit: 'append' },
        buckets: { transfers: 'readWrite' },
      },
      messages: { tables: { main: 'readWrite', keys: 'read', audit: 'append' } },
      audit: { tables: { main: 'read', keys: 'read', audit: 'read' } },
      dashboard: { tables: { main: 'read', keys: 'read' } },
      // photos: presigning an upload (PutObject) and a view (GetObject) needs both on the photos bucket
      photos: {
        tables: { main: 'readWrite', keys: 'read', audit: 'append' },
        buckets: { photos: 'readWrite' },
      },
      // hazards: the gallery's presigned GET links need GetObject on the photos bucket
      hazards: {
        tables: { main: 'readWrite', keys: 'read', audit: 'append' },
        buckets: { photos: 'read' },
      },
      riskPoints: { tables: { main: 'readWrite', keys: 'read', audit: 'append' } },
      // tasks: completion photos' presigned GET links need GetObject on the photos bucket
      tasks: {
        tables: { main: 'readWrite', keys: 'read', audit: 'append' },
        buckets: { photos: 'read' },
      },
      // scans: a scan that finds a hazard appends the hazard's audit entry in the same request
      scans: { tables: { main: 'readWrite', keys: 'read', audit: 'append' } },
      // metrics: reads the jobs' snapshots (and org's town names, an enterprise's placement); writes nothing
      metrics: { tables: { main: 'read', keys: 'read' } },
      // dust metrics: reads the dust-rate snapshots; writes nothing
      dustMetrics: { tables: { main: 'read', keys: 'read' } },
      dustSites: { tables: { main: 'readWrite', keys: 'read', audit: 'append' } },
      // agencies (中介机构) and their rules; scores through agency-deductions' store (same table)
      agencies: { tables: { main: 'readWrite', keys: 'read', audit: 'append' } },
      // agency import and export tasks: the import file's presigned POST, the request object, the download link
      agencyTransfers: {
        tables: { main: 'readWrite', keys: 'read', audit: 'append' },
        buckets: { transfers: 'readWrite' },
      },
      // agency notices (drafts, publication, DOCX built in memory); the public list and the statistics only read
      agencyNotices: { tables: { main: 'readWrite', keys: 'read', audit: 'append' } },
      agencyPublic: { tables: { main: 'read' } },
      agencyStats: { tables: { main: 'read', keys: 'read' } },
      // agency deductions and appeals: evidence uploads (presigned POST) and their short-lived GET links
      agencyDeductions: {
        tables: { main: 'readWrite', keys: 'read', audit: 'append' },
        buckets: { photos: 'readWrite' },
      },
      // dust cleanings: the detail's and the review queue's presigned photo links; a review is audited
      dustCleanings: {
        tables: { main: 'readWrite', keys: 'read', audit: 'append' },
        buckets: { photos: 'read' },
      },
      // the phone page's site code: reads the site and today's day record; writes nothing
      dustSiteCodes: { tables: { main: 'read', keys: 'read' } },
      // patrols: the detail's presigned photo links; patrols, forms and plans are audited (hazards found too)
      patrols: {
        tables: { main: 'readWrite', keys: 'read', audit: 'append' },
        buckets: { photos: 'read' },
      },
      // patrol insights: reads the rate snapshots, a town's patrols, enterprise names and hazard states; writes nothing
      patrolInsights: { tables: { main: 'read', keys: 'read' } },
      // campaigns (自查清单): campaigns, targets, counters and the outbox; an answer's hazards are audited
      campaigns: { tables: { main: 'readWrite', keys: 'read', audit: 'append' } },
      // zeroing (百日清零): campaigns, lists, checks; imported hazards and every write are audited; photos only
      // checked as records (no presigned link)
      zeroing: { tables: { main: 'readWrite', keys: 'read', audit: 'append' } },
      // grid coverage (网格外): reads the coverage snapshots and outside enterprises; a bulk assignment is audited,
      // and its request object (which starts the worker) is written to the transfers bucket
      gridCoverage: {
        tables: { main: 'readWrite', keys: 'read', audit: 'append' },
        buckets: { transfers: 'readWrite' },
      },
      // label sheets: the PDF is a download kept with the other transfers (deleted after a week)
      labelSheets: {
        tables: { main: 'readWrite', keys: 'read', audit: 'append' },
        buckets: { transfers: 'readWrite' },
      },
    };

    // Act
    const actual = Object.fromEntries(Object.entries(groups).map(([name, spec]) => [name, spec.grants]));

    // Assess
    expect(actual).toEqual(pinned);
  });
});
