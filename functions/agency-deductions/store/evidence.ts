import { deductibleAgency, readableAgency } from '#functions/agency-deductions/store/reach';
import {
  evidenceViews,
  type FileType,
  grantEvidenceUpload,
  usableEvidence as usable,
} from '#functions/photos/index';
import type { Principal } from '#functions/platform/principal';

/** The ids, once each, if all are the principal's verified evidence uploads for the agency (else 400). */
export async function usableEvidence(
  principal: Principal,
  agencyId: string,
  photoIds: string[],
  fieldPath: string,
): Promise<string[]> {
  if (photoIds.length === 0) return [];
  return usable({ photoIds, agencyId, uploadedBy: principal.userId, fieldPath });
}

/**
 * An evidence upload for an agency: a district or city admin who may deduct it, or the agency's own user (its
 * appeals). Out of reach = 404.
 */
export async function grantEvidence(principal: Principal, agencyId: string, contentType: FileType, at: Date) {
  const agency =
    principal.role === 'agencyUser'
      ? await readableAgency(principal, agencyId)
      : await deductibleAgency(principal, agencyId);
  return grantEvidenceUpload(
    principal,
    { agencyId: agency.agencyId, districtId: agency.districtId },
    contentType,
    at,
  );
}

/** Links of a record's evidence; the caller has checked that the principal sees the record. */
export const evidenceLinks = (agencyId: string, photoIds: readonly string[]) =>
  evidenceViews(agencyId, photoIds);
