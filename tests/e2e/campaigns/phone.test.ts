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
import { loginThroughForm } from '../support/console-login';
import { watchForProblems } from '../support/problems';
import { screenshotFolder } from '../support/screenshots';

const required = process.env.E2E_REQUIRED === '1';
const screenshotDir = screenshotFolder('campaigns');

/**
 * 自查清单 end to end: the city sends a campaign to 湖塘's three enterprises; the console's progress table shows
 * 0.00 %; one enterprise user opens `/m/c/<id>` at 375 px, logs in from the link, answers 符合 / 不符合 / 不涉及 and
 * submits; the 不符合 item is a hazard (source campaign); the console's table then shows 1 of 3 = 33.33 %.
 */
describe.skipIf(!chromiumPath && !required)('the self-check campaign on the phone and in the console', () => {
  let browser: E2eBrowser;
  let deskBrowser: E2eBrowser;
  let phone: Page;
  let desk: Page;
  let problems: string[];
  let firm: DirectUser;
  let admin: DirectUser;
  let enterpriseId = '';
  let campaignId = '';

  beforeAll(async () => {
    await ensureConsoleBuilt();
    await startWithPlaces();
    const firms = [];
    for (const name of ['演示湖塘五金有限公司', '演示湖塘纺织有限公司', '演示湖塘机械有限公司'])
      firms.push(await makeEnterprise(places.wujinA, { name }));
    enterpriseId = firms[0]?.id as string;
    const created = await send('POST', '/api/campaigns', city, {
      title: '冬季消防安全专项自查',
      items: [{ text: '安全出口畅通' }, { text: '灭火器在检验有效期内' }, { text: '有限空间作业审批' }],
      filter: { townId: places.wujinA.townId },
      deadline: '2099-12-31',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    campaignId = (created.body as { campaignId: string }).campaignId;
    const sent = await send('POST', `/api/campaigns/${campaignId}/send`, city);
    expect((sent.body as { status: string; sent: number }).sent).toBe(3);
    firm = await createUserDirect({
      role: 'enterpriseUser',
      districtId: 'wujin',
      enterpriseId,
      name: '王自查',
    });
    admin = await createUserDirect({ role: 'cityAdmin', name: '市局管理员' });
    browser = await launchChromium(chromiumPath as string);
    phone = await browser.context.newPage();
    await phone.setViewportSize(PHONE);
    problems = watchForProblems(phone);
    // The console's session would be the phone's too in one profile: the console gets a browser of its own.
    deskBrowser = await launchChromium(chromiumPath as string);
    desk = await deskBrowser.context.newPage();
    await desk.setViewportSize({ width: 1280, height: 900 });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await deskBrowser?.close();
    await stopEnterpriseStack();
  });

  const wujinRow = async () => {
    await desk.goto(`${stack.url}/#/campaigns/${campaignId}/show`);
    await desk.reload(); // a hash change alone would show the record react-query kept
    const row = desk.getByTestId('campaign-progress').locator('tr[data-district="wujin"]');
    await row.waitFor();
    return ((await row.textContent()) ?? '').replace(/\s+/g, ' ');
  };

  it('shows 0.00 % in the console before anyone answers', async () => {
    // Act
    await loginThroughForm(desk, stack.url, admin.username, admin.password);
    const row = await wujinRow();

    // Assess
    expect(row).toContain('武进区');
    expect(row.replace(/\s+/g, '')).toContain('300.00%');
  }, 60_000);

  it('lets the enterprise answer at 375 px, makes a hazard of 不符合, and moves the rate to 33.33 %', async () => {
    // Prepare: the SMS link, no session yet
    await phone.goto(`${stack.url}/m/c/${campaignId}`);
    await phone.getByText('请登录本企业账号后填写自查清单').waitFor();
    await loginOnPhone(phone, firm.username, firm.password);
    await phone.getByTestId('campaign-title').waitFor();

    // Act
    await phone.getByTestId('campaign-item-item-1').getByText('符合', { exact: true }).click();
    await phone.getByTestId('campaign-item-item-2').getByText('不符合', { exact: true }).click();
    await phone.getByTestId('campaign-item-item-2').locator('textarea').fill('二号车间灭火器已过期');
    await phone.getByTestId('campaign-item-item-3').getByText('不涉及', { exact: true }).click();
    await phone.screenshot({ path: join(screenshotDir, 'campaign-1-answered.png'), fullPage: true });
    await phone.getByTestId('campaign-submit').click();
    await phone.getByTestId('submit-sent').waitFor({ timeout: 30_000 });

    // Assess: the phone, the API (a hazard of source campaign), the console's rate
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const hazards = await send('GET', `/api/hazards?limit=100`, city);
    const found = (hazards.body as { data: { source: string; enterpriseId: string; description: string }[] })
      .data;
    expect(found.filter((hazard) => hazard.source === 'campaign')).toEqual([
      expect.objectContaining({ enterpriseId, description: expect.stringContaining('灭火器在检验有效期内') }),
    ]);
    await phone.goto(`${stack.url}/m/c/${campaignId}`);
    await phone.getByTestId('campaign-answered').waitFor();
    const row = await wujinRow();
    expect(row.replace(/\s+/g, '')).toContain('3133.33%');
    await desk.screenshot({ path: join(screenshotDir, 'campaign-2-console.png'), fullPage: true });
    expect(problems).toEqual([]);
  }, 90_000);
});
