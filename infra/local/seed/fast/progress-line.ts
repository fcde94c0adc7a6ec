/** Where the city writer is: the phase, items written so far, the rate, and the time left (by the phase's units). */
export interface CityProgress {
  phase: string;
  /** Items written since the start (every phase). */
  written: number;
  itemsPerSecond: number;
  /** The phase's own units done and in all (enterprises in the main phase). */
  done: number;
  total: number;
  /** Seconds left, estimated from the main phase's pace; undefined before it has any. */
  etaSeconds: number | undefined;
}

const clock = (seconds: number | undefined) => {
  if (seconds === undefined || !Number.isFinite(seconds)) return '--:--';
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export const progressText = (p: CityProgress) =>
  `${p.phase} ${p.done}/${p.total} · 已写 ${p.written.toLocaleString('en-US')} 条 · ${Math.round(p.itemsPerSecond).toLocaleString('en-US')} 条/s · 剩余 ${clock(p.etaSeconds)}`;

/**
 * One progress line: redrawn in place on a terminal (at most 4 times a second), a line every 15 s otherwise
 * (logs, pipes, a background seed's `log`).
 */
export function progressLine(options: { stream?: NodeJS.WriteStream; log?: (line: string) => void } = {}) {
  const stream = options.stream ?? process.stderr;
  const inPlace = !options.log && stream.isTTY;
  let last = 0;
  let width = 0;
  return {
    update(progress: CityProgress, force = false) {
      const now = performance.now();
      if (!force && now - last < (inPlace ? 250 : 15_000)) return;
      last = now;
      const text = progressText(progress);
      if (options.log) options.log(text);
      else if (inPlace) {
        stream.write(`\r${text.padEnd(width)}`);
        width = text.length;
      } else stream.write(`${text}\n`);
    },
    done(progress: CityProgress) {
      this.update(progress, true);
      if (inPlace) stream.write('\n');
    },
  };
}
