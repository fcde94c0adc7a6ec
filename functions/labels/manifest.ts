import { capability } from '#functions/platform/manifest-types';

/** Route groups (one Lambda each), routes, jobs and events of the labels capability (常安码标签打印). */
export const labelsManifest = capability({
  groups: {},
  routes: [],
  jobs: [],
  events: [],
});
