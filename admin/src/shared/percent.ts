/** A progress bar's value: `done` of `total` in percent, at most 100, 0 while the total is unknown. */
export const percent = (done: number, total: number): number =>
  total > 0 ? Math.min(100, (done / total) * 100) : 0;
