import { namedEnterprise } from '#functions/enterprises/domain/view';
import type { Enterprise, EnterpriseInput, EnterpriseView } from '#functions/enterprises/schemas/enterprises';
import type { EnterpriseItem } from '#functions/enterprises/store/entities/enterprise';
import { loadOrgRefs } from '#functions/org/index';

/** The stored enterprise as the API shows it: outside the grid is `gridId: null`, absent options are left out. */
export function toEnterprise(item: EnterpriseItem): Enterprise {
  return {
    id: item.id,
    creditCode: item.creditCode,
    name: item.name,
    districtId: item.districtId,
    townId: item.townId,
    gridId: item.gridId ?? null,
    industry: item.industry,
    status: item.status,
    flags: item.flags,
    ...(item.address ? { address: item.address } : {}),
    principal: { name: item.principal.name ?? '', phone: item.principal.phone },
    ...(item.safetyContact
      ? { safetyContact: { name: item.safetyContact.name ?? '', phone: item.safetyContact.phone } }
      : {}),
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}

/** The towns and grids `records` sit in, read once (one BatchGetItem per kind for a page of up to 100). */
const placesOf = (records: readonly Enterprise[]) =>
  loadOrgRefs({
    townIds: records.map((record) => record.townId),
    gridIds: records.map((record) => record.gridId),
  });

/** The records as the API answers them, with their places' names: one batched read, never one per record. */
export async function withPlaceNames(records: readonly Enterprise[]): Promise<EnterpriseView[]> {
  const directory = await placesOf(records);
  return records.map((record) => namedEnterprise(record, directory));
}

/** One record as the API answers it (detail, write answers). */
export async function withPlaceName(record: Enterprise): Promise<EnterpriseView> {
  return namedEnterprise(record, await placesOf([record]));
}

/** The item to put for `input`; a full replacement, so every index key follows district, town and grid. */
export function enterpriseItem(id: string, input: EnterpriseInput, createdAt: string, updatedAt: string) {
  return {
    id,
    creditCode: input.creditCode,
    name: input.name,
    districtId: input.districtId,
    townId: input.townId,
    ...(input.gridId ? { gridId: input.gridId } : {}),
    industry: input.industry,
    status: input.status,
    flags: [...new Set(input.flags)],
    ...(input.address ? { address: input.address } : {}),
    principal: { name: input.principal.name, phone: input.principal.phone },
    ...(input.safetyContact ? { safetyContact: { ...input.safetyContact } } : {}),
    createdAt,
    updatedAt,
  };
}
