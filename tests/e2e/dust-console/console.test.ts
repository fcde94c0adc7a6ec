import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { authHeader, loginAs } from '#tests/fixtures/auth';
import { validEnterprise } from '#tests/fixtures/enterprises';
import { callApi } from '#tests/fixtures/local-stack';
import { chromiumPath, type E2eBrowser } from '../support/chromium';
import { loginThroughForm, tableRows } from '../support/console-login';
import { startSeededConsole } from '../support/seeded-console';
import { countApiRequests, englishOnPage, settled } from '../system/screens';

const required = process.env.E2E_REQUIRED === '1';
const FIRM = '演示湖塘镁合金压铸有限公司';
const SITE = '三号镁屑打磨间';

interface Site {
  id: string;
  name: string;
  token: string;
  status: string;
}

/**
 * Issue 13, 粉尘场所 in the console: a manager adds a site from the dust enterprise's page, finds it in the list
 * and on the enterprise's tab, re-issues its code (asked first: the printed label stops working), prints its
 * label, and retires it (asked first).
 */
describe.skipIf(!chromiumPath && !required)('粉尘场所 in the console', () => {
  let stack: LocalStack;
  let browser: E2eBrowser;
  let page: Page;
  let problems: string[];
  let headers: Record<string, string>;
  let enterpriseId: string;

  const siteNamed = async (name: string) => {
    const { body } = await callApi(stack, `/api/dust-sites?q=${encodeURIComponent(name)}&status=active`, {
      headers,
    });
    return (body as { data: Site[] }).data.find((site) => site.name === name);
  };
  const readSite = async (id: string) =>
    (await callApi(stack, `/api/dust-sites/${id}`, { headers })).body as Site;
  const pick = async (label: string, option: string) => {
    await page.getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  beforeAll(async () => {
    let demoPassword: string;
    ({ stack, browser, page, problems, demoPassword } = await startSeededConsole());
    headers = authHeader(await loginAs(stack, 'admin', demoPassword));
    const listed = await callApi(stack, '/api/enterprises?districtId=wujin&limit=1', { headers });
    const place = (listed.body as { data: { districtId: string; townId: string }[] }).data[0] as {
      districtId: string;
      townId: string;
    };
    const created = await callApi(stack, '/api/enterprises', {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...validEnterprise({ ...place, gridId: null }), name: FIRM, flags: ['dust'] }),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    enterpriseId = (created.body as { id: string }).id;
    await page.addInitScript(countApiRequests);
    await page.setViewportSize({ width: 1280, height: 900 });
    await loginThroughForm(page, stack.url, 'admin', demoPassword);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('adds a site from the enterprise page, lists it, re-issues its code and retires it, asking first', async () => {
    // Act 1: 新建 on the enterprise's 粉尘场所 tab, the enterprise already chosen
    await page.goto(`${stack.url}/#/enterprises/${enterpriseId}/show`);
    await page.getByTestId('tab-dustSites').click();
    await page.getByTestId('empty-state').waitFor();
    await page.getByTestId('dust-site-create').click();
    await page.getByLabel('场所名称').fill(SITE);
    await page.getByLabel('车间/位置').fill('压铸车间北侧');
    await pick('粉尘种类', '镁粉');
    await page.getByLabel('清扫联系人手机').fill('13912345678');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('dust-site-qr').waitFor();
    const site = (await siteNamed(SITE)) as Site;
    const shownUrl = await page.getByTestId('dust-site-url').textContent();

    // Act 2: the list (searched by name) and the enterprise's tab
    await page.goto(`${stack.url}/#/dust-sites`);
    await page.getByLabel('名称').fill(SITE);
    await expect.poll(async () => (await tableRows(page)).filter((row) => row.includes(SITE)).length).toBe(1);
    const listRow = (await tableRows(page)).find((row) => row.includes(SITE)) ?? '';
    await page.goto(`${stack.url}/#/enterprises/${enterpriseId}/show`);
    await page.getByTestId('tab-dustSites').click();
    await expect.poll(async () => (await tableRows(page)).filter((row) => row.includes(SITE)).length).toBe(1);

    // Act 3: re-issue the code: first cancelled, then confirmed
    await page.goto(`${stack.url}/#/dust-sites/${site.id}/show`);
    await page.getByTestId('dust-site-reissue').click();
    const reissueDialog = page.getByRole('dialog');
    await reissueDialog.getByText('旧场所码立即失效').waitFor();
    await reissueDialog.getByRole('button', { name: '取消' }).click();
    const afterCancel = await readSite(site.id);
    await page.getByTestId('dust-site-reissue').click();
    await page.getByRole('dialog').getByRole('button', { name: '重新生成场所码' }).click();
    await page.getByText('已重新生成场所码').first().waitFor();
    await expect.poll(() => page.getByTestId('dust-site-url').textContent()).not.toBe(shownUrl);
    const reissued = await readSite(site.id);
    const newUrl = await page.getByTestId('dust-site-url').textContent();

    // Act 4: print the site's label
    await page.getByTestId('print-dust-labels-button').click();
    await page.getByTestId('print-labels-download').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '关闭' }).click();

    // Act 5: retire it, asked first
    await page.getByTestId('dust-site-retire').click();
    await page.getByRole('dialog').getByText('不再接受清扫上报').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '停用场所' }).click();
    await page.getByText('粉尘场所已停用').first().waitFor();
    await page.getByTestId('dust-site-status').filter({ hasText: '已停用' }).waitFor();
    const retired = await readSite(site.id);

    // Assess
    expect(site).toMatchObject({ name: SITE, status: 'active' });
    expect(shownUrl).toBe(`${stack.url}/m/d/${site.token}`);
    expect(listRow).toContain(FIRM);
    expect(listRow).toContain('镁粉');
    expect(afterCancel.token).toBe(site.token);
    expect(reissued.token).not.toBe(site.token);
    expect(newUrl).toBe(`${stack.url}/m/d/${reissued.token}`);
    expect(retired.status).toBe('retired');
    expect(await page.getByTestId('dust-site-reissue').count()).toBe(0);
    expect(problems).toEqual([]);
  }, 120_000);

  it('shows no 粉尘场所 tab on an enterprise not flagged for dust', async () => {
    // Prepare
    const { body } = await callApi(stack, '/api/enterprises?districtId=wujin&limit=25', { headers });
    const plain = (body as { data: { id: string; flags?: string[] }[] }).data.find(
      (enterprise) => !(enterprise.flags ?? []).includes('dust'),
    ) as { id: string };

    // Act
    await page.goto(`${stack.url}/#/enterprises/${plain.id}/show`);
    await page.getByTestId('tab-riskPoints').waitFor();

    // Assess
    expect(await page.getByTestId('tab-dustSites').count()).toBe(0);
  });

  it('shows the dust screens in Chinese only: no English, no untranslated key, no page error', async () => {
    // Prepare: an active site (the one above is retired, so its page has fewer buttons)
    const { status, body } = await callApi(stack, '/api/dust-sites', {
      method: 'POST',
      headers,
      body: JSON.stringify({
        enterpriseId,
        name: '四号铝粉筛分间',
        location: '仓储区西侧',
        dustType: '铝粉',
        contactPhone: '13912345679',
      }),
    });
    expect(status, JSON.stringify(body)).toBe(201);
    const seeded = body as Site;
    const screens = [
      '/dust-sites',
      '/dust-sites/create',
      `/dust-sites/${seeded.id}/show`,
      `/dust-sites/${seeded.id}`,
      '/dust-reviews',
    ];
    const english: string[] = [];

    // Act
    for (const path of screens) {
      await page.goto(`${stack.url}/#${path}`);
      await settled(page);
      english.push(...(await englishOnPage(page)).map((text) => `${path}: ${text}`));
    }

    // Assess
    expect(english).toEqual([]);
    expect(problems).toEqual([]);
  }, 60_000);
});
