import { hazard } from '#functions/hazards/store/entities/hazard';
import type { DistrictId } from '#functions/platform/districts';
import type { SeedClass } from '#functions/risk-points/domain/dictionary/define';
import { riskPoint } from '#functions/risk-points/store/entities/risk-point';
import { riskPointCode } from '#functions/risk-points/store/entities/risk-point-code';
import { scan } from '#functions/scans/store/entities/scan';
import type { ScanItem } from '#functions/scans/store/record';
import { demoToken, pointItem, type Reviewer, scanItems } from '../risk-items';
import { DAY_MS, type DemoEnterprise, planEnterprise, plannedPointCount } from '../risk-plan';
import { districtProfiles } from '../risk-profiles';
import { itemOf } from './accounts';
import type { Item } from './batch-writer';
import { counterItems } from './counters';

export interface RiskContext {
  anchor: number;
  secret: string;
  classes: readonly SeedClass[];
  reviewers: ReadonlyMap<string, Reviewer>;
  /** Whether the scan history (and the hazards found by it) is written, or only the points and their codes. */
  scans: boolean;
  /** How many days of scan history (at most the plan's 90): older scans and their hazards are left out. */
  days: number;
}

/**
 * How many points each operating enterprise gets beyond its plan, so that the city has exactly `target`: the
 * difference spread evenly over the enterprises in order (each ±1 at most while it is smaller than their count).
 */
export function extraPoints(enterprises: readonly DemoEnterprise[], target: number | undefined): number[] {
  if (target === undefined || enterprises.length === 0) return enterprises.map(() => 0);
  const planned = enterprises.reduce(
    (sum, row) => sum + plannedPointCount(row, districtProfiles[row.districtId as DistrictId]),
    0,
  );
  const difference = target - planned;
  const n = enterprises.length;
  return enterprises.map((_, i) => Math.floor(((i + 1) * difference) / n) - Math.floor((i * difference) / n));
}

export interface RiskCounts {
  points: number;
  scans: number;
  hazards: number;
  counters: number;
}

/** One operating enterprise's risk items as the slow seed writes them (risk-seed.ts), built with the entities. */
export function riskItems(
  enterprise: DemoEnterprise,
  extra: number,
  context: RiskContext,
  counts: RiskCounts,
): Item[] {
  const profile = districtProfiles[enterprise.districtId as DistrictId];
  const plan = planEnterprise(enterprise, profile, context.classes, context.anchor, extra);
  const reviewer = context.reviewers.get(enterprise.townId);
  const items: Item[] = [];
  const scans: ScanItem[] = [];
  const from = context.anchor - context.days * DAY_MS;
  for (const point of plan) {
    const token = demoToken(context.secret, point.riskPointId);
    items.push(itemOf(riskPoint.put(pointItem(enterprise, point, token))));
    const issuedAt = new Date(point.createdAt).toISOString();
    items.push(itemOf(riskPointCode.put({ token, riskPointId: point.riskPointId, issuedAt })));
    counts.points += 1;
    if (!context.scans) continue;
    for (const [index, planned] of point.scans.entries()) {
      if (planned.at < from) continue;
      const written = scanItems(enterprise, point, planned, index + 1, { anchor: context.anchor, reviewer });
      items.push(itemOf(scan.put(written.scan)));
      scans.push(written.scan);
      counts.scans += 1;
      if (written.hazard) {
        items.push(itemOf(hazard.put(written.hazard)));
        counts.hazards += 1;
      }
    }
  }
  const counters = counterItems(scans);
  counts.counters += counters.length;
  items.push(...counters);
  return items;
}
