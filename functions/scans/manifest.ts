import { capability } from '#functions/platform/manifest-types';

/** Route groups (one Lambda each), routes, jobs and events of the scans capability (扫码自查). */
export const scansManifest = capability({
  groups: {},
  routes: [],
  jobs: [],
  events: [],
});
