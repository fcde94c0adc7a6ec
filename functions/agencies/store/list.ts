import type { AgencyListQuery, AgencyView } from '#functions/agencies/schemas';
import { agencyReach } from '#functions/agencies/store/contract';
import { type AgencyItem, agency } from '#functions/agencies/store/entities/agency';
import { agencyViews } from '#functions/agencies/store/views';
import { InvalidCursorError, type Page, type PageRequest } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';

export type AgencyFilter = Omit<AgencyListQuery, 'limit' | 'cursor'>;

/**
 * The agencies `principal` may list. An agency user reads its own (one get). Everyone else reads the byCity
 * partition whole (all pages) and keeps what it reaches in memory: the city registers a few hundred agencies at
 * most (DOMAIN.md), a district admin's "registered in or working in" spans agencies of every district, and one
 * partition of a few hundred small items is cheaper than an index item per work district. Revisit past ~2,000.
 */
async function reachable(principal: Principal): Promise<AgencyItem[]> {
  if (principal.role === 'agencyUser') {
    if (!principal.agencyId) return [];
    const { data } = await agency.get({ agencyId: principal.agencyId }).go();
    return data ? [data] : [];
  }
  const { data } = await agency.query.byCity({}).go({ pages: 'all' });
  return data.filter((item) => agencyReach(principal, item) !== 'none');
}

const matches = (filter: AgencyFilter) => (item: AgencyItem) =>
  (!filter.q || item.name.includes(filter.q)) &&
  (!filter.type || item.type === filter.type) &&
  (!filter.status || item.status === filter.status) &&
  (!filter.districtId ||
    item.districtId === filter.districtId ||
    item.workDistrictIds.includes(filter.districtId));

/** An opaque cursor: the offset in the name-ordered, filtered list. */
const encodeCursor = (offset: number) => Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const { o } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown };
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o;
  } catch {
    // falls through
  }
  throw new InvalidCursorError();
}

/** One page of the agencies `principal` reaches that match `filter`, by name, with this year's score and listing. */
export async function listAgencies(
  principal: Principal,
  filter: AgencyFilter,
  request: PageRequest,
  at: Date,
): Promise<Page<AgencyView>> {
  const offset = decodeCursor(request.cursor);
  const items = (await reachable(principal))
    .filter(matches(filter))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.agencyId.localeCompare(b.agencyId));
  if (filter.listed === undefined) {
    const slice = items.slice(offset, offset + request.limit);
    const next = offset + request.limit < items.length ? encodeCursor(offset + request.limit) : null;
    return { data: await agencyViews(slice, at, true), nextCursor: next };
  }
  const views = (await agencyViews(items, at, true)).filter((view) => view.listed === filter.listed);
  const next = offset + request.limit < views.length ? encodeCursor(offset + request.limit) : null;
  return { data: views.slice(offset, offset + request.limit), nextCursor: next };
}

/**
 * Every agency `principal` reaches that matches `filter`, by name, with this year's score and listing and full
 * phones (the export: only the managers, who see a record's phone anyway, may ask for it).
 */
export async function allAgencyViews(
  principal: Principal,
  filter: AgencyFilter,
  at: Date,
): Promise<AgencyView[]> {
  const items = (await reachable(principal))
    .filter(matches(filter))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.agencyId.localeCompare(b.agencyId));
  const views = await agencyViews(items, at, false);
  return filter.listed === undefined ? views : views.filter((view) => view.listed === filter.listed);
}
