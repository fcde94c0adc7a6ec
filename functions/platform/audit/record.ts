/**
 * Every action an audit item can name. A new kind of write adds its action here, and the console's label test
 * (tests/unit/admin/audit-labels.test.ts) fails until both languages name it. `unrecorded` is a supervisor write
 * whose handler left no record (a bug, logged as an error; its summary is the route).
 */
export const auditActions = [
  'create',
  'update',
  'delete',
  'disable',
  'enable',
  'resetPassword',
  'unlock',
  'changePassword',
  'requestImport',
  'import',
  'export',
  'resend',
  'sendTest',
  'rectify',
  'close',
  'reject',
  'retire',
  'reissueCode',
  'complete',
  'approvePhoto',
  'rejectPhoto',
  'publish',
  'revoke',
  'appeal',
  'uphold',
  'assignGrid',
  'unrecorded',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** Every kind of record an audit item can be about; `unknown` goes with `unrecorded`. */
export const auditEntities = [
  'enterprise',
  'user',
  'town',
  'grid',
  'message',
  'photo',
  'hazard',
  'riskClass',
  'riskPoint',
  'task',
  'dustSite',
  'dustCleaning',
  'agency',
  'agencyRule',
  'agencyNotice',
  'agencyDeduction',
  'agencyAppeal',
  'gridAssignment',
  'campaign',
  'patrol',
  'patrolForm',
  'patrolPlan',
  'zeroingCampaign',
  'zeroingCheck',
  'unknown',
] as const;
export type AuditEntity = (typeof auditEntities)[number];

/**
 * What a write handler tells the audit middleware about its change (ARCHITECTURE.md §5): the middleware adds
 * actor, role, scope, request id and time, and appends one audit item per supervisor write.
 */
export interface AuditRecord {
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  /** District the changed record belongs to, so that a district admin sees its own district's log. */
  districtId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  summary?: string;
}

/** Field-by-field differences between two versions of a record; personal data is compared, never copied out. */
export function changedFields(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): { field: string; before: unknown; after: unknown }[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: { field: string; before: unknown; after: unknown }[] = [];
  for (const field of [...fields].sort()) {
    if (field === 'updatedAt' || field === 'passwordHash') continue;
    const was = before?.[field];
    const is = after?.[field];
    if (JSON.stringify(was) !== JSON.stringify(is))
      changes.push({ field, before: was ?? null, after: is ?? null });
  }
  return changes;
}
