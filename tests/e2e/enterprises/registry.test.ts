import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseHeaders } from '#functions/enterprises/domain/columns';
import { withCheckChar } from '#functions/enterprises/domain/credit-code';
import { readXlsx } from '#functions/platform/files/xlsx-reader';
import { writeXlsx } from '#functions/platform/files/xlsx-writer';
import type { LocalStack } from '#infra/local/stack';
import { authHeader, createUserDirect, loginAs } from '#tests/fixtures/auth';
import { callApi } from '#tests/fixtures/local-stack';
import { chromiumPath, type E2eBrowser } from '../support/chromium';
import { loginThroughForm, tableRows } from '../support/console-login';
import { startSeededConsole } from '../support/seeded-console';

const required = process.env.E2E_REQUIRED === '1';
const screenshotDir = process.env.E2E_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'changan-e2e-registry-'));

/** What the demo seed creates (infra/local/seed): `admin` for the city, `<district>.admin` for each district. */
const CITY_ADMIN = 'admin';
const WUJIN_ADMIN = 'wujin.admin';

interface Listed {
  id: string;
  name: string;
  districtId: string;
  townId: string;
  address?: string;
}

/** Picks `option` in the filter or form select labelled `label`. */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe.skipIf(!chromiumPath && !required)('registry in the console (real local stack, demo city)', () => {
  let stack: LocalStack;
  let browser: E2eBrowser;
  let page: Page;
  let problems: string[];
  let adminToken: string;
  let demoPassword: string;

  const api = async <T>(path: string, init: RequestInit = {}) => {
    const { status, body } = await callApi(stack, path, { ...init, headers: authHeader(adminToken) });
    expect(status, `${path}: ${JSON.stringify(body)}`).toBeLessThan(300);
    return body as T;
  };
  const shot = (name: string) => page.screenshot({ path: join(screenshotDir, `${name}.png`) });

  beforeAll(async () => {
    ({ stack, browser, page, problems, demoPassword } = await startSeededConsole());
    adminToken = await loginAs(stack, CITY_ADMIN, demoPassword);
    console.info(`e2e screenshots: ${screenshotDir}`);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('logs the city administrator in and narrows the enterprises to one district', async () => {
    // Prepare
    const expected = await api<{ data: Listed[] }>('/api/enterprises?districtId=wujin&limit=25');
    await loginThroughForm(page, stack.url, CITY_ADMIN, demoPassword);

    // Act
    await page.goto(`${stack.url}/#/enterprises`);
    await tableRows(page);
    await choose(page, '辖市（区）', '武进区');

    // Assess
    await expect.poll(async () => (await tableRows(page)).every((row) => row.includes('武进区'))).toBe(true);
    const rows = await tableRows(page);
    expect(rows).toHaveLength(expected.data.length);
    expect(
      rows.map((row) => expected.data.some((enterprise) => row.includes(enterprise.name))),
    ).not.toContain(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await shot('enterprises-wujin');
  });

  it('opens an enterprise, edits its address, and finds the change in the audit log', async () => {
    // Prepare
    const address = `武进区湖塘镇端到端测试路 ${Date.now() % 1000} 号`;
    const firstRow = page.locator('tbody tr').first();
    const name = (await firstRow.locator('td').first().textContent()) ?? '';

    // Act
    await firstRow.click();
    await page.getByRole('link', { name: '编辑' }).click();
    const addressInput = page.getByLabel('地址');
    await addressInput.fill(address);
    await shot('enterprise-edit');
    await page.getByRole('button', { name: '保存' }).click();

    // Assess: back on the record, which the API has too
    await page.getByText(address).waitFor();
    const id = decodeURIComponent(page.url().split('/enterprises/')[1]?.split('/')[0] ?? '');
    const saved = await api<Listed>(`/api/enterprises/${encodeURIComponent(id)}`);
    expect(saved.address).toBe(address);
    expect(name).toContain(saved.name);
    await shot('enterprise-show');

    // Assess: 操作日志, newest first, opens to the changed field
    await page.goto(`${stack.url}/#/audit`);
    const newest = page.locator('tbody tr').first();
    await newest.waitFor();
    expect(await newest.textContent()).toContain(saved.name);
    await newest.click();
    const changes = page.getByTestId('audit-changes').first();
    await changes.waitFor();
    expect(await changes.textContent()).toContain('地址');
    expect(await changes.textContent()).toContain(address);
    await shot('audit-expanded');
  });

  it('imports an XLSX of four rows and reports the two bad ones row by row', async () => {
    // Prepare
    const towns = await api<{ data: { name: string }[] }>('/api/towns?districtId=wujin&limit=100');
    const town = towns.data[0]?.name ?? '';
    const stamp = String(Date.now()).slice(-6);
    const code = (n: number) => withCheckChar(`91320412E2E${String(Number(stamp) + n).padStart(6, '0')}`);
    const badCheck = code(3).slice(0, 17) + (code(3).endsWith('0') ? '1' : '0');
    const row = (creditCode: string, name: string, townName: string) => [
      creditCode,
      name,
      '武进区',
      townName,
      '',
      '机械',
      '正常生产',
      '否',
      '否',
      '否',
      '武进区端到端导入路 1 号',
      '王导入',
      '13912340001',
      '',
      '',
    ];
    const file = join(screenshotDir, `企业导入-${stamp}.xlsx`);
    writeFileSync(
      file,
      writeXlsx([
        enterpriseHeaders,
        row(code(1), `端到端导入甲${stamp}有限公司`, town),
        row(code(2), `端到端导入乙${stamp}有限公司`, town),
        row(badCheck, `端到端导入丙${stamp}有限公司`, town),
        row(code(4), `端到端导入丁${stamp}有限公司`, '不存在的镇'),
      ]),
    );
    await page.goto(`${stack.url}/#/enterprises`);
    await tableRows(page);

    // Act
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-start').click();
    const result = page.getByTestId('import-result');
    const failure = page.getByTestId('import-dialog').getByRole('alert');
    await result.or(failure).first().waitFor({ timeout: 30_000 });
    const dialogText = await page.getByTestId('import-dialog').textContent();
    expect(await result.count(), `the import did not finish: ${dialogText}`).toBe(1);

    // Assess
    await shot('import-result');
    expect(await page.getByTestId('import-created').textContent()).toBe('新增 2');
    expect(await page.getByTestId('import-failed').textContent()).toBe('失败 2');
    const errorRows = await page.getByTestId('import-errors').locator('tbody tr').allTextContents();
    expect(errorRows).toHaveLength(2);
    expect(errorRows[0]).toMatch(/^4统一社会信用代码/);
    expect(errorRows[1]).toMatch(/^5镇（街道）/);
    const imported = await api<{ data: Listed[] }>(`/api/enterprises?q=${encodeURIComponent(stamp)}`);
    expect(imported.data.map((enterprise) => enterprise.name).sort()).toEqual([
      `端到端导入乙${stamp}有限公司`,
      `端到端导入甲${stamp}有限公司`,
    ]);
    await page.getByRole('button', { name: '关闭' }).click();
  });

  it('exports the filtered list and offers the XLSX to download', async () => {
    // Prepare
    await page.goto(`${stack.url}/#/enterprises`);
    await tableRows(page);
    await choose(page, '辖市（区）', '武进区');
    await expect.poll(async () => (await tableRows(page)).every((row) => row.includes('武进区'))).toBe(true);

    // Act
    await page.getByTestId('export-button').click();
    const download = page.getByTestId('export-download');
    await download.waitFor({ timeout: 30_000 });

    // Assess
    await shot('export-done');
    const href = (await download.getAttribute('href')) ?? '';
    const file = await fetch(href);
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(file.status).toBe(200);
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK'); // a zip: the XLSX
    await page.getByRole('button', { name: '关闭' }).click();
    expect(problems).toEqual([]);
  });

  it('exports every town of the list, not only the page on screen, to XLSX', async () => {
    // Prepare
    const towns = await api<{ data: { name: string }[]; nextCursor: string | null }>('/api/towns?limit=100');
    await page.goto(`${stack.url}/#/towns`);
    await tableRows(page);

    // Act
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出' }).click(),
    ]);

    // Assess
    expect(download.suggestedFilename()).toMatch(/^镇（街道）-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = readXlsx(new Uint8Array(readFileSync(await download.path())));
    expect(rows[0]?.cells).toEqual(['名称', '辖市（区）', '更新时间']);
    expect(
      rows
        .slice(1)
        .map((row) => row.cells[0])
        .sort(),
    ).toEqual(towns.data.map((town) => town.name).sort());
    expect(rows.length - 1).toBeGreaterThan(25); // more than one page of the list
    expect(problems).toEqual([]);
  });

  it('shows a district administrator its own district only', async () => {
    // Prepare
    const wujinTowns = await api<{ data: { name: string }[] }>('/api/towns?districtId=wujin&limit=100');
    const elsewhere = await api<{ data: Listed[] }>('/api/enterprises?districtId=liyang&limit=1');
    const districtPage = await browser.context.newPage();
    await districtPage.goto(`${stack.url}/`);
    await districtPage.evaluate(() => localStorage.clear()); // the profile is shared: leave the city's session

    // Act
    await loginThroughForm(districtPage, stack.url, WUJIN_ADMIN, demoPassword);
    await districtPage.goto(`${stack.url}/#/enterprises`);
    const rows = await tableRows(districtPage);

    // Assess: every enterprise is in one of its towns, and it has no district to choose
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect(
        wujinTowns.data.some((town) => row.includes(town.name)),
        row,
      ).toBe(true);
    expect(await districtPage.getByRole('combobox', { name: '辖市（区）' }).count()).toBe(0);
    expect(await districtPage.getByTestId('appbar-role').textContent()).toBe('辖区管理员');
    await districtPage.screenshot({ path: join(screenshotDir, 'district-admin-enterprises.png') });

    // Assess: another district's enterprise does not exist for it
    await districtPage.goto(
      `${stack.url}/#/enterprises/${encodeURIComponent(elsewhere.data[0]?.id ?? '')}/show`,
    );
    await districtPage.getByTestId('error-state').waitFor();
    expect(await districtPage.getByTestId('error-state').textContent()).toContain('记录不存在或无权查看');
    await districtPage.close();
  });

  it('explains a wrong password and then the lockout in the API’s words', async () => {
    // Prepare: a fresh page with nobody logged in
    const user = await createUserDirect({ role: 'townOfficer', districtId: 'wujin', townId: 'T-none' });
    const loginPage = await browser.context.newPage();
    await loginPage.goto(`${stack.url}/`);
    await loginPage.evaluate(() => localStorage.clear());
    await loginPage.goto(`${stack.url}/#/login`);
    const problem = loginPage.getByTestId('login-problem');

    // Act
    const answers: { status: number; message: string; shown: string }[] = [];
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await loginPage.getByLabel('用户名').fill(user.username);
      await loginPage.getByLabel('密码').fill(`wrong-${attempt}`);
      const [response] = await Promise.all([
        loginPage.waitForResponse((candidate) => candidate.url().endsWith('/api/auth/login')),
        loginPage.getByRole('button', { name: '登录' }).click(),
      ]);
      const message = ((await response.json()) as { error: { message: string } }).error.message;
      await expect.poll(() => problem.textContent()).toBe(message);
      answers.push({ status: response.status(), message, shown: (await problem.textContent()) ?? '' });
    }

    // Assess: refused, then locked (429), each in the API's words; the page never leaves the login form
    await loginPage.screenshot({ path: join(screenshotDir, 'login-locked.png') });
    expect(answers[0]?.status).toBe(401);
    expect(answers.at(-1)?.status).toBe(429);
    expect(answers.at(-1)?.shown).not.toBe(answers[0]?.shown);
    expect(loginPage.url()).toContain('#/login');
    await loginPage.close();
  });

  it('makes a user whose password was reset set a new one before anything else', async () => {
    // Prepare
    const user = await createUserDirect({
      role: 'districtAdmin',
      districtId: 'wujin',
      mustChangePassword: true,
    });
    const forcedPage = await browser.context.newPage();
    await forcedPage.goto(`${stack.url}/`);
    await forcedPage.evaluate(() => localStorage.clear());
    await forcedPage.goto(`${stack.url}/#/login`);
    await forcedPage.getByLabel('用户名').fill(user.username);
    await forcedPage.getByLabel('密码').fill(user.password);
    await forcedPage.getByRole('button', { name: '登录' }).click();

    // Act: the console insists on 修改密码, even when asked for another page
    await forcedPage.getByTestId('change-password-form').waitFor();
    await forcedPage.goto(`${stack.url}/#/enterprises`);
    await forcedPage.getByTestId('change-password-form').waitFor();
    await forcedPage.screenshot({ path: join(screenshotDir, 'password-forced.png') });
    await forcedPage.locator('input[name=currentPassword]').fill(user.password);
    await forcedPage.locator('input[name=newPassword]').fill('Wujin2026new');
    await forcedPage.locator('input[name=confirmPassword]').fill('Wujin2026new');
    await forcedPage.getByRole('button', { name: '保存新密码' }).click();

    // Assess: on to the dashboard, and the new password is the one that works
    await forcedPage.getByTestId('account-widget').waitFor();
    await forcedPage.goto(`${stack.url}/#/enterprises`);
    await forcedPage.locator('tbody tr').first().waitFor();
    expect(await loginAs(stack, user.username, 'Wujin2026new')).toBeTruthy();
    await forcedPage.close();
  });

  it('disables and enables a user after a confirmation, and resets its password to a temporary one', async () => {
    // Prepare: the city administrator on the user's page (the tests above left other sessions behind)
    const user = await createUserDirect({ role: 'townOfficer', districtId: 'wujin', townId: 'T-none' });
    const login = (password: string) =>
      callApi(stack, '/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: user.username, password }),
      });
    await page.goto(`${stack.url}/`);
    await page.evaluate(() => localStorage.clear());
    await loginThroughForm(page, stack.url, CITY_ADMIN, demoPassword);
    await page.goto(`${stack.url}/#/users/${encodeURIComponent(user.id)}`);
    const dialog = page.getByRole('dialog');

    // Act: 停用, confirmed
    await page.getByTestId('user-disable').click();
    await dialog.getByText(`停用 ${user.name} 的账号？`).waitFor();
    await dialog.getByRole('button', { name: '停用' }).click();

    // Assess: notified, the page offers 启用, and the account no longer logs in
    await page.getByText(`已停用 ${user.name} 的账号`).waitFor();
    await page.getByTestId('user-enable').waitFor();
    await shot('user-disabled');
    expect((await login(user.password)).status).not.toBe(200);

    // Act: 启用, confirmed
    await page.getByTestId('user-enable').click();
    await dialog.getByText(`启用 ${user.name} 的账号？`).waitFor();
    await dialog.getByRole('button', { name: '启用' }).click();

    // Assess
    await page.getByText(`已启用 ${user.name} 的账号`).waitFor();
    await page.getByTestId('user-disable').waitFor();
    expect((await login(user.password)).status).toBe(200);

    // Act: 重置密码, confirmed
    await page.getByTestId('user-reset-password').click();
    await dialog.getByText(`重置 ${user.name} 的密码？`).waitFor();
    await dialog.getByRole('button', { name: '重置密码' }).click();
    const temporary = page.getByTestId('temporary-password');
    await temporary.waitFor();
    await shot('user-temporary-password');

    // Assess: the temporary password replaces the old one
    const password = (await temporary.textContent()) ?? '';
    expect(password.length).toBeGreaterThan(0);
    expect((await login(password)).status).toBe(200);
    expect((await login(user.password)).status).not.toBe(200);
    await page.getByRole('button', { name: '关闭' }).click();
    expect(problems).toEqual([]);
  });
});
