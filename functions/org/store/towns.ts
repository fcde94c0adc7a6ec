import { townHasEnterprises } from '#functions/enterprises/index';
import { townHasUsers } from '#functions/identity/index';
import { canManageIn, canReadTown } from '#functions/org/domain/access';
import { grid } from '#functions/org/store/entities/grid';
import { town } from '#functions/org/store/entities/town';
import { findTown, type Town, type TownItem, townView } from '#functions/org/store/views';
import type { AuditRecord } from '#functions/platform/audit/record';
import { isConditionFailure } from '#functions/platform/conditions';
import { districtName } from '#functions/platform/districts';
import { ConflictError, ForbiddenError, NotFoundError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import type { Principal } from '#functions/platform/principal';

export async function getTown(principal: Principal, townId: string): Promise<Town> {
  const found = await findTown(townId);
  if (!found || !canReadTown(principal, found)) throw new NotFoundError();
  return townView(found);
}

async function assertNameFree(districtId: string, name: string, exceptTownId?: string): Promise<void> {
  const { data } = await town.query
    .byCity({ districtId })
    .where((a, op) => op.eq(a.name, name))
    .go({ pages: 'all' });
  if (data.some((item) => item.townId !== exceptTownId))
    throw new ConflictError(
      'DUPLICATE_NAME',
      `${districtName(districtId) ?? districtId}已有名为“${name}”的镇（街道）`,
    );
}

/** Creates a town in a district the caller manages (403 otherwise: the district list is public). */
export async function createTown(
  principal: Principal,
  input: { districtId: string; name: string; townId?: string },
  now: Date,
): Promise<{ town: Town; audit: AuditRecord }> {
  if (!canManageIn(principal, input.districtId)) throw new ForbiddenError('只能在本辖区内新建镇（街道）');
  await assertNameFree(input.districtId, input.name);
  const at = now.toISOString();
  const townId = input.townId ?? newId(now);
  const { data } = await town.create({ ...input, townId, createdAt: at, updatedAt: at }).go();
  const view = townView(data);
  const summary = `新建镇（街道）${view.name}`;
  return {
    town: view,
    audit: {
      action: 'create',
      entity: 'town',
      entityId: townId,
      districtId: view.districtId,
      before: null,
      after: view,
      summary,
    },
  };
}

async function manageableTown(principal: Principal, townId: string): Promise<TownItem> {
  const found = await findTown(townId);
  if (!found || !canManageIn(principal, found.districtId)) throw new NotFoundError();
  return found;
}

export async function renameTown(
  principal: Principal,
  townId: string,
  name: string,
  now: Date,
): Promise<{ town: Town; audit: AuditRecord }> {
  const before = await manageableTown(principal, townId);
  await assertNameFree(before.districtId, name, townId);
  try {
    const { data } = await town
      .patch({ townId })
      .set({ name, updatedAt: now.toISOString() })
      .where((a, op) => op.eq(a.updatedAt, before.updatedAt))
      .go({ response: 'all_new' });
    const view = townView(data as TownItem);
    const summary = `镇（街道）${before.name} 更名为 ${name}`;
    return {
      town: view,
      audit: {
        action: 'update',
        entity: 'town',
        entityId: townId,
        districtId: before.districtId,
        before: townView(before),
        after: view,
        summary,
      },
    };
  } catch (error) {
    if (isConditionFailure(error))
      throw new ConflictError('EDIT_CONFLICT', '该镇（街道）刚被他人修改，请刷新后重试');
    throw error;
  }
}

/** Refuses while the town still has grids, accounts or enterprises: they would point at nothing. */
export async function deleteTown(principal: Principal, townId: string): Promise<AuditRecord> {
  const found = await manageableTown(principal, townId);
  const grids = await grid.query.byCity({ districtId: found.districtId, townId }).go({ count: 1, limit: 1 });
  if (grids.data.length > 0)
    throw new ConflictError('TOWN_HAS_GRIDS', '该镇（街道）下还有网格，请先删除或调整这些网格后再删除');
  if (await townHasUsers(townId))
    throw new ConflictError('TOWN_HAS_USERS', '该镇（街道）下还有用户账号，请先调整这些账号的所属镇（街道）');
  if (await townHasEnterprises(townId))
    throw new ConflictError('TOWN_HAS_ENTERPRISES', '该镇（街道）下还有企业，请先将企业划转到其他镇（街道）');
  await town.delete({ townId }).go();
  const summary = `删除镇（街道）${found.name}`;
  return {
    action: 'delete',
    entity: 'town',
    entityId: townId,
    districtId: found.districtId,
    before: townView(found),
    after: null,
    summary,
  };
}
