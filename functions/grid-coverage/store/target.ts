import type { AssignmentRequest } from '#functions/grid-coverage/schemas';
import { findGrid, findTown } from '#functions/org/index';
import { DomainError, ForbiddenError, NotFoundError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';
import { inScope } from '#functions/platform/scope';

/** Where a bulk assignment puts enterprises: a town in the caller's reach and a grid of that town. */
export interface AssignmentTarget {
  districtId: string;
  townId: string;
  townName: string;
  gridId: string;
  gridName: string;
}

/**
 * Assigning grids is managing enterprises (DOMAIN.md: the district admin manages its district's, the city all):
 * a town officer reads the outside list but does not assign. The caller's role, the town (missing or outside
 * the caller's district: the same 404, so another district's towns do not leak) and the grid (missing, or of
 * another town: 400 on the field) are checked before anything is read or written.
 */
export async function assignmentTarget(
  principal: Principal,
  request: Pick<AssignmentRequest, 'townId' | 'gridId'>,
  at: 'body' | 'query',
): Promise<AssignmentTarget> {
  if (principal.role !== 'cityAdmin' && principal.role !== 'districtAdmin')
    throw new ForbiddenError('只有市、辖市（区）管理员可以批量划入网格');
  const [town, grid] = await Promise.all([findTown(request.townId), findGrid(request.gridId)]);
  if (!town || !inScope(principal, { districtId: town.districtId, townId: town.townId }))
    throw new NotFoundError('镇（街道）不存在或无权查看');
  if (!grid)
    throw new DomainError(400, 'UNKNOWN_GRID', '所选网格不存在，请重新选择', [
      { path: `${at}.gridId`, message: '网格不存在', code: 'unknown_grid' },
    ]);
  if (grid.townId !== town.townId)
    throw new DomainError(400, 'GRID_OF_OTHER_TOWN', '只能划入所选镇（街道）的网格', [
      {
        path: `${at}.gridId`,
        message: `网格不属于${town.name}，请选择本镇（街道）的网格`,
        code: 'grid_of_other_town',
      },
    ]);
  return {
    districtId: town.districtId,
    townId: town.townId,
    townName: town.name,
    gridId: grid.gridId,
    gridName: grid.name,
  };
}
