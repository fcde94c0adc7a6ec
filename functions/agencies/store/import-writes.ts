import type { AgencyImportEntry } from '#functions/agencies/domain/agency-import-rows';
import { columnHeader } from '#functions/agencies/domain/agency-sheet';
import type { AgencyCreate } from '#functions/agencies/schemas';
import { createAgency, updateAgency } from '#functions/agencies/store/agencies';
import { type AgencyItem, agency } from '#functions/agencies/store/entities/agency';
import { agencyCreditCode } from '#functions/agencies/store/entities/agency-credit-code';
import type { AgencyImportError } from '#functions/agencies/transfer-schemas';
import { districtName } from '#functions/platform/districts';
import { DomainError, ValidationError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';

export type RowOutcome = 'created' | 'updated' | 'unchanged' | { errors: AgencyImportError[] };

/** The agency that carries `creditCode` now (its claim's holder, if the holder still has the code). */
async function holderOf(creditCode: string): Promise<AgencyItem | null> {
  const { data: claim } = await agencyCreditCode.get({ creditCode }).go({ consistent: true });
  if (!claim) return null;
  const { data } = await agency.get({ agencyId: claim.agencyId }).go({ consistent: true });
  return data?.creditCode === creditCode ? data : null;
}

/** The fields an import writes, in a comparable form (work districts with the registered one first, as stored). */
const contentOf = (input: AgencyCreate | AgencyItem) =>
  JSON.stringify([
    input.name,
    input.creditCode,
    input.type,
    input.districtId,
    [input.districtId, ...input.workDistrictIds.filter((id: string) => id !== input.districtId)],
    input.certificateNo,
    input.certificateExpiry,
    input.contactName,
    input.contactPhone,
    input.status,
  ]);

/** A refusal of the store (409 duplicate, 403/400 district, 409 edited meanwhile) as the row's reason. */
function rowErrorOf(row: number, error: unknown): AgencyImportError[] {
  if (!(error instanceof DomainError)) throw error;
  const field = error instanceof ValidationError ? error.fields?.[0] : undefined;
  const column = field?.path === 'body.districtId' ? 'district' : 'creditCode';
  return [{ row, column: columnHeader(column), reason: field?.message ?? error.message }];
}

/**
 * One valid row, written as the create and edit routes write (credit-code claim first, conditional put): a
 * new credit code registers a new agency; a known one updates that agency if the requester may edit it (the
 * city admin any, a district admin those registered in its district) and refuses the row otherwise. Each row
 * succeeds or fails whole; the per-row audit records are dropped (the import appends one item with the counts).
 */
export async function writeImportRow(
  requester: Principal,
  entry: Extract<AgencyImportEntry, { input: unknown }>,
  at: Date,
): Promise<RowOutcome> {
  try {
    const existing = await holderOf(entry.input.creditCode);
    if (!existing) {
      await createAgency(requester, entry.input, at);
      return 'created';
    }
    if (requester.role !== 'cityAdmin' && existing.districtId !== requester.districtId) {
      const reason = `该统一社会信用代码已由注册在${districtName(existing.districtId) ?? '其他辖区'}的机构登记，只能由其所在辖区或市局更新`;
      return { errors: [{ row: entry.row, column: columnHeader('creditCode'), reason }] };
    }
    if (contentOf(existing) === contentOf(entry.input)) return 'unchanged';
    await updateAgency(requester, existing.agencyId, entry.input, at);
    return 'updated';
  } catch (error) {
    return { errors: rowErrorOf(entry.row, error) };
  }
}
