/**
 * What a write handler tells the audit middleware about its change (ARCHITECTURE.md §5): the middleware adds
 * actor, role, scope, request id and time, and appends one audit item per supervisor write.
 */
export interface AuditRecord {
  /** `create`, `update`, `delete`, `disable`, `enable`, `resetPassword`, `import`, `export`, ... */
  action: string;
  /** `enterprise`, `user`, `town`, `grid`, ... */
  entity: string;
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
