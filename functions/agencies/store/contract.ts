import type { AgencyStatus, AgencyType } from '#functions/agencies/domain/agency-types';
import { type AgencyItem, agency } from '#functions/agencies/store/entities/agency';
import { agencyCreditCode } from '#functions/agencies/store/entities/agency-credit-code';
import type { Principal } from '#functions/platform/principal';

/** An agency as other capabilities see it. */
export interface Agency {
  agencyId: string;
  name: string;
  creditCode: string;
  type: AgencyType;
  districtId: string;
  workDistrictIds: string[];
  certificateNo: string;
  certificateExpiry: string;
  contactName: string;
  contactPhone: string;
  status: AgencyStatus;
  createdAt: string;
  updatedAt: string;
}

const agencyOf = ({ version: _version, ...rest }: AgencyItem): Agency => rest;

export async function getAgency(agencyId: string): Promise<Agency | null> {
  const { data } = await agency.get({ agencyId }).go();
  return data ? agencyOf(data) : null;
}

export async function agencyExists(agencyId: string): Promise<boolean> {
  return (await getAgency(agencyId)) !== null;
}

/** The agencies of `agencyIds` that exist, in one batch. */
export async function agenciesByIds(agencyIds: readonly string[]): Promise<Map<string, Agency>> {
  const unique = [...new Set(agencyIds)];
  if (unique.length === 0) return new Map();
  const { data } = await agency.get(unique.map((agencyId) => ({ agencyId }))).go();
  return new Map(data.map((item) => [item.agencyId, agencyOf(item)]));
}

/** Every agency (one gsi1 partition, all pages): the public listing and the statistics read it once. */
export async function allAgencies(): Promise<Agency[]> {
  const { data } = await agency.query.byCity({}).go({ pages: 'all' });
  return data.map(agencyOf);
}

/**
 * How far `principal` reaches an agency: the city admin every one; a district admin those registered in or
 * working in its district (it may deduct them); an agency user its own (read); others none.
 */
export function agencyReach(principal: Principal, target: Agency): 'manage' | 'read' | 'none' {
  if (principal.role === 'cityAdmin') return 'manage';
  if (principal.role === 'districtAdmin' && principal.districtId) {
    const { districtId } = principal;
    return target.districtId === districtId || target.workDistrictIds.includes(districtId)
      ? 'manage'
      : 'none';
  }
  if (principal.role === 'agencyUser') return principal.agencyId === target.agencyId ? 'read' : 'none';
  return 'none';
}

/** The seed's direct write (no audit, no checks): demo data only. Its credit code's claim is put too (last wins). */
export async function putAgencyForSeed(item: Agency & { version?: number }): Promise<void> {
  await agency.put({ version: 1, ...item }).go();
  await agencyCreditCode
    .put({ creditCode: item.creditCode, agencyId: item.agencyId, claimedAt: item.createdAt })
    .go();
}
