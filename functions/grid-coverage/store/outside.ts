import type * as z from 'zod';
import { listOutsideGrid, type OutsideRow } from '#functions/enterprises/index';
import { districtOrder } from '#functions/grid-coverage/domain/tally';
import type { OutsideRowView, outsideQuerySchema } from '#functions/grid-coverage/schemas';
import { loadOrgRefs, townPlace } from '#functions/org/index';
import { districtName } from '#functions/platform/districts';
import { fixedPage, type Page } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { listScope } from '#functions/platform/scope';

type OutsideQuery = z.output<typeof outsideQuerySchema>;

/**
 * The districts and town a caller's outside list reads: the query narrowed by the scope (DOMAIN.md: lists are
 * silently restricted to it), a town checked against the organization. Null = nothing to read.
 */
async function placedQuery(
  principal: Principal,
  query: OutsideQuery,
): Promise<{ districtIds: string[]; townId?: string } | null> {
  const scope = listScope(principal);
  let districtIds = query.districtId ? [query.districtId as string] : districtOrder;
  let townId = query.townId;
  if (scope.kind === 'district' || scope.kind === 'town') {
    if (query.districtId && query.districtId !== scope.districtId) return null;
    districtIds = [scope.districtId];
  }
  if (scope.kind === 'town') {
    if (townId && townId !== scope.townId) return null;
    townId = scope.townId;
  }
  if (scope.kind !== 'all' && scope.kind !== 'district' && scope.kind !== 'town') return null;
  if (townId) {
    const town = await townPlace(townId);
    if (!town || !districtIds.includes(town.districtId)) return null;
    return { districtIds: [town.districtId], townId };
  }
  return { districtIds };
}

/** Outside rows with their district's and town's names (one batched read of the page's towns). */
export async function namedRows(rows: readonly OutsideRow[]): Promise<OutsideRowView[]> {
  const directory = await loadOrgRefs({ townIds: rows.map((row) => row.townId), gridIds: [] });
  return rows.map((row) => ({
    ...row,
    status: row.status as OutsideRowView['status'],
    districtName: districtName(row.districtId) ?? row.districtId,
    townName: directory.town(row.townId)?.name ?? row.townId,
  }));
}

/** One page of the active enterprises outside the grid that the caller may see and that pass the query. */
export async function listOutsideFor(
  principal: Principal,
  query: OutsideQuery,
): Promise<Page<OutsideRowView>> {
  const placed = await placedQuery(principal, query);
  if (!placed) return fixedPage(query);
  const page = await listOutsideGrid(
    placed.districtIds,
    { townId: placed.townId, industry: query.industry, q: query.q },
    { limit: query.limit, cursor: query.cursor },
  );
  return { data: await namedRows(page.data), nextCursor: page.nextCursor };
}
