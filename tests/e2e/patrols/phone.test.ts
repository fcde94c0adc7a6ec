import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserDirect, type DirectUser } from '#tests/fixtures/auth';
import {
  city,
  makeEnterprise,
  places,
  send,
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
const screenshotDir = screenshotFolder('patrol-phone');

type Patrol = { id: string; failedItemIds: string[]; hazardIds: string[]; codeChecked: boolean };
type Hazard = { id: string; source: string; category?: string; description: string };

/**
 * The grid member's patrol pages at 375 px on the local stack (real API): from the phone home to 网格化巡查
 * (`/m/p`, the grid's enterprises, never patrolled first), the form of one enterprise (`/m/p/<id>`), one item
 * answered 不符合 and recorded as a hazard, 常安码 use checked, submitted; the API then holds the patrol and a
 * hazard of source patrol for that item, and the due list puts the patrolled enterprise after the other.
 */
describe.skipIf(!chromiumPath && !required)('the grid patrol phone pages at 375 px', () => {
  let browser: E2eBrowser;
  let page: Page;
  let problems: string[];
  let member: DirectUser;
  let patrolled: string;
  let other: string;
  const shot = (name: string) =>
    page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    await ensureConsoleBuilt();
    await startWithPlaces();
    patrolled = (await makeEnterprise(places.wujinA, { name: '演示湖塘精密机械有限公司' })).id;
    other = (await makeEnterprise(places.wujinA, { name: '演示湖塘纺织有限公司' })).id;
    member = await createUserDirect({ role: 'gridMember', ...places.wujinA, name: '李网格' });
    browser = await launchChromium(chromiumPath as string);
    page = await browser.context.newPage();
    await page.setViewportSize(PHONE);
    problems = watchForProblems(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stopEnterpriseStack();
  });

  it('patrols an enterprise of the grid and records a hazard for the item answered 不符合', async () => {
    // Prepare: logged in on the phone, from the home tile to the due list
    await page.goto(`${stack.url}/m/p`);
    await loginOnPhone(page, member.username, member.password);
    await page.goto(`${stack.url}/m/`);
    await page.getByTestId('home-patrols').click();
    await page.getByTestId('patrol-due-row').nth(1).waitFor();
    expect(await page.getByTestId('patrol-due-rows').textContent()).toContain('从未巡查');
    await shot('patrol-phone-1-due');
    await page.locator(`[data-enterprise="${patrolled}"] a`).click();
    await page.getByTestId('patrol-enterprise').getByText('演示湖塘精密机械有限公司').waitFor();

    // Act: every item 符合 but c07 (消防器材) 不符合, its hazard described, 常安码 checked, submitted
    const items = page.getByTestId('patrol-item');
    for (let index = 0; index < (await items.count()); index++) {
      const item = items.nth(index);
      const answer = (await item.getAttribute('data-item')) === 'c07' ? '不符合' : '符合';
      await item.getByText(answer, { exact: true }).click();
    }
    await page.getByTestId('patrol-hazard-description').fill('二号车间灭火器压力不足');
    expect(await page.getByTestId('patrol-missing').textContent()).toBe('请确认已检查企业常安码使用情况');
    await page.getByTestId('patrol-code-checked').check();
    await shot('patrol-phone-2-form');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.getByTestId('patrol-submit').click();
    await page.getByTestId('patrol-sent').waitFor({ timeout: 30_000 });
    await shot('patrol-phone-3-sent');

    // Assess: the patrol and its hazard (source patrol, category = the item) as the city reads them
    const patrols = await send('GET', `/api/patrols?enterpriseId=${patrolled}`, city);
    const [patrol] = (patrols.body as { data: Patrol[] }).data;
    expect(patrol).toMatchObject({ failedItemIds: ['c07'], codeChecked: true });
    expect(patrol?.hazardIds).toHaveLength(1);
    const hazards = await send('GET', `/api/hazards?enterpriseId=${patrolled}`, city);
    expect((hazards.body as { data: Hazard[] }).data).toMatchObject([
      { id: patrol?.hazardIds[0], source: 'patrol', category: 'c07', description: '二号车间灭火器压力不足' },
    ]);
    // back on the due list, the enterprise never patrolled comes first
    await page.getByRole('link', { name: '返回我的巡查' }).click();
    await page.getByTestId('patrol-due-row').nth(1).waitFor();
    const order = await page
      .getByTestId('patrol-due-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-enterprise')));
    expect(order).toEqual([other, patrolled]);
    expect(problems).toEqual([]);
  }, 90_000);
});
