import type { Page } from 'playwright-core';

/** Problems the page reports by itself: uncaught errors, console errors, and messages missing a translation. */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || text.includes('Missing translation'))
      problems.push(`${message.type()}: ${text}`);
  });
  return problems;
}
