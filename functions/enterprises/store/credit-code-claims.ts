import { creditCodeClaim } from '#functions/enterprises/store/entities/credit-code-claim';
import { enterprise } from '#functions/enterprises/store/entities/enterprise';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError } from '#functions/platform/errors';

/**
 * A claim younger than this may belong to a write still in flight (claim written, enterprise not yet): it is
 * never taken over. Longer than the API's 30 s limit; import workers re-claim their own rows by id.
 */
export const CLAIM_LEASE_MS = 60_000;

/** A code held outside the caller's scope: it is registered, nothing more (not where, not by whom). */
export const DUPLICATE_ELSEWHERE = '该统一社会信用代码已被登记，如需核实请联系市应急管理局';

/**
 * The message says only that the code is taken, on the form's `creditCode` field; a caller whose scope holds the
 * enterprise is also given its id (`existingId`, for a link to it) and pointed at the list.
 */
export class DuplicateCreditCodeError extends ConflictError {
  constructor(
    readonly creditCode: string,
    existingId?: string,
  ) {
    const message = existingId
      ? `统一社会信用代码 ${creditCode} 已登记，请核对后重试，或在企业列表中查找该企业`
      : DUPLICATE_ELSEWHERE;
    super('DUPLICATE_CREDIT_CODE', message, {
      fields: [{ path: 'body.creditCode', message, code: 'duplicate' }],
      ...(existingId ? { existingId } : {}),
    });
  }
}

/** The enterprise that holds `creditCode` now, if any (for telling a caller whether it may see it). */
export async function creditCodeHolder(creditCode: string) {
  const { data: claim } = await creditCodeClaim.get({ creditCode }).go({ consistent: true });
  if (!claim) return undefined;
  const { data } = await enterprise.get({ id: claim.enterpriseId }).go({ consistent: true });
  return data?.creditCode === creditCode ? data : undefined;
}

type Claim = { creditCode: string; enterpriseId: string; claimedAt: string };

/** A claim is live while it is young or its enterprise exists and still carries the code. */
async function isLive(claim: Claim, now: Date): Promise<boolean> {
  if (now.getTime() - Date.parse(claim.claimedAt) < CLAIM_LEASE_MS) return true;
  const { data } = await enterprise.get({ id: claim.enterpriseId }).go({ consistent: true });
  return data?.creditCode === claim.creditCode;
}

/**
 * Claims `creditCode` for `enterpriseId` before the enterprise is written. Claiming again for the same id
 * succeeds (re-runs converge); a claim left behind by a crashed write, a delete or a code change is taken over
 * once it is stale; a live claim of another enterprise is a 409.
 */
export async function claimCreditCode(
  creditCode: string,
  enterpriseId: string,
  now: Date,
  attempt = 1,
): Promise<void> {
  const claimedAt = now.toISOString();
  try {
    await creditCodeClaim
      .put({ creditCode, enterpriseId, claimedAt })
      .where((a, op) => `(${op.notExists(a.creditCode)} OR ${op.eq(a.enterpriseId, enterpriseId)})`)
      .go({ response: 'none' });
    return;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  const { data: holder } = await creditCodeClaim.get({ creditCode }).go({ consistent: true });
  if (!holder && attempt < 3) return claimCreditCode(creditCode, enterpriseId, now, attempt + 1); // released meanwhile
  if (!holder || (await isLive(holder, now))) throw new DuplicateCreditCodeError(creditCode);
  try {
    await creditCodeClaim
      .patch({ creditCode })
      .set({ enterpriseId, claimedAt })
      .where(
        (a, op) =>
          `${op.eq(a.enterpriseId, holder.enterpriseId)} AND ${op.eq(a.claimedAt, holder.claimedAt)}`,
      )
      .go({ response: 'none' });
  } catch (error) {
    if (isConditionFailure(error)) throw new DuplicateCreditCodeError(creditCode); // someone else took it over
    throw error;
  }
}

/** Frees `creditCode` if `enterpriseId` still holds it; a claim already moved on is left alone. */
export async function releaseCreditCode(creditCode: string, enterpriseId: string): Promise<void> {
  try {
    await creditCodeClaim
      .delete({ creditCode })
      .where((a, op) => op.eq(a.enterpriseId, enterpriseId))
      .go({ response: 'none' });
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}
