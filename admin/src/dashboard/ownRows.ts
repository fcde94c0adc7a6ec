import type { Hazard } from '#functions/hazards/schemas';
import { businessDay } from '#functions/platform/clock';
import type { RiskPoint } from '#functions/risk-points/schemas';
import { hazardsZh } from '../hazards/i18n.zh';
import { riskPointsZh } from '../risk-points/i18n.zh';
import { beijingDateTime } from '../shared/beijingTime';

const DAY_MS = 86_400_000;

/** Whole days a point has been overdue at `now` (0 on its first overdue day). */
export const overdueDays = (point: Pick<RiskPoint, 'nextDueAt'>, now: Date): number =>
  Math.max(0, Math.floor((now.getTime() - Date.parse(point.nextDueAt)) / DAY_MS));

/** The most urgent first: red before orange before …, then the longest overdue. */
const levelOrder = { red: 0, orange: 1, yellow: 2, blue: 3 } as const;
export const byUrgency = (points: readonly RiskPoint[]) =>
  [...points].sort(
    (a, b) => levelOrder[a.level] - levelOrder[b.level] || Date.parse(a.nextDueAt) - Date.parse(b.nextDueAt),
  );

/** 本企业逾期风险点 as exported: level, point, location, due since (Beijing time), days overdue, last scan. */
export function overduePointsSheet(points: readonly RiskPoint[], now: Date) {
  const level = riskPointsZh.app.riskPoint.level;
  return {
    header: ['风险等级', '风险点', '位置', '应检时间（北京时间）', '已逾期天数', '最近扫码（北京时间）'],
    rows: byUrgency(points).map((point) => [
      level[point.level],
      point.name,
      point.location,
      beijingDateTime(point.nextDueAt),
      overdueDays(point, now),
      point.lastScanAt ? beijingDateTime(point.lastScanAt) : '从未扫码',
    ]),
  };
}

/** The Beijing day a hazard must be rectified by (its deadline is that day's last instant). */
export const deadlineDay = (hazard: Pick<Hazard, 'deadline'>) => businessDay(new Date(hazard.deadline));

/** 本企业待整改隐患 as exported: level, description, risk point, deadline, past it or not, found at. */
export function openHazardsSheet(hazards: readonly Hazard[]) {
  const names = hazardsZh.app.hazard;
  return {
    header: ['隐患等级', '隐患描述', '风险点', '整改期限', '是否超期', '发现时间（北京时间）'],
    rows: hazards.map((hazard) => [
      names.level[hazard.level],
      hazard.description,
      hazard.riskPointName ?? '',
      deadlineDay(hazard),
      hazard.pastDeadline ? '已超期' : '未超期',
      beijingDateTime(hazard.createdAt),
    ]),
  };
}
