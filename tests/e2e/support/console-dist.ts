import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const adminDir = fileURLToPath(new URL('../../../admin/', import.meta.url));
const distIndex = join(adminDir, 'dist', 'index.html');

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds admin/dist with Vite when it is missing or older than its sources, so the browser sees this code. */
export async function ensureConsoleBuilt(): Promise<void> {
  if (existsSync(distIndex) && statSync(distIndex).mtimeMs >= newestSourceMtime(adminDir)) return;
  const { build } = await import('vite');
  await build({ configFile: join(adminDir, 'vite.config.ts'), logLevel: 'warn' });
}
