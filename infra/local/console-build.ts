import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '#infra/bundle';

export const consoleDist = join(repoRoot, 'admin', 'dist');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when admin/dist is missing or older than any console source file. */
export function consoleIsStale(): boolean {
  const index = join(consoleDist, 'index.html');
  if (!existsSync(index)) return true;
  return newestMtime(join(repoRoot, 'admin')) > statSync(index).mtimeMs;
}

/**
 * Builds the console and phone pages with Vite when they are missing or stale. Always a production build: under
 * a test runner NODE_ENV is `test`, and Vite would then bundle React's development build, which users never get.
 */
export async function buildConsoleIfStale(log: (line: string) => void): Promise<boolean> {
  if (!consoleIsStale()) return false;
  log('building the console (admin/dist is missing or stale)…');
  const { build } = await import('vite');
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(repoRoot, 'admin', 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return true;
}
