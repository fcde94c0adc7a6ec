import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of this run's seeded stack templates (tests/e2e/support/seed-templates.ts). */
    seedTemplates: string;
  }
}

/** One folder per run for the seeded templates the browser tests copy; removed when the run ends. */
export default function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'changan-e2e-seeds-'));
  project.provide('seedTemplates', root);
  return () => rmSync(root, { recursive: true, force: true });
}
