/**
 * What other capabilities may use of org: looking up towns and grids, and the directory of their names (a whole
 * district's, or just the towns and grids a page of records names).
 */
export type { OrgDirectory } from '#functions/org/domain/directory';
export { assertPlacement, loadOrgDirectory, loadOrgRefs } from '#functions/org/store/lookups';
export { gridPlace, type OrgPlace, townPlace } from '#functions/org/store/places';
export { findGrid, findTown } from '#functions/org/store/views';
