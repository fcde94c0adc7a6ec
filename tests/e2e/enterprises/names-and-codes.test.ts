import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshCreditCode } from '#tests/fixtures/enterprises';
import { chromiumPath } from '../support/chromium';
import { leaveSession, loginThroughForm, tableRows } from '../support/console-login';
import { watchForProblems } from '../support/problems';
import {
  api,
  browser,
  CITY_ADMIN,
  demoPassword,
  type Listed,
  page,
  problems,
  required,
  screenshotDir,
  shot,
  stack,
  startRegistryConsole,
  stopRegistryConsole,
} from './support';

/** Issue 10, items 1, 5 and 7, as a user meets them in the console. */
type Placed = Listed & { creditCode: string; gridId: string | null };

/** Every API request the page makes from now on, and every answer of 400 or more. */
function watchApi(watched: Page) {
  const requests: string[] = [];
  const refused: string[] = [];
  watched.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/')) requests.push(pathname);
  });
  watched.on('response', (response: Response) => {
    if (response.status() >= 400) refused.push(`${response.status()} ${response.url()}`);
  });
  return { requests, refused };
}

/** Requests for one town or one grid by id: what reference fields make, one per row. */
const orgReads = (requests: readonly string[]) =>
  requests.filter((path) => /^\/api\/(towns|grids)\/[^/]+$/.test(path));

async function choose(label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The code as copied from a letter: a blank and a full-width space (U+3000) inside. */
const spaced = (code: string) => `${code.slice(0, 6)} ${code.slice(6, 12)}\u3000${code.slice(12)}`;

/** The city administrator on `page`; the browser profile is shared, so any other session is left first. */
async function loginAsCity() {
  await leaveSession(page, stack.url);
  await loginThroughForm(page, stack.url, CITY_ADMIN, demoPassword);
}

const codeInput = () => page.locator('input[name="creditCode"]');

/** 新建企业 filled in as a person would, the credit code pasted with spaces. */
async function fillNewEnterprise(creditCode: string, townName: string) {
  await page.goto(`${stack.url}/#/enterprises/create`);
  await codeInput().fill(spaced(creditCode));
  await page.locator('input[name="name"]').fill(`端到端代码测试${creditCode.slice(-4)}有限公司`);
  await choose('行业', '机械');
  await choose('辖市（区）', '武进区');
  await choose('镇（街道）', townName);
  await page.locator('input[name="principal.name"]').fill('王测试');
  await page.locator('input[name="principal.phone"]').fill('13912340002');
}

describe.skipIf(!chromiumPath && !required)('names and credit codes in the console (demo city)', () => {
  beforeAll(startRegistryConsole);
  afterAll(stopRegistryConsole);

  it('shows an enterprise user its 本企业 page with its town and grid names and no refused request', async () => {
    // Prepare: an enterprise in a grid, and its names as the org routes give them to the city
    const listed = await api<{ data: Placed[] }>('/api/enterprises?districtId=wujin&limit=100');
    const own = listed.data.find((enterprise) => enterprise.gridId !== null);
    if (!own) throw new Error('the demo city has no enterprise in a grid in 武进区');
    const town = await api<{ name: string }>(`/api/towns/${own.townId}`);
    const grid = await api<{ name: string }>(`/api/grids/${own.gridId}`);
    const ownPage = await browser.context.newPage();
    await leaveSession(ownPage, stack.url);
    await loginThroughForm(ownPage, stack.url, `e${own.creditCode.toLowerCase()}`, demoPassword);
    const seen = watchApi(ownPage);
    const ownProblems = watchForProblems(ownPage);

    // Act
    await ownPage.getByRole('menuitem', { name: '本企业' }).click();
    await ownPage.getByText(own.name).first().waitFor();

    // Assess
    const place = ownPage.getByTestId('enterprise-place');
    await expect.poll(() => place.textContent()).toContain(town.name);
    expect(await place.textContent()).toContain(grid.name);
    await ownPage.screenshot({ path: join(screenshotDir, 'own-enterprise.png') });
    expect(orgReads(seen.requests)).toEqual([]);
    expect(seen.refused).toEqual([]);
    expect(ownProblems).toEqual([]);
    await ownPage.close();
  });

  it('opens a page of the enterprise list without one request per town and grid', async () => {
    // Prepare
    await loginAsCity();
    const seen = watchApi(page);

    // Act
    await page.goto(`${stack.url}/#/enterprises`);
    const rows = await tableRows(page);

    // Assess: 25 rows over several towns, read with the enterprises themselves
    expect(rows.length).toBeGreaterThan(1);
    expect(orgReads(seen.requests)).toEqual([]);
    expect(seen.requests.filter((path) => path === '/api/enterprises')).toHaveLength(1);
  });

  it('shows a duplicate credit code on its field with a link to the registered enterprise', async () => {
    // Prepare: a 武进区 enterprise's code, pasted with spaces into the form of a new one
    const listed = await api<{ data: Placed[] }>('/api/enterprises?districtId=wujin&limit=1');
    const held = listed.data[0];
    if (!held) throw new Error('the demo city has no enterprise in 武进区');
    const towns = await api<{ data: { name: string }[] }>('/api/towns?districtId=wujin&limit=100');
    const townName = towns.data[0]?.name ?? '';
    await loginAsCity();
    const earlier = problems.length; // what the page reported in the tests before this one
    await fillNewEnterprise(held.creditCode, townName);

    // Act
    await page.getByRole('button', { name: '保存' }).click();

    // Assess: the code kept without its spaces, the answer on the field, a link to the holder
    const link = page.getByTestId('duplicate-credit-code');
    await link.waitFor();
    expect(await codeInput().inputValue()).toBe(held.creditCode);
    expect(await page.getByText(/统一社会信用代码 .* 已登记/).count()).toBeGreaterThan(0);
    await shot('duplicate-credit-code');
    await link.click();
    await expect.poll(() => page.url()).toContain(`#/enterprises/${encodeURIComponent(held.id)}/show`);
    await page.getByText(held.name).first().waitFor();

    // Act: a fresh code pasted with spaces saves without them
    const fresh = freshCreditCode();
    await fillNewEnterprise(fresh, townName);
    await page.getByRole('button', { name: '保存' }).click();

    // Assess: only the duplicate's 409 was reported by the page
    await expect.poll(() => page.url()).toMatch(/#\/enterprises\/[^/]+\/show$/);
    await page.getByText(fresh).waitFor();
    expect(problems.slice(earlier).filter((problem) => !problem.includes('409'))).toEqual([]);
  });
});
