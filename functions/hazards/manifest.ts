import { capability } from '#functions/platform/manifest-types';

/** Route groups (one Lambda each), routes, jobs and events of the hazards capability (隐患与整改闭环). */
export const hazardsManifest = capability({
  groups: {},
  routes: [],
  jobs: [],
  events: [],
});
