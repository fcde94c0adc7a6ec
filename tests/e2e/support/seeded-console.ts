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
  const stack = await startLocalStack({ port: 0 });
  const { seedDemoCity, DEMO_PASSWORD } = await import('#infra/local/seed/seed-city');
  await seedDemoCity({ scale: 0.05 });
  if (seed.agencies) await (await import('#infra/local/seed/agency-run')).seedAgencyData();
  const browser = await launchChromium(chromiumPath, options);
  const page = await browser.context.newPage();
  return { stack, browser, page, problems: watchForProblems(page), demoPassword: DEMO_PASSWORD };
}
