import { districtName, districts } from '#functions/platform/districts';

/** How often the coverage job recounts (the same rhythm as the dashboard's stats). */
export const COVERAGE_REFRESH_MINUTES = 10;
export const coverageCron = `*/${COVERAGE_REFRESH_MINUTES} * * * *`;

/** The refresh slot of `at` (UTC minutes), e.g. `2026-12-01T02:10`: one job run per slot. */
export function coverageSlot(at: Date): string {
  const slotMs = COVERAGE_REFRESH_MINUTES * 60_000;
  return new Date(Math.floor(at.getTime() / slotMs) * slotMs).toISOString().slice(0, 16);
}

/** An enterprise as the coverage count reads it (the enterprises' census row). */
export interface CoverageCensusRow {
  townId: string;
  gridId?: string;
  status: string;
}

/** Active enterprises of an area: all, inside a grid, outside (网格外). */
export interface CoverageCounts {
  total: number;
  inGrid: number;
  outside: number;
}

export interface TownCoverage extends CoverageCounts {
  townId: string;
  townName: string;
}

export interface DistrictCoverage extends CoverageCounts {
  districtId: string;
  districtName: string;
  towns: TownCoverage[];
}

/** A registered active enterprise is one that is not 关闭 (decisions.md); only those need a grid. */
export const isActive = (status: string) => status !== '关闭';

const zero = (): CoverageCounts => ({ total: 0, inGrid: 0, outside: 0 });

function add(counts: CoverageCounts, row: CoverageCensusRow) {
  counts.total += 1;
  if (row.gridId) counts.inGrid += 1;
  else counts.outside += 1;
}

/**
 * One district's coverage from its census: the active enterprises per town (towns by name, an id the directory
 * does not know shown as it is) and their sum. Pure: the job and the assignment worker both call it.
 */
export function tallyDistrict(
  districtId: string,
  rows: readonly CoverageCensusRow[],
  townName: (townId: string) => string | undefined,
): DistrictCoverage {
  const towns = new Map<string, CoverageCounts>();
  const sum = zero();
  for (const row of rows) {
    if (!isActive(row.status)) continue;
    let town = towns.get(row.townId);
    if (!town) {
      town = zero();
      towns.set(row.townId, town);
    }
    add(town, row);
    add(sum, row);
  }
  const named = [...towns].map(([townId, counts]) => ({
    townId,
    townName: townName(townId) ?? townId,
    ...counts,
  }));
  named.sort((a, b) => a.townName.localeCompare(b.townName, 'zh-CN') || a.townId.localeCompare(b.townId));
  return { districtId, districtName: districtName(districtId) ?? districtId, ...sum, towns: named };
}

/** Coverage in percent with two decimals (83.93), null for an area without active enterprises. */
export function coveragePercent(counts: CoverageCounts): number | null {
  if (counts.total === 0) return null;
  return Math.round((counts.inGrid / counts.total) * 10_000) / 100;
}

/** The 7 districts in their fixed order (platform/districts.ts). */
export const districtOrder = districts.map((district) => district.id as string);
