/** Grid coverage (网格覆盖率): the share of an area's enterprises inside a grid, `87.5%`; `—` with none. */
export function coverageText(counts: { total: number; inGrid: number }): string {
  if (counts.total === 0) return '—';
  return `${((counts.inGrid / counts.total) * 100).toFixed(1)}%`;
}

/** The same share as 0–100, for a progress bar. */
export function coveragePercent(counts: { total: number; inGrid: number }): number {
  return counts.total === 0 ? 0 : (counts.inGrid / counts.total) * 100;
}
