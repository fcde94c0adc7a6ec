import type { EnterpriseInput } from '#functions/enterprises/schemas/enterprises';
import type { DistrictId } from '#functions/platform/districts';
import type { DemoTown } from './generate';

/** The seed report's city: the enterprises `--scale 16.4` builds (seed-city.ts, REPORT_CITY). */
const REPORT_ENTERPRISES = 32_742;

/**
 * Active enterprises outside any grid (网格外) per district in the seed report's city: 新北 267, 经开 210, 金坛
 * 159, 溧阳 133 (一（二）) and, for "800+", a few dozen in the other three — 817 in all.
 */
export const outsideGridAtReportScale: Record<DistrictId, number> = {
  xinbei: 267,
  jingkai: 210,
  jintan: 159,
  liyang: 133,
  wujin: 24,
  tianning: 12,
  zhonglou: 12,
};

/** District D's outside count in a city of `cityTotal` enterprises: scaled, and at least one in every district. */
export const outsideGridTarget = (districtId: DistrictId, cityTotal: number) =>
  Math.max(1, Math.round((outsideGridAtReportScale[districtId] * cityTotal) / REPORT_ENTERPRISES));

/** A stable number from a credit code (FNV-1a): picks a grid without touching the seed's random sequence. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return hash;
}

/**
 * Settles which of one district's generated enterprises lie outside the grid, exactly `outsideGridTarget`
 * of them, all active (a closed enterprise is never counted outside, so the coverage page shows the figure):
 * the first active ones in credit-code order (codes are random, so they spread over the towns) go outside, every
 * other one into a grid of its town — the one it drew, or one picked by its code's hash. It runs after the
 * whole district was drawn and draws nothing itself, so every other field of the city stays as it was.
 */
export function settleOutsideGrid(
  inputs: readonly EnterpriseInput[],
  towns: readonly DemoTown[],
  districtId: DistrictId,
  cityTotal: number,
): void {
  const gridsOf = new Map(towns.map((town) => [town.id, town.gridIds]));
  const outside = new Set(
    inputs
      .filter((input) => input.status !== '关闭' && (gridsOf.get(input.townId)?.length ?? 0) > 0)
      .sort((a, b) => (a.creditCode < b.creditCode ? -1 : 1))
      .slice(0, outsideGridTarget(districtId, cityTotal)),
  );
  for (const input of inputs) {
    const grids = gridsOf.get(input.townId) ?? [];
    if (outside.has(input) || grids.length === 0) input.gridId = null;
    else if (!input.gridId) input.gridId = grids[hashOf(input.creditCode) % grids.length] ?? null;
  }
}
