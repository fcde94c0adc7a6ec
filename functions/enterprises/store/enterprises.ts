import type { Enterprise, EnterpriseInput } from '#functions/enterprises/schemas/enterprises';
import {
  assertMayWriteTo,
  detailFor,
  enterpriseInScope,
  placementOf,
} from '#functions/enterprises/store/access';
import { enterpriseAudit } from '#functions/enterprises/store/audit';
import {
  claimCreditCode,
  creditCodeHolder,
  DuplicateCreditCodeError,
  releaseCreditCode,
} from '#functions/enterprises/store/credit-code-claims';
import { enterprise } from '#functions/enterprises/store/entities/enterprise';
import { storedEnterprise, withNameIndex } from '#functions/enterprises/store/name-index';
import { enterpriseItem, toEnterprise } from '#functions/enterprises/store/records';
import { assertPlacement } from '#functions/org/index';
import type { AuditRecord } from '#functions/platform/audit/record';
import { now as clockNow } from '#functions/platform/clock';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import type { Principal } from '#functions/platform/principal';
import { inScope } from '#functions/platform/scope';

export interface EnterpriseWrite {
  enterprise: Enterprise;
  audit: AuditRecord;
}

const staleRecord = () => new ConflictError('STALE_RECORD', '企业信息已被他人修改或删除，请刷新后重试');

/** One enterprise's detail, if `principal` may see it (404 otherwise). */
export async function getEnterprise(principal: Principal, id: string): Promise<Enterprise> {
  return detailFor(principal, await enterpriseInScope(principal, id));
}

/**
 * Claims `creditCode` for `id`; a 409 names the holder (its id, and the list) only when it is in the caller's
 * scope, so another district's registrations are not revealed beyond "the code is taken".
 */
async function claimFor(principal: Principal, creditCode: string, id: string, now: Date): Promise<void> {
  try {
    await claimCreditCode(creditCode, id, now);
  } catch (error) {
    if (!(error instanceof DuplicateCreditCodeError)) throw error;
    const holder = await creditCodeHolder(creditCode);
    const visible = holder !== undefined && inScope(principal, placementOf(toEnterprise(holder)));
    throw visible ? new DuplicateCreditCodeError(creditCode, holder.id) : error;
  }
}

/** Claims the credit code first, then writes the enterprise; a failed write frees the claim again. */
export async function createEnterprise(
  principal: Principal,
  input: EnterpriseInput,
  now = clockNow(),
): Promise<EnterpriseWrite> {
  assertMayWriteTo(principal, input.districtId);
  await assertPlacement(input);
  const id = newId(now);
  await claimFor(principal, input.creditCode, id, now);
  const item = enterpriseItem(id, input, now.toISOString(), now.toISOString());
  try {
    const write = () => enterprise.create(item).go({ response: 'none' });
    await withNameIndex([{ before: null, after: item }], write, () => storedEnterprise(id));
  } catch (error) {
    await releaseCreditCode(input.creditCode, id);
    throw error;
  }
  const created = await enterpriseInScope(principal, id);
  return { enterprise: detailFor(principal, created), audit: enterpriseAudit('create', null, created) };
}

/**
 * Replaces an enterprise. A new credit code is claimed before the write and the old claim freed after it, so a
 * crash in between leaves only a stale claim that the next claimant takes over. Concurrent edits are a 409.
 */
export async function updateEnterprise(
  principal: Principal,
  id: string,
  input: EnterpriseInput,
  now = clockNow(),
): Promise<EnterpriseWrite> {
  const current = await enterpriseInScope(principal, id);
  assertMayWriteTo(principal, current.districtId);
  assertMayWriteTo(principal, input.districtId);
  await assertPlacement(input);
  const codeChanged = input.creditCode !== current.creditCode;
  if (codeChanged) await claimFor(principal, input.creditCode, id, now);
  const item = enterpriseItem(id, input, current.createdAt, now.toISOString());
  try {
    const write = () =>
      enterprise
        .put(item)
        .where((a, op) => op.eq(a.updatedAt, current.updatedAt))
        .go({ response: 'none' });
    await withNameIndex([{ before: current, after: item }], write, () => storedEnterprise(id));
  } catch (error) {
    if (codeChanged) await releaseCreditCode(input.creditCode, id);
    throw isConditionFailure(error) ? staleRecord() : error;
  }
  if (codeChanged) await releaseCreditCode(current.creditCode, id);
  const updated = await enterpriseInScope(principal, id);
  return { enterprise: detailFor(principal, updated), audit: enterpriseAudit('update', current, updated) };
}

/** Deletes the enterprise, then frees its credit code. */
export async function deleteEnterprise(principal: Principal, id: string): Promise<AuditRecord> {
  const current = await enterpriseInScope(principal, id);
  assertMayWriteTo(principal, current.districtId);
  try {
    const write = () =>
      enterprise
        .delete({ id })
        .where((a, op) => op.eq(a.updatedAt, current.updatedAt))
        .go({ response: 'none' });
    await withNameIndex([{ before: current, after: null }], write);
  } catch (error) {
    throw isConditionFailure(error) ? staleRecord() : error;
  }
  await releaseCreditCode(current.creditCode, id);
  return enterpriseAudit('delete', current, null);
}
