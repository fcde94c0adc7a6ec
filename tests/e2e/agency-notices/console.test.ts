import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDay } from '#functions/platform/clock';
import type { LocalStack } from '#infra/local/stack';
import { authHeader, loginAs } from '#tests/fixtures/auth';
import { callApi } from '#tests/fixtures/local-stack';
import { validAgency } from '#tests/integration/agencies/support';
import { chromiumPath, type E2eBrowser } from '../support/chromium';
import { loginThroughForm } from '../support/console-login';
import { startSeededConsole } from '../support/seeded-console';
import { countApiRequests, englishOnPage, settled } from '../system/screens';

const required = process.env.E2E_REQUIRED === '1';
const AGENCY = '常州通报测试检测有限公司';
const TITLE = '关于检测机构报告质量问题的专题通报';

/**
 * Issue 14, 专题通报 in the console: the city admin drafts a notice over a deduction, publishes it after the
 * confirmation, downloads it as Word, and the dashboard's agency widget counts the quarter's deduction.
 */
describe.skipIf(!chromiumPath && !required)('专题通报 in the console', () => {
  let stack: LocalStack;
  let browser: E2eBrowser;
  let page: Page;
  let problems: string[];
  let headers: Record<string, string>;

  const api = async (method: string, path: string, body?: unknown) => {
    const answer = await callApi(stack, path, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (answer.status >= 300) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body as { id: string };
  };

  beforeAll(async () => {
    let demoPassword: string;
    ({ stack, browser, page, problems, demoPassword } = await startSeededConsole());
    // `settled` waits for the page's API requests in flight: without this counter it saw the page busy for
    // its whole 10 s deadline on every call, and went on at the deadline whether or not the page had settled.
    await page.addInitScript(countApiRequests);
    headers = authHeader(await loginAs(stack, 'admin', demoPassword));
    await api('POST', '/api/agency-rules', {
      code: 'TB-01',
      description: '检测报告数据与原始记录不一致',
      category: '技术服务质量',
      points: 10,
    });
    const agency = await api('POST', '/api/agencies', validAgency('wujin', { name: AGENCY }));
    await api('POST', '/api/agency-deductions', {
      agencyId: agency.id,
      ruleCode: 'TB-01',
      points: 10,
      reason: '抽查发现检测报告数据与原始记录不一致',
      date: businessDay(new Date()),
      evidenceIds: [],
    });
    await page.setViewportSize({ width: 1280, height: 900 });
    await loginThroughForm(page, stack.url, 'admin', demoPassword);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('drafts a notice, publishes it after confirming, and downloads it as Word holding its title and agency', async () => {
    // Act 1: the draft, over the deduction picked by its agency's name
    await page.goto(`${stack.url}/#/agency-notices/create`);
    await page.getByLabel('标题').fill(TITLE);
    await page.locator('textarea[name="body"]').fill('现将检查中发现的问题通报如下，请各机构引以为戒。');
    await page.getByLabel('扣分记录').fill('通报测试');
    await page.getByRole('option', { name: new RegExp(AGENCY) }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('button', { name: '发布通报' }).waitFor();

    // Act 2: publish, confirmed in the dialog
    await page.getByRole('button', { name: '发布通报' }).click();
    await page.getByRole('dialog').getByText('发布后通报不能再修改').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '发布通报' }).click();
    await page.getByText('已发布').first().waitFor();

    // Act 3: the Word file
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('agency-notice-docx').click(),
    ]);
    const bytes = new Uint8Array(await (await download.createReadStream()).toArray().then(Buffer.concat));
    const documentXml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);

    // Assess
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    expect(documentXml).toContain(TITLE);
    expect(documentXml).toContain(AGENCY);
    expect(await page.getByRole('button', { name: '编辑' }).count()).toBe(0);
    expect(await englishOnPage(page)).toEqual([]);
    expect(problems).toEqual([]);
  }, 120_000);

  it("counts the quarter's deduction on the dashboard's agency widget", async () => {
    // Act
    await page.goto(`${stack.url}/#/`);
    await settled(page);
    const widget = page.locator('.MuiCard-root', { hasText: '中介机构考评' });
    await widget.waitFor();
    const text = (await widget.textContent()) ?? '';

    // Assess: one agency deducted once for 10 points, in 武进区
    expect(text).toMatch(/被扣分机构\D*1(?!\d)/);
    expect(text).toMatch(/扣分家次\D*1(?!\d)/);
    expect(text).toMatch(/扣分分值\D*10(?!\d)/);
    expect(problems).toEqual([]);
  }, 60_000);
});
