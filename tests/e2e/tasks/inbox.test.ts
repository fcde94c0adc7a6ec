import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { authHeader, loginAs } from '#tests/fixtures/auth';
import { callApi } from '#tests/fixtures/local-stack';
import { chromiumPath, type E2eBrowser } from '../support/chromium';
import { loginThroughForm } from '../support/console-login';
import { startSeededConsole } from '../support/seeded-console';

const required = process.env.E2E_REQUIRED === '1';
const WUJIN_ADMIN = 'wujin.admin';
const DAY = 86_400_000;

describe.skipIf(!chromiumPath && !required)('任务 inbox in the console (375 px, demo city)', () => {
  let stack: LocalStack;
  let browser: E2eBrowser;
  let page: Awaited<ReturnType<typeof startSeededConsole>>['page'];
  let problems: string[];
  let demoPassword: string;
  const ids = {} as Record<'overdue' | 'later', string>;

  beforeAll(async () => {
    ({ stack, browser, page, problems, demoPassword } = await startSeededConsole());
    const headers = authHeader(await loginAs(stack, WUJIN_ADMIN, demoPassword));
    const firms = await callApi(stack, '/api/enterprises?limit=1', { headers });
    const enterpriseId = (firms.body as { data: { id: string }[] }).data[0]?.id as string;
    const { createTask } = await import('#functions/tasks/index');
    const task = (title: string, dueInDays: number) => ({
      taskKey: `e2e#${title}`,
      kind: 'dustUrge' as const,
      title,
      assignee: { level: 'district' as const, districtId: 'wujin' },
      subject: { enterpriseId, enterpriseName: '演示企业', siteName: '抛光车间' },
      dueAt: new Date(Date.now() + dueInDays * DAY).toISOString(),
    });
    ids.later = (await createTask(task('督促上报：抛光车间（稍后到期）', 3), new Date())).taskId;
    ids.overdue = (await createTask(task('督促上报：抛光车间（已超期）', -1), new Date())).taskId;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('lists overdue first, highlighted, completes one, and the menu count drops', async () => {
    // Prepare: the menu (and its badge: the two open tasks) is shown on a wide screen
    await page.setViewportSize({ width: 1280, height: 800 });
    await loginThroughForm(page, stack.url, WUJIN_ADMIN, demoPassword);
    const badge = page.getByTestId('task-count').first();
    await expect.poll(() => badge.textContent()).toContain('2');

    // Act: the inbox on a phone-sized screen
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(`${stack.url}/#/tasks`);
    const rows = page.getByText(/^督促上报：抛光车间/);
    await rows.first().waitFor();
    const titles = await rows.allTextContents();
    const overdueChips = await page.getByTestId('task-overdue').count();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.goto(`${stack.url}/#/tasks/${ids.overdue}/show`);
    await page.getByTestId('task-complete').waitFor();
    await page.getByTestId('task-result').selectOption('urged');
    await page.getByTestId('task-note').fill('已电话督促企业当日补传');
    await page.getByTestId('task-submit').click();
    await page.getByText('已督促企业上报').last().waitFor();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${stack.url}/#/tasks`);
    await page.getByText('督促上报：抛光车间（稍后到期）').first().waitFor();
    await expect.poll(() => badge.textContent()).toContain('1');

    // Assess
    // Each row's text: its title, then its chips (待办, 已超期)
    expect(titles.map((text) => text.split('）')[0])).toEqual([
      '督促上报：抛光车间（已超期',
      '督促上报：抛光车间（稍后到期',
    ]);
    expect(titles[0]).toContain('已超期）待办已超期');
    expect(overdueChips).toBe(1);
    expect(width).toBeLessThanOrEqual(375);
    expect(problems).toEqual([]);
  }, 60_000);
});
