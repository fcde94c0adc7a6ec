import { capability } from '#functions/platform/manifest-types';

/** Route groups (one Lambda each), routes, jobs and events of the risk-points capability (风险辞典与风险点（常安码）). */
export const riskPointsManifest = capability({
  groups: {},
  routes: [],
  jobs: [],
  events: [],
});
