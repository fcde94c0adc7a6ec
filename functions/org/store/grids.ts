import { gridHasEnterprises } from '#functions/enterprises/index';
import { gridHasMembers } from '#functions/identity/index';
import { canManageIn, canReadGrid } from '#functions/org/domain/access';
import { grid } from '#functions/org/store/entities/grid';
import { findGrid, findTown, type Grid, type GridItem, gridView } from '#functions/org/store/views';
import type { AuditRecord } from '#functions/platform/audit/record';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError, NotFoundError, ValidationError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import type { Principal } from '#functions/platform/principal';

export async function getGrid(principal: Principal, gridId: string): Promise<Grid> {
  const found = await findGrid(gridId);
  if (!found || !canReadGrid(principal, found)) throw new NotFoundError();
  return gridView(found);
}

/** The town must exist and be the caller's to manage; otherwise it is a field error that names nothing. */
export async function createGrid(
  principal: Principal,
  input: { townId: string; name: string; gridId?: string },
  now: Date,
): Promise<{ grid: Grid; audit: AuditRecord }> {
  const town = await findTown(input.townId);
  if (!town || !canManageIn(principal, town.districtId)) {
    const message = '所选镇（街道）不存在或不在您的辖区';
    throw new ValidationError([{ path: 'body.townId', message, code: 'unknown_town' }], message);
  }
  await assertNameFree(town.districtId, town.townId, input.name);
  const at = now.toISOString();
  const gridId = input.gridId ?? newId(now);
  const item = {
    gridId,
    districtId: town.districtId,
    townId: town.townId,
    name: input.name,
    createdAt: at,
    updatedAt: at,
  };
  const view = gridView((await grid.create(item).go()).data);
  const summary = `在${town.name}新建网格${view.name}`;
  return {
    grid: view,
    audit: {
      action: 'create',
      entity: 'grid',
      entityId: gridId,
      districtId: town.districtId,
      before: null,
      after: view,
      summary,
    },
  };
}

async function assertNameFree(districtId: string, townId: string, name: string, exceptGridId?: string) {
  const { data } = await grid.query
    .byCity({ districtId, townId })
    .where((a, op) => op.eq(a.name, name))
    .go({ pages: 'all' });
  if (data.some((item) => item.gridId !== exceptGridId))
    throw new ConflictError('DUPLICATE_NAME', `该镇（街道）已有名为“${name}”的网格`);
}

async function manageableGrid(principal: Principal, gridId: string): Promise<GridItem> {
  const found = await findGrid(gridId);
  if (!found || !canManageIn(principal, found.districtId)) throw new NotFoundError();
  return found;
}

export async function renameGrid(
  principal: Principal,
  gridId: string,
  name: string,
  now: Date,
): Promise<{ grid: Grid; audit: AuditRecord }> {
  const before = await manageableGrid(principal, gridId);
  await assertNameFree(before.districtId, before.townId, name, gridId);
  try {
    const { data } = await grid
      .patch({ gridId })
      .set({ name, updatedAt: now.toISOString() })
      .where((a, op) => op.eq(a.updatedAt, before.updatedAt))
      .go({ response: 'all_new' });
    const view = gridView(data as GridItem);
    const summary = `网格${before.name} 更名为 ${name}`;
    return {
      grid: view,
      audit: {
        action: 'update',
        entity: 'grid',
        entityId: gridId,
        districtId: before.districtId,
        before: gridView(before),
        after: view,
        summary,
      },
    };
  } catch (error) {
    if (isConditionFailure(error))
      throw new ConflictError('EDIT_CONFLICT', '该网格刚被他人修改，请刷新后重试');
    throw error;
  }
}

/** Refuses while grid members or enterprises still belong to the grid. */
export async function deleteGrid(principal: Principal, gridId: string): Promise<AuditRecord> {
  const found = await manageableGrid(principal, gridId);
  if (await gridHasMembers(found.townId, gridId))
    throw new ConflictError('GRID_HAS_USERS', '该网格下还有网格员账号，请先调整这些账号的所属网格');
  if (await gridHasEnterprises(found.districtId, gridId))
    throw new ConflictError('GRID_HAS_ENTERPRISES', '该网格下还有企业，请先将企业划转到其他网格');
  await grid.delete({ gridId }).go();
  const summary = `删除网格${found.name}`;
  return {
    action: 'delete',
    entity: 'grid',
    entityId: gridId,
    districtId: found.districtId,
    before: gridView(found),
    after: null,
    summary,
  };
}
