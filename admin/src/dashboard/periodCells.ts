import type { PeriodFigures, PeriodRow, PeriodThresholds } from '#functions/metrics/schemas-period';
import {
  type ChangeWords,
  changeText,
  changeWordsZh,
  type FigureKind,
  percentText,
  perEnterpriseText,
  ratioText,
} from './format';
import { breaches, type Thresholds } from './thresholds';

type FigureKey = keyof PeriodFigures;
type Level = 'red' | 'orange' | 'yellow' | 'blue';

/** One column of the period table: a ranked figure, or a risk level's points per enterprise (not ranked). */
export type PeriodColumn =
  | { key: FigureKey; kind: FigureKind; watch?: 'overdueRate' | 'participationRate' }
  | { key: `riskPoints.${Level}`; kind: 'perEnterprise'; level: Level };

/** Every metric of the quarter, in the order of the seed report's tables. */
export const periodColumns: readonly PeriodColumn[] = [
  { key: 'codeUsageRate', kind: 'rate' },
  { key: 'participationRate', kind: 'rate', watch: 'participationRate' },
  { key: 'riskPointsPerEnterprise', kind: 'perEnterprise' },
  ...(['red', 'orange', 'yellow', 'blue'] as const).map(
    (level) => ({ key: `riskPoints.${level}`, kind: 'perEnterprise', level }) as const,
  ),
  { key: 'selfFoundPerEnterprise', kind: 'perEnterprise' },
  { key: 'onTimeRate', kind: 'rate' },
  { key: 'openPastDeadline', kind: 'count' },
  { key: 'overdueRateEnd', kind: 'rate', watch: 'overdueRate' },
  { key: 'overdueRateMean', kind: 'rate', watch: 'overdueRate' },
];

/** Rank 1 is the best: fewer overdue points and open hazards, more of everything else (as the API ranks). */
const lowerIsBetter: ReadonlySet<FigureKey> = new Set([
  'overdueRateEnd',
  'overdueRateMean',
  'openPastDeadline',
]);

/**
 * Ranks of `rows` by one figure, for areas the API does not rank (a district's towns): 1 is best, ties share a
 * rank (1, 1, 3), an area without the figure has none.
 */
export function localRanks(rows: readonly PeriodRow[], key: FigureKey): Map<string, number> {
  const sign = lowerIsBetter.has(key) ? 1 : -1;
  const valued = rows.filter((row) => row.figures[key] !== null);
  const ranks = new Map<string, number>();
  for (const row of valued) {
    const own = row.figures[key] as number;
    ranks.set(row.id, 1 + valued.filter((other) => sign * ((other.figures[key] as number) - own) < 0).length);
  }
  return ranks;
}

/** One cell as the table and the export write it. */
export interface PeriodCell {
  text: string;
  /** Among the rows of the table; undefined for a column that is not ranked or the total row. */
  rank?: number | null;
  change?: string;
  /** The seed report's alarm line is crossed. */
  alarm: boolean;
  /** What a rate is made of, e.g. `12 / 15` hazards rectified on time of those due. */
  detail?: string;
}

const valueText = (kind: FigureKind, value: number | null | undefined) =>
  kind === 'rate'
    ? percentText(value)
    : kind === 'perEnterprise'
      ? perEnterpriseText(value)
      : String(value ?? '—');

/** The console's thresholds from the API's (configured on the server), or the seed's when it sends none. */
export const thresholdsOf = (sent: PeriodThresholds | undefined, fallback: Thresholds): Thresholds =>
  sent ? { overdueRateAbove: sent.overdueRate, participationBelow: sent.participationRate } : fallback;

/**
 * The cells of one area's row. `ranks` are the API's (district rows) or `localRanks` of the table; `ranked`
 * false leaves ranks out (the total row).
 */
export function periodCells(
  row: PeriodRow,
  thresholds: Thresholds,
  rankOf: (key: FigureKey) => number | null | undefined,
  words: ChangeWords = changeWordsZh,
): PeriodCell[] {
  return periodColumns.map((column) => {
    if ('level' in column) {
      const value = row.counts.riskPointsPerEnterprise?.[column.level];
      return { text: perEnterpriseText(value), alarm: false };
    }
    const value = row.figures[column.key];
    return {
      text: valueText(column.kind, value),
      rank: rankOf(column.key),
      change: changeText(row.change?.[column.key], column.kind, words),
      alarm: column.watch ? breaches(column.watch, value, thresholds) : false,
      ...(column.key === 'onTimeRate'
        ? { detail: ratioText(row.counts.hazardsOnTime, row.counts.hazardsDue) }
        : {}),
    };
  });
}

/** How a row's ranks are found: the API's when it ranked the row, else among the table's rows. */
export function rankerFor(rows: readonly PeriodRow[]) {
  const local = new Map<FigureKey, Map<string, number>>();
  return (row: PeriodRow) => (key: FigureKey) => {
    if (row.ranks) return row.ranks[key];
    if (!local.has(key)) local.set(key, localRanks(rows, key));
    return local.get(key)?.get(row.id) ?? null;
  };
}

/** Chinese column names of the export (the file is Chinese whatever the console's language). */
export function periodSheet(
  rows: readonly PeriodRow[],
  total: PeriodRow | undefined,
  thresholds: Thresholds,
  labels: { area: string; column: (key: string) => string; nameOf: (row: PeriodRow) => string },
) {
  const header = [labels.area];
  for (const column of periodColumns) {
    const label = labels.column(column.key);
    header.push(label);
    if ('level' in column) continue;
    if (column.key === 'onTimeRate') header.push('按期整改 / 到期');
    header.push(`${label}排名`, `${label}较上季度`, ...(column.watch ? [`${label}超出警戒`] : []));
  }
  const rank = rankerFor(rows);
  const line = (row: PeriodRow, ranked: boolean) => {
    const cells = periodCells(row, thresholds, ranked ? rank(row) : () => undefined);
    const out: (string | number)[] = [labels.nameOf(row)];
    periodColumns.forEach((column, index) => {
      const cell = cells[index] as PeriodCell;
      out.push(cell.text);
      if ('level' in column) return;
      if (column.key === 'onTimeRate') out.push(cell.detail ?? '');
      out.push(cell.rank ?? '—', cell.change ?? '—', ...(column.watch ? [cell.alarm ? '是' : '否'] : []));
    });
    return out;
  };
  return { header, rows: [...rows.map((row) => line(row, true)), ...(total ? [line(total, false)] : [])] };
}
