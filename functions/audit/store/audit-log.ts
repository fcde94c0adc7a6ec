import type { EntityItem } from 'electrodb';
import type { AuditEntry } from '#functions/audit/schemas';
import { auditEntry } from '#functions/platform/audit/entity';
import { fixedPage, type Page, type PageRequest, readPage } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { listScope, scopedFilter } from '#functions/platform/scope';
import { auditTable } from '#functions/platform/tables';

type AuditItem = EntityItem<typeof auditEntry>;

export interface AuditFilter {
  districtId?: string | undefined;
  entity?: string | undefined;
  actorId?: string | undefined;
}

function auditView(item: AuditItem): AuditEntry {
  return {
    id: item.entryId,
    at: item.at,
    actorId: item.actorId,
    actorName: item.actorName,
    role: item.role,
    ...(item.districtId ? { districtId: item.districtId } : {}),
    action: item.action,
    entity: item.entity,
    entityId: item.entityId,
    ...(item.summary ? { summary: item.summary } : {}),
    changes: (item.changes ?? []) as AuditEntry['changes'],
    requestId: item.requestId,
  };
}

/**
 * Newest first. City admin: everything, or one district. District admin: its district only (another
 * district's filter gives an empty page). The most selective filter picks the index: actor, entity, district.
 */
export async function listAuditEntries(
  principal: Principal,
  filter: AuditFilter,
  request: PageRequest,
): Promise<Page<AuditEntry>> {
  const scoped = scopedFilter(listScope(principal), filter, ['districtId']);
  if (!scoped) return fixedPage(request);
  const district = scoped.districtId;
  const { actorId, entity } = filter;
  const query = actorId
    ? auditEntry.query.byActor({ actorId })
    : entity
      ? auditEntry.query.byEntity({ entity })
      : district
        ? auditEntry.query.byDistrict({ districtKey: district })
        : auditEntry.query.byCity({});
  // Filters the chosen index does not cover.
  const districtFilter = district && (actorId || entity) ? district : undefined;
  const entityFilter = actorId ? entity : undefined;
  const filtered = query.where((a, op) =>
    [
      districtFilter ? op.eq(a.districtKey, districtFilter) : '',
      entityFilter ? op.eq(a.entity, entityFilter) : '',
    ]
      .filter(Boolean)
      .join(' AND '),
  );
  return readPage(
    { table: auditTable, query: filtered },
    { ...request, filtered: !!(districtFilter || entityFilter) },
    auditView,
  );
}
