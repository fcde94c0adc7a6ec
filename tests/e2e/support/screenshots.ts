import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * Where a test file's screenshots go. `E2E_SCREENSHOTS=<folder>` keeps them for a person to look at;
 * otherwise they go to a temp folder removed after the file (taking them still proves each page renders).
 * Call it at the top of the file, so that its clean-up belongs to the file.
 */
export function screenshotFolder(name: string): string {
  const kept = process.env.E2E_SCREENSHOTS;
  if (kept) {
    console.info(`e2e screenshots (${name}): ${kept}`);
    return kept;
  }
  const folder = mkdtempSync(join(tmpdir(), `changan-e2e-${name}-`));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}
