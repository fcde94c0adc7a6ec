import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type LocalStack, startLocalStack } from '#infra/local/stack';
import {
  chromiumCandidates,
  chromiumPath,
  type E2eBrowser,
  type LaunchOptions,
  launchChromium,
} from './chromium';
import { ensureConsoleBuilt } from './console-dist';
import { watchForProblems } from './problems';
import { seedTemplate } from './seed-templates';

export interface SeededConsole {
  stack: LocalStack;
  browser: E2eBrowser;
  page: Page;
  /** Errors the page reports by itself (see watchForProblems). */
  problems: string[];
  demoPassword: string;
}

/**
 * A built console on a local stack with a small demo city, and a watched page in Chromium; `agencies` adds the
 * demo agencies and their year of scoring (and the `agency.demo` account).
 */
export async function startSeededConsole(
  options: LaunchOptions = {},
  seed: { agencies?: boolean } = {},
): Promise<SeededConsole> {
  if (!chromiumPath)
    throw new Error(`E2E_REQUIRED=1 but no Chromium was found at ${chromiumCandidates.join(', ')}`);
  await ensureConsoleBuilt();
  // A copy of the run's seeded city (built once, seed-templates.ts): a fresh world for this file, ≈ 20 s less.
  const dataDir = mkdtempSync(join(tmpdir(), 'changan-e2e-data-'));
  cpSync(await seedTemplate(seed.agencies ? 'agencies' : 'city'), dataDir, { recursive: true });
  const started = await startLocalStack({ port: 0, dataDir });
  const stack: LocalStack = {
    ...started,
    stop: async () => {
      await started.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  const { DEMO_PASSWORD } = await import('#infra/local/seed/seed-city');
  const browser = await launchChromium(chromiumPath, options);
  const page = await browser.context.newPage();
  return { stack, browser, page, problems: watchForProblems(page), demoPassword: DEMO_PASSWORD };
}
