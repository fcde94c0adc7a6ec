import type { AgencyTransferItem } from '#functions/agencies/store/entities/agency-transfer';
import { currentPrincipalOf } from '#functions/identity/index';
import type { Principal } from '#functions/platform/principal';

export const REQUESTER_CHANGED = {
  import: '发起导入的账号已停用或权限已变更，导入未执行',
  export: '发起导出的账号已停用或权限已变更，导出未执行',
} as const;

/** The requester a worker acts for, as the task stored it. */
export const requesterPrincipal = (task: AgencyTransferItem): Principal =>
  JSON.parse(JSON.stringify(task.requester)) as Principal;

/**
 * Whether the requester may still have the task done: the account exists, is enabled and has the stored role
 * and district (a presigned upload stays usable for 10 minutes; an account disabled or moved meanwhile must not
 * import or export through it).
 */
export async function requesterStillEntitled(task: AgencyTransferItem): Promise<boolean> {
  const current = await currentPrincipalOf(task.requester.userId);
  return (
    !!current &&
    current.role === task.requester.role &&
    (current.districtId ?? null) === (task.requester.districtId ?? null)
  );
}
