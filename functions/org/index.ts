/** What other capabilities may use of org: looking up towns and grids, and the directory of their names. */
export type { OrgDirectory } from '#functions/org/domain/directory';
export { assertPlacement, loadOrgDirectory } from '#functions/org/store/lookups';
export { findGrid, findTown } from '#functions/org/store/views';
