import type { AgencyCreate, AgencyUpdate, AgencyView } from '#functions/agencies/schemas';
import { claimAgencyCode, duplicateAgencyCode, releaseAgencyCode } from '#functions/agencies/store/claims';
import { agencyReach } from '#functions/agencies/store/contract';
import { type AgencyItem, agency } from '#functions/agencies/store/entities/agency';
import { agencyView } from '#functions/agencies/store/views';
import type { AuditRecord } from '#functions/platform/audit/record';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import type { Principal } from '#functions/platform/principal';

type Written = { agency: AgencyView; audit: AuditRecord };

const CHANGED = '该机构刚被他人修改，请刷新后重试';

const recordOf = ({ version: _version, ...rest }: AgencyItem) => rest;

const auditOf = (action: 'create' | 'update', item: AgencyItem, before: AgencyItem | null): AuditRecord => ({
  action,
  entity: 'agency',
  entityId: item.agencyId,
  districtId: item.districtId,
  before: before ? recordOf(before) : null,
  after: recordOf(item),
  summary: `${action === 'create' ? '登记' : '修改'}中介机构：${item.name}`,
});

/** A district admin writes only agencies registered in its own district; the city admin every one. */
function mayWrite(principal: Principal, districtId: string): boolean {
  return (
    principal.role === 'cityAdmin' ||
    (principal.role === 'districtAdmin' && principal.districtId === districtId)
  );
}

const outsideDistrict = () =>
  new ValidationError([
    { path: 'body.districtId', message: '只能登记或修改注册在本辖区的机构', code: 'outside_district' },
  ]);

/** The registered district first, then the others as given (no duplicates). */
const workDistricts = (input: AgencyCreate) => [
  input.districtId,
  ...input.workDistrictIds.filter((id) => id !== input.districtId),
];

async function stored(agencyId: string): Promise<AgencyItem | null> {
  const { data } = await agency.get({ agencyId }).go({ consistent: true });
  return data ?? null;
}

/** The 409 for a code another agency holds: its id only when `principal` may see that agency. */
async function duplicate(principal: Principal, creditCode: string, holderId: string): Promise<ConflictError> {
  const holder = await stored(holderId);
  const visible = holder && agencyReach(principal, holder) !== 'none';
  return duplicateAgencyCode(creditCode, visible ? holderId : undefined);
}

/** The agency `agencyId` if `principal` reaches it (registered or working in its district, or its own): else 404. */
export async function readableAgency(principal: Principal, agencyId: string): Promise<AgencyItem> {
  const item = await stored(agencyId);
  if (!item || agencyReach(principal, item) === 'none')
    throw new NotFoundError('机构不存在或不在您的管辖范围内');
  return item;
}

export async function getAgencyView(principal: Principal, agencyId: string, at: Date): Promise<AgencyView> {
  return agencyView(await readableAgency(principal, agencyId), at);
}

/** A new agency: its credit code claimed first (409 if another holds it), then the record created. */
export async function createAgency(principal: Principal, input: AgencyCreate, at: Date): Promise<Written> {
  if (!mayWrite(principal, input.districtId)) throw outsideDistrict();
  const agencyId = newId(at);
  const claim = await claimAgencyCode(input.creditCode, agencyId, at);
  if (claim) throw await duplicate(principal, input.creditCode, claim.holder);
  const stamp = at.toISOString();
  const item: AgencyItem = {
    agencyId,
    ...input,
    workDistrictIds: workDistricts(input),
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
  };
  try {
    await agency.create(item).go();
  } catch (error) {
    await releaseAgencyCode(input.creditCode, agencyId);
    throw error;
  }
  return { agency: await agencyView(item, at), audit: auditOf('create', item, null) };
}

/**
 * Replaces an agency if nobody changed it since it was read (409 otherwise). A new credit code is claimed first
 * and the old claim released after the write; a failed write releases the new claim.
 */
export async function updateAgency(
  principal: Principal,
  agencyId: string,
  input: AgencyUpdate,
  at: Date,
): Promise<Written> {
  const before = await readableAgency(principal, agencyId);
  if (!mayWrite(principal, before.districtId))
    throw new ForbiddenError('该机构注册在其他辖区，只能查看，不能修改');
  if (!mayWrite(principal, input.districtId)) throw outsideDistrict();
  const codeChanged = before.creditCode !== input.creditCode;
  if (codeChanged) {
    const claim = await claimAgencyCode(input.creditCode, agencyId, at);
    if (claim) throw await duplicate(principal, input.creditCode, claim.holder);
  }
  const item: AgencyItem = {
    ...before,
    ...input,
    workDistrictIds: workDistricts(input),
    version: before.version + 1,
    updatedAt: at.toISOString(),
  };
  try {
    await agency
      .put(item)
      .where((a, op) => op.eq(a.version, before.version))
      .go();
  } catch (error) {
    if (codeChanged) await releaseAgencyCode(input.creditCode, agencyId);
    if (isConditionFailure(error)) throw new ConflictError('AGENCY_CHANGED', CHANGED);
    throw error;
  }
  if (codeChanged) await releaseAgencyCode(before.creditCode, agencyId);
  return { agency: await agencyView(item, at), audit: auditOf('update', item, before) };
}
