/** What other capabilities may use of metrics: the overdue figures' shape (the jobs and routes are its own). */
export type { OverdueByLevel, OverdueFigures, OverdueRow } from '#functions/metrics/schemas';
