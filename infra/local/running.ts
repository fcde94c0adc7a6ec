import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '#infra/bundle';

export const dataDir = join(repoRoot, '.data');
const markerFile = join(dataDir, 'running.json');

export interface RunningStack {
  pid: number;
  url: string;
  dynamo: string;
  s3: string;
}

/** `npm start` leaves this marker so that `npm run job` uses its emulators instead of a second LevelDB lock. */
export function markRunning(stack: RunningStack): void {
  writeFileSync(markerFile, JSON.stringify(stack));
}

export function clearRunning(): void {
  rmSync(markerFile, { force: true });
}

export function findRunning(): RunningStack | undefined {
  if (!existsSync(markerFile)) return undefined;
  const stack = JSON.parse(readFileSync(markerFile, 'utf8')) as RunningStack;
  try {
    process.kill(stack.pid, 0); // signal 0 only checks that the process exists
    return stack;
  } catch {
    return undefined;
  }
}
