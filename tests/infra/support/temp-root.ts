import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder every infra test's apps, bundles and cloud assemblies live under; removed after the run. */
    infraTempRoot: string;
  }
}

/**
 * The infra project's global setup: one temp folder for the whole run, removed when it ends. The test process
 * cannot do it itself: vitest ends its workers without the `exit` event, which left a folder per app behind.
 */
export default function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'changan-infra-'));
  project.provide('infraTempRoot', root);
  return () => rmSync(root, { recursive: true, force: true });
}
