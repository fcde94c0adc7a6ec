import type { PeriodCounts, PeriodFigures, PeriodRow } from '#functions/metrics/schemas-period';
import { periodFigureKeys } from '#functions/metrics/schemas-period';

/**
 * An enterprise row as a short array (≈ 200 bytes of JSON instead of ≈ 900): a city's 32,742 rows are a few MB
 * a night. Enterprise rows have no ranks, previous or change, and no daily mean, so nothing else is lost.
 */
const countKeys = [
  'enterprises',
  'usingEnterprises',
  'principalEnterprises',
  'scans',
  'lateScans',
  'selfFoundHazards',
  'hazardsDue',
  'hazardsOnTime',
  'overduePointsEnd',
  'activePointsEnd',
  'snapshotDays',
] as const;
const levelKeys = ['red', 'orange', 'yellow', 'blue', 'total'] as const;

export type PackedRow = [string, string | null, string | null, (number | null)[], number[], number[]];

export function packRow(row: PeriodRow): PackedRow {
  return [
    row.id,
    row.townId,
    row.name,
    periodFigureKeys.map((key) => row.figures[key]),
    countKeys.map((key) => row.counts[key]),
    levelKeys.map((key) => row.counts.riskPoints[key]),
  ];
}

export function unpackRow(
  [id, townId, name, figures, counts, levels]: PackedRow,
  districtId: string,
): PeriodRow {
  const riskPoints = Object.fromEntries(
    levelKeys.map((key, i) => [key, levels[i] ?? 0]),
  ) as PeriodCounts['riskPoints'];
  const plain = Object.fromEntries(countKeys.map((key, i) => [key, counts[i] ?? 0]));
  const firms = plain.enterprises ?? 0;
  const perFirm = firms
    ? (Object.fromEntries(
        levelKeys.map((key) => [key, riskPoints[key] / firms]),
      ) as PeriodCounts['riskPoints'])
    : null;
  return {
    level: 'enterprise',
    id,
    name,
    districtId,
    townId,
    figures: Object.fromEntries(periodFigureKeys.map((key, i) => [key, figures[i] ?? null])) as PeriodFigures,
    counts: {
      ...(plain as Omit<PeriodCounts, 'riskPoints' | 'riskPointsPerEnterprise'>),
      riskPoints,
      riskPointsPerEnterprise: perFirm,
    },
    ranks: null,
    previous: null,
    change: null,
  };
}
