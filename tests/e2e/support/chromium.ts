import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Where we look for a browser: `CHROMIUM_PATH`, then Debian's and Ubuntu's packages. */
export const chromiumCandidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter((path): path is string => Boolean(path));

export const chromiumPath = chromiumCandidates.find((path) => existsSync(path));

/** Quiet, offline-friendly flags: no sandbox (containers run as root), no GPU, no background traffic. */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface E2eBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The browser's time zone, e.g. to show that the console does not depend on it. @default 'Asia/Shanghai' */
  timezoneId?: string;
}

/** A headless Chromium with a fresh profile in a temp folder, removed again on close. */
export async function launchChromium(
  executablePath: string,
  options: LaunchOptions = {},
): Promise<E2eBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'changan-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: chromiumArgs,
    locale: 'zh-CN',
    timezoneId: options.timezoneId ?? 'Asia/Shanghai',
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
