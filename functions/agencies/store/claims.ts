import { agency } from '#functions/agencies/store/entities/agency';
import { agencyCreditCode } from '#functions/agencies/store/entities/agency-credit-code';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError } from '#functions/platform/errors';

/** A claim younger than this may belong to a write still in flight: never taken over (longer than the API's 30 s). */
const CLAIM_LEASE_MS = 60_000;

/** The 409 on the form's `creditCode` field; the holder's id only for a caller who may see it. */
export function duplicateAgencyCode(creditCode: string, existingId?: string): ConflictError {
  const message = existingId
    ? `统一社会信用代码 ${creditCode} 已被其他机构登记，请核对后重试`
    : '该统一社会信用代码已被登记，如需核实请联系市应急管理局';
  return new ConflictError('DUPLICATE_CREDIT_CODE', message, {
    fields: [{ path: 'body.creditCode', message, code: 'duplicate' }],
    ...(existingId ? { existingId } : {}),
  });
}

async function holderCarries(agencyId: string, creditCode: string): Promise<boolean> {
  const { data } = await agency.get({ agencyId }).go({ consistent: true });
  return data?.creditCode === creditCode;
}

/**
 * Claims `creditCode` for `agencyId` before the agency is written: again for the same id succeeds; a stale claim
 * (its agency does not carry the code, older than the lease) is taken over conditionally; a live one of another
 * agency answers `{ holder }` so the caller can word its 409.
 */
export async function claimAgencyCode(
  creditCode: string,
  agencyId: string,
  now: Date,
): Promise<{ holder: string } | null> {
  const claimedAt = now.toISOString();
  try {
    await agencyCreditCode.create({ creditCode, agencyId, claimedAt }).go();
    return null;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  const { data: claim } = await agencyCreditCode.get({ creditCode }).go({ consistent: true });
  if (!claim) return claimAgencyCode(creditCode, agencyId, now);
  if (claim.agencyId === agencyId) return null;
  const young = now.getTime() - Date.parse(claim.claimedAt) < CLAIM_LEASE_MS;
  if (young || (await holderCarries(claim.agencyId, creditCode))) return { holder: claim.agencyId };
  try {
    await agencyCreditCode
      .put({ creditCode, agencyId, claimedAt })
      .where((a, op) => `${op.eq(a.agencyId, claim.agencyId)} AND ${op.eq(a.claimedAt, claim.claimedAt)}`)
      .go();
    return null;
  } catch (error) {
    if (isConditionFailure(error)) return { holder: claim.agencyId };
    throw error;
  }
}

/** Gives up `agencyId`'s claim of `creditCode` (after a code change or a failed write); another's is left alone. */
export async function releaseAgencyCode(creditCode: string, agencyId: string): Promise<void> {
  try {
    await agencyCreditCode
      .delete({ creditCode })
      .where((a, op) => op.eq(a.agencyId, agencyId))
      .go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}
