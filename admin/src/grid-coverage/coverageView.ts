import { percent } from '../shared/percent';
import type { AssignmentView, Coverage } from './coverageApi';

/** 83.93%, or — for an area without active enterprises. */
export const coverageText = (coverage: number | null): string =>
  coverage === null ? '—' : `${coverage.toFixed(2)}%`;

export interface CoverageRow {
  id: string;
  name: string;
  total: number;
  inGrid: number;
  outside: number;
  coverage: number | null;
}

/**
 * The widget's rows: the districts for the city (all 7, in their order), the towns of a district admin's or a
 * town officer's district (towns with no active enterprise are not in the snapshot).
 */
export function coverageRows(coverage: Coverage): CoverageRow[] {
  if (coverage.districts.length > 1)
    return coverage.districts.map((d) => ({ ...d, id: d.districtId, name: d.districtName }));
  return (coverage.districts[0]?.towns ?? []).map((t) => ({ ...t, id: t.townId, name: t.townName }));
}

/** The progress bar of an assignment: enterprises counted of its total, in percent. */
export const assignmentPercent = (task: Pick<AssignmentView, 'processed' | 'total'>) =>
  percent(task.processed, task.total);

/** What the dialog says when the task has ended: the Chinese sentence's numbers. */
export function assignmentOutcome(task: AssignmentView) {
  return { assigned: task.assigned, already: task.already, skipped: task.skipped, grid: task.gridName };
}
