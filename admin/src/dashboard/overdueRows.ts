import type { OverdueRow } from '#functions/metrics/schemas';
import { districtName } from '#functions/platform/districts';
import { percentText } from './format';
import { breaches, type Thresholds } from './thresholds';

const levels = ['red', 'orange', 'yellow', 'blue'] as const;

/** `3 / 12`: a level's overdue points of its active ones. */
const share = (figures: { active: number; overdue: number }) => `${figures.overdue} / ${figures.active}`;

/** An enterprise's name, or its id where the snapshot does not know it. */
export const enterpriseName = (row: OverdueRow) => row.name ?? row.id;

/** The enterprises with overdue red or orange points, worst first as the API sorts them (none overdue: left out). */
export const worstRows = (rows: readonly OverdueRow[]) => rows.filter((row) => row.overdueSevere > 0);

/** 逾期重大/较大风险点最多的企业 as exported: rank, enterprise, district, red, orange, all overdue, rate. */
export function worstSheet(rows: readonly OverdueRow[]) {
  return {
    header: [
      '排名',
      '企业',
      '辖市（区）',
      '逾期重大风险点',
      '逾期较大风险点',
      '逾期 / 在用风险点',
      '风险逾期率',
    ],
    rows: worstRows(rows).map((row, index) => [
      index + 1,
      enterpriseName(row),
      districtName(row.districtId ?? '') ?? '',
      row.figures.red.overdue,
      row.figures.orange.overdue,
      share(row.figures.total),
      percentText(row.figures.total.rate),
    ]),
  };
}

/** One enterprise's overdue figures by level for the town officer's table: `overdue / active` per level. */
export function enterpriseOverdueCells(row: OverdueRow, thresholds: Thresholds) {
  return {
    levels: levels.map((level) => share(row.figures[level])),
    total: share(row.figures.total),
    rate: percentText(row.figures.total.rate),
    alarm: breaches('overdueRate', row.figures.total.rate, thresholds),
  };
}

/** The town's (or grid's) enterprises as exported, in the table's columns. */
export function enterpriseOverdueSheet(rows: readonly OverdueRow[], thresholds: Thresholds) {
  return {
    header: [
      '企业',
      '重大（逾期 / 在用）',
      '较大（逾期 / 在用）',
      '一般（逾期 / 在用）',
      '低（逾期 / 在用）',
      '合计（逾期 / 在用）',
      '风险逾期率',
      '超出警戒',
    ],
    rows: rows.map((row) => {
      const cells = enterpriseOverdueCells(row, thresholds);
      return [enterpriseName(row), ...cells.levels, cells.total, cells.rate, cells.alarm ? '是' : '否'];
    }),
  };
}
