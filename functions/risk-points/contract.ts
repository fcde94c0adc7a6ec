import { now } from '#functions/platform/clock';
import { isConditionFailure } from '#functions/platform/conditions';
import type { Principal } from '#functions/platform/principal';
import { inScope } from '#functions/platform/scope';
import { advancesScan, nextDueAt } from '#functions/risk-points/domain/schedule';
import type { LabelPoint, RiskPointSelection, ScanTarget } from '#functions/risk-points/domain/types';
import { getClassItem } from '#functions/risk-points/store/classes';
import { pointIdOfToken } from '#functions/risk-points/store/codes';
import { riskPoint } from '#functions/risk-points/store/entities/risk-point';
import { listPointItems, type RiskPointFilter } from '#functions/risk-points/store/lists';
import { getPointItem, type RiskPointItem } from '#functions/risk-points/store/point-items';

/** The point a token opens: undefined for an unknown token and for one that was re-issued. */
export async function pointOfToken(token: string): Promise<RiskPointItem | undefined> {
  const riskPointId = await pointIdOfToken(token);
  const item = riskPointId ? await getPointItem(riskPointId) : undefined;
  return item && item.token === token ? item : undefined;
}

/** A point with its class's current checklist, as a scan needs it. */
export async function scanTargetOf(item: RiskPointItem): Promise<ScanTarget> {
  const found = await getClassItem(item.classId);
  const { riskPointId, enterpriseId, enterpriseName, districtId, townId, gridId, classId, className } = item;
  return {
    riskPointId,
    enterpriseId,
    enterpriseName,
    districtId,
    townId,
    ...(gridId ? { gridId } : {}),
    classId,
    className,
    name: item.name,
    location: item.location,
    level: item.level,
    cycleDays: item.cycleDays,
    status: item.status,
    ...(item.lastScanAt ? { lastScanAt: item.lastScanAt } : {}),
    nextDueAt: item.nextDueAt,
    controls: item.controls,
    checklist: found?.checklist ?? [],
  };
}

/** Undefined for an unknown token and for a token that was re-issued (the old code stops working). */
export async function scanTargetByToken(token: string): Promise<ScanTarget | undefined> {
  const item = await pointOfToken(token);
  return item ? scanTargetOf(item) : undefined;
}

/** Tries of the read-then-update path: a try is lost only when the point's cycle changed under it. */
const ADVANCE_TRIES = 8;

/**
 * One conditional UpdateItem: move lastScanAt/nextDueAt to the scan only if it is newer and the cycle is still
 * the one the due date is computed from, bumping `version` so that an edit that read the point before is
 * refused rather than moving it back. Undefined when the condition failed (a newer scan is already there, the
 * cycle changed or the point is gone): the caller re-reads.
 */
async function advanceKnownCycle(input: { riskPointId: string; scannedAt: string; cycleDays: number }) {
  const due = nextDueAt({
    createdAt: input.scannedAt,
    lastScanAt: input.scannedAt,
    cycleDays: input.cycleDays,
  });
  try {
    await riskPoint
      .patch({ riskPointId: input.riskPointId })
      .set({ lastScanAt: input.scannedAt, nextDueAt: due })
      .add({ version: 1 })
      .where(
        (a, op) =>
          `${op.eq(a.cycleDays, input.cycleDays)} AND (${op.notExists(a.lastScanAt)} OR ${op.lt(a.lastScanAt, input.scannedAt)})`,
      )
      .go({ response: 'none' });
    return { advanced: true };
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    return undefined;
  }
}

/**
 * Forward-only, conditional: lastScanAt/nextDueAt move only if scannedAt is newer than lastScanAt. With the
 * point's `cycleDays` (as the scan read it) the usual case is one UpdateItem; otherwise, and when that found
 * the point changed, the point is read and the same update is tried with the cycle read. Concurrent scans
 * never make each other retry: the condition is on the scan time, so a scan that lost to a newer one re-reads,
 * finds it newer and stops, and the newest always lands.
 */
export async function advanceRiskPointScan(input: {
  riskPointId: string;
  scannedAt: string;
  cycleDays?: number;
}): Promise<{ advanced: boolean }> {
  if (input.cycleDays !== undefined) {
    const fast = await advanceKnownCycle({ ...input, cycleDays: input.cycleDays });
    if (fast) return fast;
  }
  for (let attempt = 1; attempt <= ADVANCE_TRIES; attempt += 1) {
    const before = await getPointItem(input.riskPointId);
    if (!before || !advancesScan(before.lastScanAt, input.scannedAt)) return { advanced: false };
    const done = await advanceKnownCycle({ ...input, cycleDays: before.cycleDays });
    if (done) return done;
  }
  throw new Error(
    `risk point ${input.riskPointId}: its cycle changed ${ADVANCE_TRIES} times while a scan advanced it`,
  );
}

const LABEL_PAGE = 100;

const labelOf = (item: RiskPointItem): LabelPoint => ({
  riskPointId: item.riskPointId,
  enterpriseId: item.enterpriseId,
  enterpriseName: item.enterpriseName,
  name: item.name,
  location: item.location,
  level: item.level,
  token: item.token,
});

/** The filter of a label selection, from the list's query fields (anything else is ignored). */
function labelFilter(filter: Record<string, string | boolean | undefined>): RiskPointFilter {
  const text = (key: string) => (typeof filter[key] === 'string' ? (filter[key] as string) : undefined);
  const overdue =
    filter.overdue === true || filter.overdue === 'true'
      ? true
      : filter.overdue === false || filter.overdue === 'false'
        ? false
        : undefined;
  return JSON.parse(
    JSON.stringify({
      enterpriseId: text('enterpriseId'),
      districtId: text('districtId'),
      townId: text('townId'),
      gridId: text('gridId'),
      level: text('level'),
      classId: text('classId'),
      overdue,
      status: 'active',
    }),
  ) as RiskPointFilter;
}

/** The points a principal may print, in pages (scoped; retired points skipped). */
export async function* labelPointsFor(
  principal: Principal,
  selection: RiskPointSelection,
): AsyncIterable<LabelPoint[]> {
  if ('ids' in selection) {
    for (let start = 0; start < selection.ids.length; start += LABEL_PAGE) {
      const ids = selection.ids.slice(start, start + LABEL_PAGE);
      const items = ids.length
        ? (await riskPoint.get(ids.map((riskPointId) => ({ riskPointId }))).go()).data
        : [];
      const byId = new Map(items.map((item) => [item.riskPointId, item]));
      const page = ids.flatMap((id) => {
        const item = byId.get(id);
        return item && item.status === 'active' && inScope(principal, item) ? [labelOf(item)] : [];
      });
      if (page.length) yield page;
    }
    return;
  }
  const filter = labelFilter(selection.filter);
  const at = now();
  let cursor: string | undefined;
  do {
    const page = await listPointItems(principal, filter, { limit: LABEL_PAGE, cursor }, at);
    if (page.data.length) yield page.data.map(labelOf);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
