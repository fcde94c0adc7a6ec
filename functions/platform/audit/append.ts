import { auditEntry } from '#functions/platform/audit/entity';
import type { AuditEntryInput } from '#functions/platform/audit/entry';

/** Appends one entry; `create` is a PutItem with attribute_not_exists, so nothing is ever overwritten. */
export async function appendAuditEntry(entry: AuditEntryInput): Promise<void> {
  await auditEntry.create({ ...entry, districtKey: entry.districtId ?? 'city' }).go();
}
