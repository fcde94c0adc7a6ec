/**
 * A terminal progress bar: redrawn in place on a terminal, one line per 10% otherwise (CI logs, pipes).
 */
export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  let lastDecile = -1;
  const render = (done: number) => {
    const ratio = total === 0 ? 1 : Math.min(1, done / total);
    const width = 30;
    const filled = Math.round(ratio * width);
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(ratio * 100)}% ${done}/${total} (${rate}/s)`;
  };
  return {
    update(done: number) {
      if (stream.isTTY) {
        stream.write(`\r${render(done)}`);
        return;
      }
      const decile = Math.floor((total === 0 ? 1 : done / total) * 10);
      if (decile > lastDecile) {
        lastDecile = decile;
        stream.write(`${render(done)}\n`);
      }
    },
    done() {
      if (stream.isTTY) stream.write(`\r${render(total)}\n`);
      else if (lastDecile < 10) stream.write(`${render(total)}\n`);
    },
  };
}
