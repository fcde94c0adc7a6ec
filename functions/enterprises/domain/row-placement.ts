import type { EnterpriseCells, EnterpriseColumnKey } from '#functions/enterprises/domain/columns';
import type { OrgDirectory } from '#functions/org/index';
import { districtName, districts } from '#functions/platform/districts';

/** What the 网格 column holds for an enterprise outside the grid (an empty cell means the same). */
export const OUTSIDE_GRID = '网格外';

export function districtIdByName(text: string): string | undefined {
  return districts.find((district) => district.name === text || district.id === text)?.id;
}

/**
 * District, town and grid ids from their names in a row; a name that does not resolve is a problem on its column.
 * Unresolved names are passed on as they are, so that the schema reports only what is really missing.
 */
export function placementCandidate(
  cells: EnterpriseCells,
  directory: OrgDirectory,
  problems: Map<EnterpriseColumnKey, string>,
) {
  const districtText = cells.district ?? '';
  const townText = cells.town ?? '';
  const gridText = cells.grid === OUTSIDE_GRID ? '' : (cells.grid ?? '');
  // The schema's own message for a missing town is zod's English one: say it as the district's is said.
  if (!townText) problems.set('town', '请填写镇（街道）');
  const districtId = districtIdByName(districtText);
  if (!districtId) {
    problems.set('district', districtText ? `没有名为“${districtText}”的辖市（区）` : '请填写辖市（区）');
    return { districtId: districtText, townId: townText || undefined, gridId: gridText || null };
  }
  const town = townText ? directory.townByName(districtId, townText) : undefined;
  if (townText && !town) problems.set('town', `${districtName(districtId)}没有名为“${townText}”的镇（街道）`);
  const grid = town && gridText ? directory.gridByName(town.id, gridText) : undefined;
  if (town && gridText && !grid) problems.set('grid', `${town.name}没有名为“${gridText}”的网格`);
  return {
    districtId,
    townId: town?.id ?? (townText || undefined),
    gridId: grid?.id ?? (gridText || null),
  };
}
