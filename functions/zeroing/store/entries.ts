import { enterprisesById } from '#functions/enterprises/index';
import { hazardsByIds } from '#functions/hazards/index';
import { mapLimit } from '#functions/platform/concurrency';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError, ValidationError } from '#functions/platform/errors';
import { fixedPage, type Page, type PageRequest, readPage } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { mainTable } from '#functions/platform/tables';
import type { ZeroingEntry } from '#functions/zeroing/schemas';
import {
  type ListedHazard,
  type ZeroingEntryItem,
  zeroingEntry,
} from '#functions/zeroing/store/entities/entry';
import { listedHazardsOf, toEntry } from '#functions/zeroing/store/views';

/** A hazard to list, with where its enterprise is. */
export interface Listing extends ListedHazard {
  enterpriseId: string;
  districtId: string;
  townId: string;
  gridId?: string | undefined;
}

/** Existing entries of the campaign by enterprise id (BatchGetItem). */
async function entriesOf(campaignId: string, enterpriseIds: string[]) {
  const found = new Map<string, ZeroingEntryItem>();
  let keys = enterpriseIds.map((enterpriseId) => ({ campaignId, enterpriseId }));
  for (let round = 0; keys.length > 0 && round < 8; round += 1) {
    const { data, unprocessed } = await zeroingEntry.get(keys).go({ concurrent: 4, consistent: true });
    for (const item of data) found.set(item.enterpriseId, item);
    keys = unprocessed as typeof keys;
  }
  return found;
}

/** One enterprise's entry with `added` merged in (a hazard already listed is kept as it was). */
async function mergeOne(
  campaignId: string,
  enterprise: { name: string; creditCode: string },
  added: Listing[],
  existing: ZeroingEntryItem | undefined,
  at: string,
) {
  const [first] = added as [Listing];
  const listed = existing ? listedHazardsOf(existing) : [];
  const known = new Set(listed.map((hazard) => hazard.hazardId));
  // `known` grows as we go: an import file naming the same row twice names one hazard, listed once
  const fresh = added
    .filter((hazard) => !known.has(hazard.hazardId) && known.add(hazard.hazardId))
    .map(({ hazardId, description, level }) => ({ hazardId, description, level }));
  if (existing && fresh.length === 0) return 0;
  const item: ZeroingEntryItem = {
    campaignId,
    enterpriseId: first.enterpriseId,
    enterpriseName: enterprise.name,
    creditCode: enterprise.creditCode,
    districtId: first.districtId,
    townId: first.townId,
    ...(first.gridId ? { gridId: first.gridId } : {}),
    hazards: [...listed, ...fresh],
    addedAt: existing?.addedAt ?? at,
    updatedAt: at,
    version: (existing?.version ?? 0) + 1,
  };
  try {
    if (existing)
      await zeroingEntry
        .put(item)
        .where((a, op) => op.eq(a.version, existing.version))
        .go({ response: 'none' });
    else await zeroingEntry.create(item).go({ response: 'none' });
  } catch (error) {
    if (isConditionFailure(error))
      throw new ConflictError(
        'ZEROING_LIST_CHANGED',
        '清零名单刚被其他人修改，请刷新后重试（已列入的不会重复）',
      );
    throw error;
  }
  return fresh.length;
}

/**
 * Lists `listings` in the campaign, one entry per enterprise; listing a hazard again changes nothing, so a retry
 * after a failure half-way ends in the same list. Answers the number of enterprises and of hazards newly listed.
 */
export async function mergeListings(campaignId: string, listings: Listing[], now: Date) {
  const byEnterprise = new Map<string, Listing[]>();
  for (const listing of listings)
    byEnterprise.set(listing.enterpriseId, [...(byEnterprise.get(listing.enterpriseId) ?? []), listing]);
  const ids = [...byEnterprise.keys()];
  const [existing, enterprises] = await Promise.all([entriesOf(campaignId, ids), enterprisesById(ids)]);
  const at = now.toISOString();
  const added = await mapLimit(ids, 8, async (enterpriseId) => {
    const enterprise = enterprises.get(enterpriseId);
    const card = { name: enterprise?.name ?? enterpriseId, creditCode: enterprise?.creditCode ?? '' };
    return mergeOne(campaignId, card, byEnterprise.get(enterpriseId) ?? [], existing.get(enterpriseId), at);
  });
  return { enterprises: ids.length, hazardsAdded: added.reduce((sum, n) => sum + n, 0) };
}

/**
 * The most enterprises a campaign lists (the report's campaign: 107). The board reads the whole list and its checks
 * per request, so the list must stay bounded: 2,000 entries and their checks are a few MB, read in seconds.
 */
export const MAX_LISTED_ENTERPRISES = 2_000;

/**
 * 400 when listing `enterpriseIds` would take the campaign over `MAX_LISTED_ENTERPRISES`. Called before any write
 * (an import creates its hazards first, so it asks before those). It reads the list's keys only, itself bounded
 * by the cap; two lists merged at the same moment may pass it together, by a few hundred at most.
 */
export async function assertListRoom(campaignId: string, enterpriseIds: readonly string[]) {
  const { data } = await zeroingEntry.query
    .byCampaign({ campaignId })
    .go({ pages: 'all', attributes: ['enterpriseId'] });
  const listed = new Set(data.map((item) => item.enterpriseId));
  const after = listed.size + new Set(enterpriseIds.filter((id) => !listed.has(id))).size;
  if (after <= MAX_LISTED_ENTERPRISES) return;
  const message = `每次百日清零行动最多列入 ${MAX_LISTED_ENTERPRISES} 家企业，已列入 ${listed.size} 家，本次不能再列入 ${after - listed.size} 家`;
  throw new ValidationError([{ path: 'body', message, code: 'too_many_enterprises' }], message);
}

/** The picker's choice: existing major hazards (重大隐患) that are not closed yet, or 400 naming those that are not. */
export async function listMajorHazards(campaignId: string, hazardIds: string[], now: Date) {
  const states = await hazardsByIds(hazardIds);
  const fields = hazardIds.flatMap((hazardId, index) => {
    const state = states.get(hazardId);
    const problem = !state
      ? '隐患不存在'
      : state.level !== 'major'
        ? '不是重大隐患，百日清零只列入重大隐患'
        : state.status === 'CLOSED'
          ? '已整改闭环，无需列入'
          : undefined;
    return problem
      ? [{ path: `body.hazardIds.${index}`, message: `第 ${index + 1} 条${problem}`, code: 'invalid' }]
      : [];
  });
  if (fields.length > 0) throw new ValidationError(fields, '所选隐患中有不能列入的，请按提示修改后重试');
  const listings = hazardIds.map((hazardId) => {
    const state = states.get(hazardId) as NonNullable<ReturnType<typeof states.get>>;
    return { ...state, hazardId, description: state.description, level: state.level };
  });
  await assertListRoom(
    campaignId,
    listings.map((listing) => listing.enterpriseId),
  );
  return mergeListings(campaignId, listings, now);
}

/** One page of the campaign's list in the caller's scope: a district admin's own district, the city any. */
export async function listEntries(
  principal: Principal,
  campaignId: string,
  districtId: string | undefined,
  request: PageRequest,
): Promise<Page<ZeroingEntry>> {
  const district = principal.role === 'cityAdmin' ? districtId : principal.districtId;
  if (principal.role !== 'cityAdmin' && (!district || (districtId && districtId !== district)))
    return fixedPage(request);
  const query = district
    ? zeroingEntry.query.byDistrict({ campaignId, districtId: district })
    : zeroingEntry.query.byCampaign({ campaignId });
  const page = await readPage({ table: mainTable, query }, { ...request, order: 'asc' }, (item) => item);
  const states = await hazardsByIds(
    page.data.flatMap((item) => listedHazardsOf(item).map((h) => h.hazardId)),
  );
  return { data: page.data.map((item) => toEntry(item, states)), nextCursor: page.nextCursor };
}

/** Every entry of the campaign in `districtId` (or all): the board's read, bounded by `MAX_LISTED_ENTERPRISES`. */
export async function allEntries(campaignId: string, districtId?: string) {
  const query = districtId
    ? zeroingEntry.query.byDistrict({ campaignId, districtId })
    : zeroingEntry.query.byCampaign({ campaignId });
  return (await query.go({ pages: 'all' })).data;
}

/** One enterprise's entry in the campaign, if listed (a check reads what it must give results for). */
export async function entryOf(campaignId: string, enterpriseId: string) {
  return (await zeroingEntry.get({ campaignId, enterpriseId }).go({ consistent: true })).data ?? undefined;
}
