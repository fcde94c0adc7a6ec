import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '#infra/local/scheduler';
import type { LocalStack } from '#infra/local/stack';
import { authHeader, loginAs } from '#tests/fixtures/auth';
import { callApi } from '#tests/fixtures/local-stack';
import { chromiumPath, type E2eBrowser } from '../support/chromium';
import { leaveSession, loginThroughForm, tableRows } from '../support/console-login';
import { watchForProblems } from '../support/problems';
import { screenshotFolder } from '../support/screenshots';
import { startSeededConsole } from '../support/seeded-console';

const required = process.env.E2E_REQUIRED === '1';
const screenshotDir = screenshotFolder('messages');

/** What the demo seed creates (infra/local/seed): `admin` for the city, `<district>.admin` for each district. */
const CITY_ADMIN = 'admin';
const WUJIN_ADMIN = 'wujin.admin';
const TEST_PHONE = '13800001234';
const MASKED_PHONE = '138****1234';

/** The status chip's text on the message's page. */
const shownStatus = (page: Page) => page.getByTestId('message-status').first().textContent();

describe.skipIf(!chromiumPath && !required)('消息中心 in the console (real local stack, demo city)', () => {
  let stack: LocalStack;
  let browser: E2eBrowser;
  let page: Page;
  let problems: string[];
  let demoPassword: string;
  let messagePath: string;

  const shot = (target: Page, name: string) =>
    target.screenshot({ path: join(screenshotDir, `${name}.png`) });

  beforeAll(async () => {
    ({ stack, browser, page, problems, demoPassword } = await startSeededConsole());
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('sends a test message from 消息中心 and opens its page, still 待发送', async () => {
    // Prepare
    await loginThroughForm(page, stack.url, CITY_ADMIN, demoPassword);

    // Act: through the menu, then the dialog; a wrong number is refused as the API would
    await page.getByRole('menuitem', { name: '消息中心' }).click();
    await page.getByTestId('empty-state').or(page.locator('tbody tr').first()).first().waitFor();
    const testButton = page.getByTestId('message-test-button').first();
    await shot(page, 'messages-list-before');
    await testButton.click();
    const phone = page.getByTestId('message-test-phone');
    await phone.fill('12800001234');
    await page.getByTestId('message-test-send').click();
    const dialog = page.getByTestId('message-test-dialog');
    await dialog.getByText('请输入 11 位手机号码').waitFor();
    await shot(page, 'messages-test-dialog-invalid');
    await phone.fill(TEST_PHONE);
    const [response] = await Promise.all([
      page.waitForResponse(
        (candidate) =>
          candidate.url().endsWith('/api/messages/test') && candidate.request().method() === 'POST',
      ),
      page.getByTestId('message-test-send').click(),
    ]);

    // Assess: the queued message's page, with the whole text and no attempt yet
    expect(response.status()).toBe(201);
    const queued = (await response.json()) as { id: string; status: string };
    await page.waitForURL((url) => url.hash.endsWith(`/messages/${encodeURIComponent(queued.id)}/show`));
    messagePath = new URL(page.url()).hash;
    await page.getByTestId('message-text').waitFor();
    expect(await page.getByTestId('message-text').textContent()).toContain('测试短信');
    expect(['待发送', '发送中']).toContain(await shownStatus(page));
    expect(await page.getByText(MASKED_PHONE).count()).toBeGreaterThan(0);
    await shot(page, 'message-show-pending');
  });

  it('turns 已发送 on its page without a reload once the dispatcher has run', async () => {
    // Prepare
    const job = stack.bindings.jobs.find((candidate) => candidate.name === 'sms-dispatch');
    expect(job, 'the manifest has no sms-dispatch job').toBeDefined();
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });

    // Act
    await runJob(job as NonNullable<typeof job>, new Date());

    // Assess: the page reads the message again (every 3 s) and shows the attempt
    await expect.poll(() => shownStatus(page), { timeout: 8_000, interval: 250 }).toBe('已发送');
    const attempts = page.getByTestId('message-attempts').locator('tbody tr');
    await attempts.first().waitFor();
    expect(await attempts.count()).toBe(1);
    expect(await attempts.first().textContent()).toContain('成功');
    expect(navigations).toEqual([]);
    expect(await page.getByTestId('message-resend').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await page.waitForTimeout(400); // the chip's colour and the dialog fade in over 300 ms
    await shot(page, 'message-show-sent');
  });

  it('lists the message as 已发送 with the masked phone, newest first', async () => {
    // Act
    await page.getByRole('link', { name: '列表' }).click();
    await page.getByTestId('message-attempts').waitFor({ state: 'detached' });
    const rows = await tableRows(page);

    // Assess
    expect(rows[0]).toContain(MASKED_PHONE);
    expect(rows[0]).toContain('已发送');
    expect(rows[0]).toContain('测试短信');
    expect(rows.join('\n')).not.toContain(TEST_PHONE);
    expect(page.url()).not.toContain(messagePath);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await shot(page, 'messages-list-sent');
  });

  it('narrows the list to 已发送', async () => {
    // Act
    await page.getByRole('combobox', { name: '状态' }).click();
    await page.getByRole('option', { name: '已发送', exact: true }).click();

    // Assess
    await expect.poll(() => page.url()).toContain('SENT');
    const rows = await tableRows(page);
    expect(rows.every((row) => row.includes('已发送'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('resends a given-up message after a confirmation and sees it sent', async () => {
    // Prepare: a test message the dispatcher gave up on (as after 5 failed attempts)
    const token = await loginAs(stack, CITY_ADMIN, demoPassword);
    const { status, body } = await callApi(stack, '/api/messages/test', {
      method: 'POST',
      headers: authHeader(token),
      body: JSON.stringify({ phone: '13900005678' }),
    });
    expect(status, JSON.stringify(body)).toBe(201);
    const id = (body as { id: string }).id;
    const failed = {
      at: new Date().toISOString(),
      outcome: 'FAILED',
      provider: 'http',
      error: '短信网关返回 500',
      ms: 812,
    };
    // imported here: the store's client reads the local stack's endpoint when first loaded
    const { message: messageEntity } = await import('#functions/messages/store/entities/message');
    await messageEntity
      .patch({ messageId: id })
      .set({ status: 'DEAD', attempts: 5, lastError: '短信网关返回 500', history: [failed] } as never)
      .remove(['dueQueue', 'nextAttemptAt'])
      .go();
    const job = stack.bindings.jobs.find((candidate) => candidate.name === 'sms-dispatch');
    await page.goto(`${stack.url}/#/messages/${encodeURIComponent(id)}/show`);
    await expect.poll(() => shownStatus(page)).toBe('已放弃');
    await shot(page, 'message-show-dead');

    // Act
    await page.getByTestId('message-resend').click();
    await page.getByRole('dialog').getByText('这条发给 139****5678 的短信已放弃发送').waitFor();
    await page.waitForTimeout(400); // the chip's colour and the dialog fade in over 300 ms
    await shot(page, 'message-resend-confirm');
    await page.getByRole('dialog').getByRole('button', { name: '重发' }).click();
    await expect.poll(() => shownStatus(page)).toBe('待发送');
    // the job runs once per minute slot (its period key): this run is the next minute's
    await runJob(job as NonNullable<typeof job>, new Date(Date.now() + 60_000));

    // Assess
    await expect.poll(() => shownStatus(page), { timeout: 8_000, interval: 250 }).toBe('已发送');
    expect(await page.getByTestId('message-resend').count()).toBe(0);
    expect(await page.getByTestId('message-attempts').locator('tbody tr').count()).toBe(2);
    expect(problems).toEqual([]);
  });

  it('shows a district administrator 消息中心 without 发送测试短信', async () => {
    // Prepare
    const districtPage = await browser.context.newPage();
    const districtProblems = watchForProblems(districtPage);
    await leaveSession(districtPage, stack.url); // the profile is shared: leave the city's session

    // Act
    await loginThroughForm(districtPage, stack.url, WUJIN_ADMIN, demoPassword);
    await districtPage.getByRole('menuitem', { name: '消息中心' }).click();
    await districtPage
      .getByTestId('empty-state')
      .or(districtPage.locator('tbody tr').first())
      .first()
      .waitFor();

    // Assess
    expect(await districtPage.getByTestId('message-test-button').count()).toBe(0);
    expect(await districtPage.getByTestId('error-state').count()).toBe(0);
    expect(await districtPage.getByRole('combobox', { name: '辖市（区）' }).count()).toBe(0);
    await shot(districtPage, 'messages-district-admin');
    expect(districtProblems).toEqual([]);
    await districtPage.close();
  });
});
