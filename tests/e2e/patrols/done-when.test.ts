import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '#infra/local/scheduler';
import { createUserDirect, type DirectUser } from '#tests/fixtures/auth';
import {
  makeEnterprise,
  places,
  stack,
  startWithPlaces,
  stopEnterpriseStack,
} from '#tests/integration/enterprises/support';
import { loginOnPhone, PHONE } from '../m/phone-steps';
import { chromiumPath, type E2eBrowser, launchChromium } from '../support/chromium';
import { ensureConsoleBuilt } from '../support/console-dist';
import { watchForProblems } from '../support/problems';
import { screenshotFolder } from '../support/screenshots';

const required = process.env.E2E_REQUIRED === '1';
const screenshotDir = screenshotFolder('patrols');
const FIRM = '演示湖塘巡查机械有限公司';
const HOUR = 3600_000;

/**
 * Issue 15's done-when, at 375 px on the local stack (real API, the hourly job run as the scheduler would): a
 * grid member of 湖塘 patrols one of its grid's two enterprises on the phone (/m/p) and records a hazard on a
 * failed item; after the job the town officer's 巡查率 goes from 0.0% to 50.0% and the 重复发现 list is still
 * empty; after a second patrol failing the same item the rate stays 50.0% (the same enterprise) and the list
 * shows the enterprise, found twice, 未闭环.
 */
describe.skipIf(!chromiumPath && !required)('patrols: the done-when at 375 px', () => {
  let browser: E2eBrowser;
  let page: Page;
  let problems: string[];
  let member: DirectUser;
  let officer: DirectUser;
  let enterpriseId: string;
  let failedItem = '';
  const started = Date.now();
  const shot = (name: string) =>
    page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });

  /** The patrol-rates job at `hours` after the test began: each run its own hour slot, as the hourly cron's. */
  const runRates = async (hours: number) => {
    const job = stack.bindings.jobs.find((candidate) => candidate.name === 'patrol-rates');
    if (!job) throw new Error('the manifest has no patrol-rates job');
    await runJob(job, new Date(started + hours * HOUR));
  };
  /** One session per origin: the phone and the console share it, so each switch of account starts afresh. */
  const signOut = async () => {
    if (page.url().startsWith(stack.url)) await page.evaluate(() => localStorage.clear());
  };

  /** The grid member's patrol of the firm on the phone: every item 符合 but the first, which gets a hazard. */
  const patrolOnPhone = async (round: number) => {
    await signOut();
    await page.goto(`${stack.url}/m/p`);
    await loginOnPhone(page, member.username, member.password);
    await page.locator(`[data-testid="patrol-due-row"][data-enterprise="${enterpriseId}"] a`).click();
    const items = page.getByTestId('patrol-item');
    await items.first().waitFor();
    failedItem = (await items.first().getAttribute('data-item')) ?? '';
    for (let index = 0; index < (await items.count()); index++)
      await items
        .nth(index)
        .getByText(index === 0 ? '不符合' : '符合', { exact: true })
        .click();
    await page.getByTestId('patrol-hazard-description').fill(`第 ${round} 次巡查：一号车间灭火器压力不足`);
    await page.getByTestId('patrol-code-checked').check();
    await page.getByTestId('patrol-submit').click();
    await page.getByTestId('patrol-sent').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await shot(`patrol-${round}-sent`);
  };

  /** The town officer's console, at the same 375 px: logs in, then opens `hash`. */
  const officerConsole = async (hash: string) => {
    await signOut();
    await page.goto(`${stack.url}/`);
    await page.getByLabel('用户名').fill(officer.username);
    await page.getByLabel('密码').fill(officer.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByLabel('用户名').waitFor({ state: 'detached' });
    await page.goto(`${stack.url}/#/${hash}`);
  };
  const gridRate = async () => {
    await officerConsole('patrol-rates');
    const row = page.getByTestId(`patrol-rate-row-${places.wujinA.gridId}`);
    await row.waitFor();
    return {
      row: (await row.getByTestId('patrol-rate-value').textContent())?.trim(),
      total: (await page.getByTestId('patrol-rate-total').textContent())?.trim(),
    };
  };

  beforeAll(async () => {
    await ensureConsoleBuilt();
    await startWithPlaces();
    enterpriseId = (await makeEnterprise(places.wujinA, { name: FIRM })).id;
    await makeEnterprise(places.wujinA, { name: '演示湖塘第二机械有限公司' });
    member = await createUserDirect({ role: 'gridMember', ...places.wujinA, name: '赵网格' });
    const { gridId: _grid, ...town } = places.wujinA;
    officer = await createUserDirect({ role: 'townOfficer', ...town, name: '钱镇街' });
    browser = await launchChromium(chromiumPath as string);
    page = await browser.context.newPage();
    await page.setViewportSize(PHONE);
    problems = watchForProblems(page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stopEnterpriseStack();
  });

  it('a patrol with a hazard moves the rate; a second failing patrol puts the enterprise on the repeated list', async () => {
    // Prepare: the rate before any patrol, 0 of the grid's 2 enterprises
    await runRates(0);
    const before = await gridRate();

    // Act 1: the first patrol on the phone, then the hourly job
    await page.goto(`${stack.url}/m/p`);
    await patrolOnPhone(1);
    await runRates(1);
    const afterFirst = await gridRate();
    await shot('console-rate-1');
    await officerConsole('patrol-repeated-findings');
    await page.getByTestId('widget-empty').waitFor();
    const listAfterFirst = (await page.getByTestId('repeated-findings-card').textContent()) ?? '';

    // Act 2: the second patrol failing the same item, then the job again
    await patrolOnPhone(2);
    await runRates(2);
    const afterSecond = await gridRate();
    await officerConsole('patrol-repeated-findings');
    const flagged = page.getByTestId(`repeated-finding-${enterpriseId}`);
    await flagged.waitFor();
    await shot('console-repeated-2');

    // Assess
    expect(before).toEqual({ row: '0.0%', total: '0.0%' });
    expect(afterFirst).toEqual({ row: '50.0%', total: '50.0%' });
    expect(listAfterFirst).toContain('近 90 天内没有重复发现的问题');
    expect(afterSecond).toEqual({ row: '50.0%', total: '50.0%' });
    expect(await page.locator('[data-finding]').count()).toBe(1);
    const text = (await flagged.textContent()) ?? '';
    expect(text).toContain(FIRM);
    expect(await flagged.getByTestId('finding-count').textContent()).toBe('2');
    expect(text).toContain('检查项不符合');
    expect(text).toContain('2 / 2');
    expect(await flagged.getByTestId('finding-state').textContent()).toBe('未闭环');
    expect(failedItem).toMatch(/^c\d+/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // a page without a session asks for one (401) before the login form: the only problems allowed
    expect(problems.filter((problem) => !problem.includes('status of 401'))).toEqual([]);
  }, 240_000);
});
