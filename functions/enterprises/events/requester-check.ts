import { requesterPrincipal, type TransferTaskItem } from '#functions/enterprises/store/transfer-views';
import { currentPrincipalOf } from '#functions/identity/index';

export const REQUESTER_CHANGED = {
  import: '发起导入的账号已停用或权限已变更，导入未执行',
  export: '发起导出的账号已停用或权限已变更，导出未执行',
} as const;

const SCOPE_FIELDS = ['role', 'districtId', 'townId', 'gridId', 'enterpriseId'] as const;

/**
 * Whether the task's requester may still have it done: the account exists, is enabled and has the role and
 * scope the task stored. A presigned upload stays usable for 10 minutes and the worker acts for the stored
 * principal, so an account disabled or moved meanwhile must not import or export through it.
 */
export async function requesterStillEntitled(task: TransferTaskItem): Promise<boolean> {
  const stored = requesterPrincipal(task);
  const current = await currentPrincipalOf(stored.userId);
  if (!current) return false;
  return SCOPE_FIELDS.every((field) => (current[field] ?? null) === (stored[field] ?? null));
}
