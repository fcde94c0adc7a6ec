import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from '#functions/platform/clock';
import { readXlsx } from '#functions/platform/files/xlsx-reader';
import { type LocalStack, startLocalStack } from '#infra/local/stack';
import { createUserDirect, TEST_PASSWORD } from '#tests/fixtures/auth';
import {
  buildMetricsDataset,
  type MetricsDataset,
  pinnedInstants,
  runMetricsJobsAt,
} from '#tests/fixtures/metrics-dataset';
import { chromiumCandidates, chromiumPath, type E2eBrowser, launchChromium } from '../support/chromium';
import { ensureConsoleBuilt } from '../support/console-dist';
import { leaveSession, loginThroughForm } from '../support/console-login';
import { watchForProblems } from '../support/problems';
import { screenshotFolder } from '../support/screenshots';
import { countApiRequests, englishOnPage, settled } from '../system/screens';

const required = process.env.E2E_REQUIRED === '1';
const screenshotDir = screenshotFolder('dashboard');
/** Where the dataset leaves the API's clock (Beijing 12-02 00:00); the browser's clock starts there too. */
const PINNED_NOW = pinnedInstants[2].at;

/**
 * The dataset's figures at its third instant (tests/fixtures/metrics-dataset-expected.ts, worked out by hand),
 * as the table writes them, in its columns: 常安码使用率, 主要负责人参与率, 户均风险点, 户均重大/较大/一般/低风险,
 * 户均自查隐患, 按期整改率, 逾期未整改隐患, 期末风险逾期率, 日均风险逾期率. The per-level points per enterprise
 * come from the fixture's point table: 武进区 has E1–E3 (E6 is 关闭) with red a1 b1, orange a2 b2 c1, yellow
 * a3 c2, blue a4; 溧阳市 E4–E5 with red d1, yellow e1, blue d2.
 */
const shown = {
  city: ['80.0%', '75.0%', '2.20', '0.60', '0.60', '0.60', '0.40', '0.60', '50.0%', '1', '54.5%', '36.4%'],
  wujin: ['100.0%', '66.7%', '2.67', '0.67', '1.00', '0.67', '0.33', '1.00', '33.3%', '1', '62.5%', '37.5%'],
  liyang: [
    '50.0%',
    '100.0%',
    '1.50',
    '0.50',
    '0.00',
    '0.50',
    '0.50',
    '0.00',
    '100.0%',
    '0',
    '33.3%',
    '33.3%',
  ],
  A: ['100.0%', '100.0%', '3.00', '1.00', '1.00', '0.50', '0.50', '1.00', '50.0%', '0', '66.7%', '44.4%'],
  B: ['100.0%', '0.0%', '2.00', '0.00', '1.00', '1.00', '0.00', '1.00', '0.0%', '1', '50.0%', '16.7%'],
};
/** Cells over the alarm lines (overdue > 30 %, participation < 60 %), by column index as above. */
const alarms = { city: [10, 11], wujin: [10, 11], liyang: [10, 11], A: [10, 11], B: [1, 10] };

interface ShownRow {
  area: string;
  name: string;
  values: string[];
  alarms: number[];
  notes: string[];
}

/** The period table's rows as the page shows them: area id, name, values, alarm cells and the small notes. */
async function periodRows(page: Page, testId = 'period-row'): Promise<ShownRow[]> {
  return page.locator(`[data-testid="${testId}"]`).evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('td')];
      return {
        area: row.getAttribute('data-area') ?? '',
        name: row.querySelector('th')?.textContent ?? '',
        values: cells.map((cell) => cell.querySelector('[data-testid="period-value"]')?.textContent ?? ''),
        alarms: cells.flatMap((cell, index) => (cell.getAttribute('data-alarm') === 'true' ? [index] : [])),
        notes: cells.map((cell) => cell.querySelector('.MuiTypography-caption')?.textContent ?? ''),
      };
    }),
  );
}

describe.skipIf(!chromiumPath && !required)(
  'the dashboard with the metrics dataset, city and district',
  () => {
    let stack: LocalStack;
    let browser: E2eBrowser;
    let page: Page;
    let problems: string[];
    let dataset: MetricsDataset;
    let wujinAdmin: string;

    async function loginAs(username: string) {
      await leaveSession(page, stack.url);
      await loginThroughForm(page, stack.url, username, TEST_PASSWORD);
      await page.locator('[data-testid="period-row"]').first().waitFor({ timeout: 20_000 });
      await settled(page);
    }

    beforeAll(async () => {
      if (!chromiumPath)
        throw new Error(`E2E_REQUIRED=1 but no Chromium at ${chromiumCandidates.join(', ')}`);
      await ensureConsoleBuilt();
      stack = await startLocalStack({ port: 0 });
      dataset = await buildMetricsDataset(stack, async (_instant, at) => {
        await runMetricsJobsAt(stack, at);
      });
      wujinAdmin = (
        await createUserDirect({ role: 'districtAdmin', districtId: 'wujin', name: '武进区管理员' })
      ).username;
      browser = await launchChromium(chromiumPath);
      // The API's clock stays pinned at the dataset's last instant: the browser's starts there (sessions, quarter).
      await browser.context.clock.install({ time: new Date(PINNED_NOW) });
      page = await browser.context.newPage();
      // `settled` waits for the page's API requests in flight: without this counter it saw the page busy for
      // its whole 10 s deadline on every call, and went on at the deadline whether or not the page had settled.
      await page.addInitScript(countApiRequests);
      problems = watchForProblems(page);
    }, 240_000);

    afterAll(async () => {
      pinClock(null);
      await browser?.close();
      await stack?.stop();
    });

    it('shows the city every district’s quarter figures, ranks and alarms, the trend and the worst enterprises', async () => {
      // Act
      await loginAs(dataset.usernames.city);
      const rows = await periodRows(page);
      const [total] = await periodRows(page, 'period-total');
      const wujin = rows.find((row) => row.area === 'wujin');
      const liyang = rows.find((row) => row.area === 'liyang');
      await page.getByTestId('trend-chart').locator('svg').first().waitFor();

      // Assess
      expect(wujin).toMatchObject({ name: '武进区', values: shown.wujin, alarms: alarms.wujin });
      expect(liyang).toMatchObject({ name: '溧阳市', values: shown.liyang, alarms: alarms.liyang });
      expect(total).toMatchObject({ name: '全市', values: shown.city, alarms: alarms.city });
      // expectedRanks[3]: 武进区 1st in code usage, 2nd in participation, 1st in points per enterprise, …
      const of = rows.length;
      expect(wujin?.notes[0]).toContain(`第 1/${of}`);
      expect(wujin?.notes[1]).toContain(`第 2/${of}`);
      expect(liyang?.notes[1]).toContain(`第 1/${of}`);
      expect(liyang?.notes[10]).toContain(`第 1/${of}`);
      expect(wujin?.notes[8]).toBe(`1 / 3 · 第 2/${of}`); // on time of due, then the rank
      expect(await page.getByTestId('worst-row').allTextContents()).toEqual([
        '1指标测试E2有限公司武进区11',
        '2指标测试E1有限公司武进区01',
      ]);
      const legend = await page.getByTestId('trend-widget').textContent();
      expect(legend).toContain('武进区');
      expect(legend).toContain('溧阳市');
      expect(await englishOnPage(page)).toEqual([]);
      await page.screenshot({ path: join(screenshotDir, 'dashboard-city-1366.png'), fullPage: true });
      expect(problems).toEqual([]);
    });

    it('shows a widget’s error in Chinese with 重试, and the chart once the retry succeeds', async () => {
      // Prepare
      await page.route('**/api/metrics/trend**', (route) =>
        route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'UNAVAILABLE', message: '服务维护中' } }),
        }),
      );

      // Act
      await page.reload();
      const widget = page.getByTestId('trend-widget');
      const retry = widget.getByRole('button', { name: '重试' });
      await retry.waitFor();
      const errorText = await widget.textContent();
      await page.unroute('**/api/metrics/trend**');
      await retry.click();

      // Assess
      expect(errorText).toContain('服务维护中');
      await widget.locator('svg').first().waitFor();
      expect(await page.getByTestId('period-row').count()).toBeGreaterThan(0); // the other widgets stayed
      // The browser logs the refused request itself; that line is this test's doing, not a problem of the page.
      expect(problems.filter((line) => !line.includes('status of 503'))).toEqual([]);
      problems.splice(0);
    });

    it('exports the district table as XLSX with the figures on screen', async () => {
      // Act
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('period-widget').getByTestId('widget-export').click(),
      ]);
      const rows = readXlsx(new Uint8Array(await readFile((await download.path()) ?? ''))).map(
        (row) => row.cells,
      );

      // Assess
      expect(download.suggestedFilename()).toBe('季度指标-2026Q4-2026-12-02.xlsx');
      expect(rows[0]?.slice(0, 4)).toEqual([
        '辖市（区）',
        '常安码使用率',
        '常安码使用率排名',
        '常安码使用率较上季度',
      ]);
      const wujin = rows.find((row) => row[0] === '武进区');
      expect(wujin?.slice(0, 8)).toEqual(['武进区', '100.0%', 1, '—', '66.7%', 2, '—', '否']);
      expect(rows.at(-1)?.[0]).toBe('全市');
    });

    it('fits a phone’s 375 px without the page scrolling sideways', async () => {
      // Act
      await page.setViewportSize({ width: 375, height: 667 });
      await page.reload();
      await page.locator('[data-testid="period-row"]').first().waitFor();
      await settled(page);

      // Assess
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await page.screenshot({ path: join(screenshotDir, 'dashboard-city-375.png'), fullPage: true });
      await page.setViewportSize({ width: 1366, height: 768 });
    });

    it('shows a district admin its towns with their figures and its district as the total', async () => {
      // Act
      await loginAs(wujinAdmin);
      const rows = await periodRows(page);
      const [total] = await periodRows(page, 'period-total');

      // Assess
      expect(rows.map((row) => row.area).sort()).toEqual([dataset.towns.A, dataset.towns.B].sort());
      const town = (id: string) => rows.find((row) => row.area === id);
      expect(town(dataset.towns.A)).toMatchObject({
        name: '湖塘（指标）镇',
        values: shown.A,
        alarms: alarms.A,
      });
      expect(town(dataset.towns.B)).toMatchObject({
        name: '牛塘（指标）镇',
        values: shown.B,
        alarms: alarms.B,
      });
      expect(total).toMatchObject({ name: '武进区', values: shown.wujin, alarms: alarms.wujin });
      // towns ranked among themselves: both use the code (tie), A before B in participation
      expect(town(dataset.towns.A)?.notes[0]).toContain('第 1/2');
      expect(town(dataset.towns.B)?.notes[0]).toContain('第 1/2');
      expect(town(dataset.towns.B)?.notes[1]).toContain('第 2/2');
      expect(await page.getByTestId('worst-row').allTextContents()).toEqual([
        '1指标测试E2有限公司11',
        '2指标测试E1有限公司01',
      ]);
      expect(await englishOnPage(page)).toEqual([]);
      await page.screenshot({ path: join(screenshotDir, 'dashboard-district-1366.png'), fullPage: true });
      expect(problems).toEqual([]);
    });
  },
);
