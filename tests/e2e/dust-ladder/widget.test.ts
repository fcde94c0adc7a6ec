import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DustSource, SourceSite } from '#functions/dust-ladder/store/source-types';
import { pinClock } from '#functions/platform/clock';
import { readXlsx } from '#functions/platform/files/xlsx-reader';
import { type LocalStack, startLocalStack } from '#infra/local/stack';
import { createUserDirect, signedIn, TEST_PASSWORD } from '#tests/fixtures/auth';
import { callApi } from '#tests/fixtures/local-stack';
import { chromiumCandidates, chromiumPath, type E2eBrowser, launchChromium } from '../support/chromium';
import { ensureConsoleBuilt } from '../support/console-dist';
import { loginThroughForm } from '../support/console-login';
import { watchForProblems } from '../support/problems';
import { countApiRequests, englishOnPage, settled } from '../system/screens';

const required = process.env.E2E_REQUIRED === '1';
/** Beijing 2026-12-02 18:05, the rate job's run after the ladder; yesterday's rows written at its midnight run. */
const AT = new Date('2026-12-02T10:05:00.000Z');
const YESTERDAY_END = new Date('2026-12-01T16:05:00.000Z');

let townId = '';
const site = (n: number, last?: string): SourceSite => ({
  siteId: `s${n}`,
  enterpriseId: `e${n}`,
  districtId: 'wujin',
  townId,
  name: ['抛光车间', '打磨间', '喷粉房'][n] ?? `场所${n}`,
  location: `${n + 1}号厂房`,
  contactPhone: '13800000000',
  createdAt: '2026-11-01T00:00:00.000Z',
  ...(last ? { lastSatisfiedDay: last } : {}),
});

describe.skipIf(!chromiumPath && !required)('the dust upload-rate widget', () => {
  let stack: LocalStack;
  let browser: E2eBrowser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    if (!chromiumPath) throw new Error(`E2E_REQUIRED=1 but no Chromium at ${chromiumCandidates.join(', ')}`);
    await ensureConsoleBuilt();
    stack = await startLocalStack({ port: 0 });
    const admin = await signedIn(stack, { role: 'cityAdmin' });
    const town = await callApi(stack, '/api/towns', {
      method: 'POST',
      headers: admin.headers,
      body: JSON.stringify({ districtId: 'wujin', name: '湖塘镇' }),
    });
    townId = (town.body as { id: string }).id;
    const { writeRateSnapshot } = await import('#functions/dust-ladder/jobs/rate');
    // 12-01: all three uploaded; 12-02 so far: two of three (s1 not yet)
    let sites = [site(0, '2026-12-01'), site(1, '2026-12-01'), site(2, '2026-12-01')];
    const source: DustSource = {
      activeDustSites: async function* () {
        yield sites;
      },
      siteDays: async () => [],
    };
    await writeRateSnapshot(YESTERDAY_END, source);
    sites = [site(0, '2026-12-02'), site(1, '2026-12-01'), site(2, '2026-12-02')];
    await writeRateSnapshot(AT, source);
    pinClock(AT);
    const city = await createUserDirect({ role: 'cityAdmin', name: '市管理员' });
    browser = await launchChromium(chromiumPath);
    await browser.context.clock.install({ time: AT });
    page = await browser.context.newPage();
    // `settled` waits for the page's API requests in flight: without this counter it saw the page busy for
    // its whole 10 s deadline on every call, and went on at the deadline whether or not the page had settled.
    await page.addInitScript(countApiRequests);
    problems = watchForProblems(page);
    await loginThroughForm(page, stack.url, city.username, TEST_PASSWORD);
    await page.getByTestId('dust-rate-today').waitFor({ timeout: 20_000 });
    await settled(page);
  }, 240_000);

  afterAll(async () => {
    pinClock(null);
    await browser?.close();
    await stack?.stop();
  });

  it('shows today’s rate, the site not yet uploaded and the trend, in Chinese', async () => {
    // Assess
    expect(await page.getByTestId('dust-rate-today').textContent()).toBe('66.7%');
    const widget = (await page.getByTestId('dust-rate-widget').textContent()) ?? '';
    expect(widget).toContain('已上报 2 / 3 个场所');
    expect(widget).toContain('今日尚未上报的场所（1 个）');
    expect(await page.getByTestId('dust-missing').locator('li').allTextContents()).toEqual([
      '打磨间湖塘镇 · 2号厂房',
    ]);
    await page.getByTestId('dust-trend').locator('svg').first().waitFor();
    expect(widget).toContain('期间均值 83.3%');
    expect(await englishOnPage(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('exports the sites not uploaded as XLSX with Chinese headers', async () => {
    // Act
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('dust-rate-widget').getByTestId('widget-export').click(),
    ]);
    const rows = readXlsx(new Uint8Array(await readFile((await download.path()) ?? ''))).map(
      (row) => row.cells,
    );

    // Assess
    expect(download.suggestedFilename()).toBe('未上报粉尘场所-2026-12-02.xlsx');
    expect(rows).toEqual([
      ['场所', '位置', '辖市（区）', '镇街', '企业编号'],
      ['打磨间', '2号厂房', '武进区', '湖塘镇', 'e1'],
    ]);
  });

  it('fits a phone’s 375 px without the page scrolling sideways', async () => {
    // Act
    await page.setViewportSize({ width: 375, height: 667 });
    await page.reload();
    await page.getByTestId('dust-rate-today').waitFor({ timeout: 20_000 });
    await settled(page);

    // Assess
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
