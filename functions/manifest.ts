/**
 * Every table, bucket, route group, HTTP route, job and event of the platform: the one place to look
 * (ARCHITECTURE.md §3). Each capability declares its own in `<capability>/manifest.ts`; this file only puts them
 * together. `infra/` turns it into AWS resources and `infra/local/` into the local stack; tests prove both match
 * it. No Lambda bundle imports this file except the OpenAPI document's (`docs`).
 */
import { agenciesManifest } from '#functions/agencies/manifest';
import { agencyDeductionsManifest } from '#functions/agency-deductions/manifest';
import { agencyNoticesManifest } from '#functions/agency-notices/manifest';
import { auditManifest } from '#functions/audit/manifest';
import { campaignsManifest } from '#functions/campaigns/manifest';
import { dustCleaningsManifest } from '#functions/dust-cleanings/manifest';
import { dustLadderManifest } from '#functions/dust-ladder/manifest';
import { dustSitesManifest } from '#functions/dust-sites/manifest';
import { enterprisesManifest } from '#functions/enterprises/manifest';
import { gridCoverageManifest } from '#functions/grid-coverage/manifest';
import { hazardsManifest } from '#functions/hazards/manifest';
import { identityManifest } from '#functions/identity/manifest';
import { labelsManifest } from '#functions/labels/manifest';
import { messagesManifest } from '#functions/messages/manifest';
import { metricsManifest } from '#functions/metrics/manifest';
import { orgManifest } from '#functions/org/manifest';
import { patrolInsightsManifest } from '#functions/patrol-insights/manifest';
import { patrolsManifest } from '#functions/patrols/manifest';
import { photosManifest } from '#functions/photos/manifest';
import { type BucketSpec, type GroupSpec, withDerivedGrants } from '#functions/platform/manifest-types';
import { auditTable, keysTable, mainTable } from '#functions/platform/tables';
import { remindersManifest } from '#functions/reminders/manifest';
import { riskPointsManifest } from '#functions/risk-points/manifest';
import { scansManifest } from '#functions/scans/manifest';
import { statsManifest } from '#functions/stats/manifest';
import { systemManifest } from '#functions/system/manifest';
import { tasksManifest } from '#functions/tasks/manifest';
import { zeroingManifest } from '#functions/zeroing/manifest';

export const capabilities = {
  system: systemManifest,
  identity: identityManifest,
  org: orgManifest,
  enterprises: enterprisesManifest,
  messages: messagesManifest,
  audit: auditManifest,
  photos: photosManifest,
  stats: statsManifest,
  'risk-points': riskPointsManifest,
  scans: scansManifest,
  hazards: hazardsManifest,
  labels: labelsManifest,
  reminders: remindersManifest,
  metrics: metricsManifest,
  tasks: tasksManifest,
  'dust-ladder': dustLadderManifest,
  'dust-sites': dustSitesManifest,
  'dust-cleanings': dustCleaningsManifest,
  agencies: agenciesManifest,
  'agency-deductions': agencyDeductionsManifest,
  'agency-notices': agencyNoticesManifest,
  campaigns: campaignsManifest,
  patrols: patrolsManifest,
  zeroing: zeroingManifest,
  'patrol-insights': patrolInsightsManifest,
  'grid-coverage': gridCoverageManifest,
} as const;
export type CapabilityName = keyof typeof capabilities;
type Capability = (typeof capabilities)[CapabilityName];

export const tables = { main: mainTable, audit: auditTable, keys: keysTable } as const;
export type TableName = keyof typeof tables;

export const buckets = {
  photos: { envVar: 'PHOTOS_BUCKET', localName: 'changan-photos', browserUploads: true },
  // Import files, reports and exports carry phone numbers: kept a week, then deleted.
  transfers: {
    envVar: 'TRANSFERS_BUCKET',
    localName: 'changan-transfers',
    browserUploads: true,
    expireAfterDays: 7,
  },
} as const satisfies Record<string, BucketSpec>;
export type BucketName = keyof typeof buckets;

export const routes = [
  ...systemManifest.routes,
  ...identityManifest.routes,
  ...orgManifest.routes,
  ...enterprisesManifest.routes,
  ...messagesManifest.routes,
  ...auditManifest.routes,
  ...photosManifest.routes,
  ...statsManifest.routes,
  ...riskPointsManifest.routes,
  ...scansManifest.routes,
  ...hazardsManifest.routes,
  ...labelsManifest.routes,
  ...remindersManifest.routes,
  ...metricsManifest.routes,
  ...tasksManifest.routes,
  ...dustLadderManifest.routes,
  ...dustSitesManifest.routes,
  ...dustCleaningsManifest.routes,
  ...agenciesManifest.routes,
  ...agencyDeductionsManifest.routes,
  ...agencyNoticesManifest.routes,
  ...campaignsManifest.routes,
  ...patrolsManifest.routes,
  ...zeroingManifest.routes,
  ...patrolInsightsManifest.routes,
  ...gridCoverageManifest.routes,
] as const;
export type Route = (typeof routes)[number];

type Groups = { [C in CapabilityName]: (typeof capabilities)[C]['groups'] }[CapabilityName];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
export type GroupName = keyof UnionToIntersection<Groups>;

export const groups = Object.fromEntries(
  Object.values(capabilities).flatMap((spec: Capability) =>
    Object.entries(spec.groups as Record<string, GroupSpec>).map(([name, group]) => [
      name,
      withDerivedGrants(name, group, routes),
    ]),
  ),
) as Record<GroupName, GroupSpec>;

export const jobs = [
  ...systemManifest.jobs,
  ...identityManifest.jobs,
  ...orgManifest.jobs,
  ...enterprisesManifest.jobs,
  ...messagesManifest.jobs,
  ...auditManifest.jobs,
  ...photosManifest.jobs,
  ...statsManifest.jobs,
  ...riskPointsManifest.jobs,
  ...scansManifest.jobs,
  ...hazardsManifest.jobs,
  ...labelsManifest.jobs,
  ...remindersManifest.jobs,
  ...metricsManifest.jobs,
  ...tasksManifest.jobs,
  ...dustLadderManifest.jobs,
  ...dustSitesManifest.jobs,
  ...dustCleaningsManifest.jobs,
  ...agenciesManifest.jobs,
  ...agencyDeductionsManifest.jobs,
  ...agencyNoticesManifest.jobs,
  ...campaignsManifest.jobs,
  ...patrolsManifest.jobs,
  ...zeroingManifest.jobs,
  ...patrolInsightsManifest.jobs,
  ...gridCoverageManifest.jobs,
] as const;
export type JobName = (typeof jobs)[number]['name'];

export const events = [
  ...systemManifest.events,
  ...identityManifest.events,
  ...orgManifest.events,
  ...enterprisesManifest.events,
  ...messagesManifest.events,
  ...auditManifest.events,
  ...photosManifest.events,
  ...statsManifest.events,
  ...riskPointsManifest.events,
  ...scansManifest.events,
  ...hazardsManifest.events,
  ...labelsManifest.events,
  ...remindersManifest.events,
  ...metricsManifest.events,
  ...tasksManifest.events,
  ...dustLadderManifest.events,
  ...dustSitesManifest.events,
  ...dustCleaningsManifest.events,
  ...agenciesManifest.events,
  ...agencyDeductionsManifest.events,
  ...agencyNoticesManifest.events,
  ...campaignsManifest.events,
  ...patrolsManifest.events,
  ...zeroingManifest.events,
  ...patrolInsightsManifest.events,
  ...gridCoverageManifest.events,
] as const;

export const manifest = { tables, buckets, groups, routes, jobs, events } as const;
export type Manifest = typeof manifest;
