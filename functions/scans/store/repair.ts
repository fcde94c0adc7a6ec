import { isConditionFailure } from '#functions/platform/conditions';
import { callDynamo, tableName } from '#functions/platform/dynamo';
import { advanceRiskPointScan } from '#functions/risk-points/index';
import { type CountedScan, counterOf } from '#functions/scans/domain/counter';
import {
  businessDaysBetween,
  previousQuarter,
  scanQuarter,
  scanQuarterBounds,
} from '#functions/scans/domain/quarter';
import { counterKey, scanCounterItem } from '#functions/scans/store/counter-item';
import { scan } from '#functions/scans/store/entities/scan';
import { deleteMarker, markersOfDay, type ScanMarker } from '#functions/scans/store/markers';

/**
 * A request can still be running this long after it stamped its scan (the HTTP Lambda times out at 10 s, API
 * Gateway at 30 s; GSI propagation adds seconds): anything younger is left for the next run.
 */
export const REPAIR_GRACE_MS = 5 * 60_000;
const TRIES = 4;
const PARALLEL_DAYS = 16;

type Outcome = 'repaired' | 'deferred';

async function markersSince(now: Date): Promise<ScanMarker[]> {
  const from = scanQuarterBounds(previousQuarter(scanQuarter(now))).first;
  const days = businessDaysBetween(from, now);
  const markers: ScanMarker[] = [];
  for (let start = 0; start < days.length; start += PARALLEL_DAYS)
    for (const found of await Promise.all(days.slice(start, start + PARALLEL_DAYS).map(markersOfDay)))
      markers.push(...found);
  return markers;
}

const SCAN_FIELDS = [
  'scanId',
  'riskPointId',
  'enterpriseId',
  'districtId',
  'townId',
  'gridId',
  'scannedAt',
  'late',
  'principal',
  'result',
] as const;

async function scansOf(enterpriseId: string, quarter: string) {
  const { first, last } = scanQuarterBounds(quarter);
  const end = new Date(last.getTime() + 1).toISOString();
  const { data } = await scan.query
    .byEnterprise({ enterpriseId })
    .between({ scannedAt: first.toISOString() }, { scannedAt: end })
    .go({ pages: 'all', attributes: [...SCAN_FIELDS] });
  return data as (CountedScan & { scanId: string; riskPointId: string })[];
}

/** Writes `items` over the counter read at `version` (none: absent); false when a live increment came between. */
async function replaceCounter(
  enterpriseId: string,
  quarter: string,
  stored: Record<string, unknown> | undefined,
  scans: CountedScan[],
) {
  const target = counterOf(quarter, scans);
  const condition = stored
    ? {
        ConditionExpression: '#version = :v',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':v': stored.version },
      }
    : { ConditionExpression: 'attribute_not_exists(pk)' };
  try {
    if (target) {
      const countedAt = String(stored?.countedAt ?? target.lastScanAt);
      const item = scanCounterItem(target, Number(stored?.version ?? 0) + 1, countedAt);
      await callDynamo('PutItem', { TableName: tableName, Item: item, ...condition });
    } else if (stored)
      await callDynamo('DeleteItem', {
        TableName: tableName,
        Key: counterKey(enterpriseId, quarter),
        ...condition,
      });
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * Recomputes one enterprise-quarter from its scans, when it is quiet: no scan and no live increment in the
 * grace period, so every scan the query sees is finished or dead, and any increment still to come belongs to
 * a scan the query did not see. The put is conditioned on the version read: a live increment in between makes
 * it try again (and then defer, the enterprise no longer being quiet).
 */
async function repairGroup(
  enterpriseId: string,
  quarter: string,
  markers: ScanMarker[],
  now: Date,
): Promise<Outcome> {
  const quietSince = new Date(now.getTime() - REPAIR_GRACE_MS).toISOString();
  for (let attempt = 1; attempt <= TRIES; attempt += 1) {
    const { Item: stored } = (await callDynamo('GetItem', {
      TableName: tableName,
      Key: counterKey(enterpriseId, quarter),
      ConsistentRead: true,
    })) as { Item?: Record<string, unknown> };
    if (stored && String(stored.countedAt) > quietSince) return 'deferred';
    const scans = await scansOf(enterpriseId, quarter);
    if (scans.some((one) => one.scannedAt > quietSince)) return 'deferred';
    if (!(await replaceCounter(enterpriseId, quarter, stored, scans))) continue;
    // A crash after the scan also skipped its point's forward move: do it now (forward-only, idempotent).
    const marked = new Set(markers.map((marker) => marker.scanId));
    for (const one of scans.filter((found) => marked.has(found.scanId)))
      await advanceRiskPointScan({ riskPointId: one.riskPointId, scannedAt: one.scannedAt });
    await Promise.all(markers.map(deleteMarker));
    return 'repaired';
  }
  return 'deferred';
}

/**
 * Repairs the counters that crashes left behind (a scan written, its counter step not finished), for the
 * current and the previous quarter. Reads only the markers (one Query per day) and, per dirty enterprise-quarter,
 * that enterprise's scans of the quarter. Idempotent, safe next to live scans; the period-metrics job runs it first.
 */
export async function repairScanCounters(
  now: Date,
): Promise<{ repaired: number; deferred: number; markers: number }> {
  const quietSince = new Date(now.getTime() - REPAIR_GRACE_MS).toISOString();
  const markers = (await markersSince(now)).filter((marker) => marker.scannedAt <= quietSince);
  const groups = new Map<string, ScanMarker[]>();
  for (const marker of markers) {
    const key = `${marker.enterpriseId}\n${scanQuarter(marker.scannedAt)}`;
    groups.set(key, [...(groups.get(key) ?? []), marker]);
  }
  const result = { repaired: 0, deferred: 0, markers: markers.length };
  for (const [key, group] of groups) {
    const [enterpriseId, quarter] = key.split('\n') as [string, string];
    result[await repairGroup(enterpriseId, quarter, group, now)] += 1;
  }
  return result;
}
