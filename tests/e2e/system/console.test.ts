import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '#infra/local/stack';
import { createUserDirect, type DirectUser } from '#tests/fixtures/auth';
import { chromiumCandidates, chromiumPath, type E2eBrowser, launchChromium } from '../support/chromium';
import { ensureConsoleBuilt } from '../support/console-dist';
import { loginThroughForm } from '../support/console-login';
import { watchForProblems } from '../support/problems';
import { screenshotFolder } from '../support/screenshots';

const required = process.env.E2E_REQUIRED === '1';
if (!chromiumPath && !required) {
  console.warn(`e2e skipped: no Chromium found at ${chromiumCandidates.join(', ')} (set CHROMIUM_PATH)`);
}

/** Screenshots land here for a person to look at; the folder is printed once. */
const screenshotDir = screenshotFolder('shots');

describe.skipIf(!chromiumPath && !required)('console and phone pages in Chromium', () => {
  let stack: LocalStack;
  let browser: E2eBrowser;
  let cityAdmin: DirectUser;

  beforeAll(async () => {
    if (!chromiumPath) {
      throw new Error(
        `E2E_REQUIRED=1 but no Chromium was found at ${chromiumCandidates.join(', ')}: ` +
          'install it (apt-get install -y chromium) or point CHROMIUM_PATH at a Chromium binary',
      );
    }
    await ensureConsoleBuilt();
    stack = await startLocalStack({ port: 0 });
    cityAdmin = await createUserDirect({ role: 'cityAdmin', name: '周立新' });
    browser = await launchChromium(chromiumPath);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('logs in to a Chinese dashboard whose system status shows the API as healthy', async () => {
    // Prepare
    const health = (await (await fetch(`${stack.url}/api/health`)).json()) as {
      status: string;
      version: string;
    };
    const page = await browser.context.newPage();
    const problems = watchForProblems(page);

    // Act: the console asks for a login first; the session then stays for the tests below
    await loginThroughForm(page, stack.url, cityAdmin.username, cityAdmin.password);
    const status = page.getByTestId('health-status');
    await status.waitFor();

    // Assess
    expect(health.status).toBe('ok');
    expect(await page.title()).toBe('常安码 · 工贸企业安全监管平台');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => page.locator('#react-admin-title').textContent()).toBe('首页');
    expect(await page.locator('header').textContent()).toContain('常安码');
    expect(await page.getByTestId('welcome-widget').textContent()).toContain('欢迎使用常安码');
    expect(await page.getByTestId('account-name').textContent()).toBe('周立新');
    expect(await page.getByTestId('account-role').textContent()).toBe('市局管理员');
    expect(await page.getByTestId('health-widget').textContent()).toContain('系统状态');
    expect(await status.textContent()).toBe('正常');
    expect(await page.getByTestId('health-version').textContent()).toBe(health.version);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await page.screenshot({ path: join(screenshotDir, 'console-dashboard-1366x768.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a Chinese error with a retry button when the health check fails, and recovers on retry', async () => {
    // Prepare
    const page = await browser.context.newPage();
    await page.route('**/api/health', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'UNAVAILABLE', message: '服务维护中' } }),
      }),
    );

    // Act
    await page.goto(`${stack.url}/`);
    const retry = page.getByTestId('health-widget').getByRole('button', { name: '重试' });
    await retry.waitFor();
    const errorText = await page.getByTestId('health-widget').textContent();
    await page.screenshot({ path: join(screenshotDir, 'console-health-error.png') });
    await page.unroute('**/api/health');
    await retry.click();

    // Assess
    expect(errorText).toContain('无法获取系统状态：服务维护中');
    await expect.poll(() => page.getByTestId('health-status').textContent()).toBe('正常');
    await page.close();
  });

  it('switches the console to English from the app bar', async () => {
    // Prepare
    const page = await browser.context.newPage();
    await page.goto(`${stack.url}/`);
    await page.getByTestId('health-status').waitFor();

    // Act
    await page.locator('header button', { hasText: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();

    // Assess
    await expect.poll(() => page.getByTestId('health-widget').textContent()).toContain('System status');
    expect(await page.getByTestId('health-status').textContent()).toBe('OK');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.evaluate(() => localStorage.clear()); // the next page opens in Chinese again
    await page.close();
  });

  it('opens the phone page at 375×667 and shows the scanned code', async () => {
    // Prepare
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 375, height: 667 });
    const problems = watchForProblems(page);

    // Act
    await page.goto(`${stack.url}/m/?code=ABC`);
    const code = page.getByTestId('scanned-code');
    await code.waitFor();

    // Assess
    expect(await code.textContent()).toBe('ABC');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('常安码');
    expect(await page.locator('body').textContent()).toContain('扫码后将在此打开风险点页面');
    expect(await page.locator('meta[name="viewport"]').getAttribute('content')).toContain(
      'width=device-width',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: join(screenshotDir, 'phone-scan-375x667.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
