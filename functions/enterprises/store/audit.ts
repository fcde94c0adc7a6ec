import type { Enterprise } from '#functions/enterprises/schemas/enterprises';
import type { AuditRecord } from '#functions/platform/audit/record';

const labels = { create: '新建', update: '修改', delete: '删除' } as const;

/**
 * The audit record of one enterprise write. Before and after are whole records: the audit middleware compares
 * them unmasked and masks phones in what it stores (audit items can never be deleted).
 */
export function enterpriseAudit(
  action: keyof typeof labels,
  before: Enterprise | null,
  after: Enterprise | null,
): AuditRecord {
  const subject = (after ?? before) as Enterprise;
  return {
    action,
    entity: 'enterprise',
    entityId: subject.id,
    districtId: subject.districtId,
    before,
    after,
    summary: `${labels[action]}企业：${subject.name}（${subject.creditCode}）`,
  };
}
