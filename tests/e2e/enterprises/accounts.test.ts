import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserDirect, loginAs } from '#tests/fixtures/auth';
import { callApi } from '#tests/fixtures/local-stack';
import { chromiumPath } from '../support/chromium';
import { leaveSession, loginThroughForm, tableRows } from '../support/console-login';
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
  WUJIN_ADMIN,
} from './support';

describe.skipIf(!chromiumPath && !required)('registry in the console (real local stack, demo city)', () => {
  beforeAll(startRegistryConsole);
  afterAll(stopRegistryConsole);

  it('shows a district administrator its own district only', async () => {
    // Prepare
    const wujinTowns = await api<{ data: { name: string }[] }>('/api/towns?districtId=wujin&limit=100');
    const elsewhere = await api<{ data: Listed[] }>('/api/enterprises?districtId=liyang&limit=1');
    const districtPage = await browser.context.newPage();
    await leaveSession(districtPage, stack.url); // the profile is shared: leave the city's session

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
    await districtPage.getByTestId('record-missing').waitFor();
    expect(await districtPage.getByTestId('record-missing').textContent()).toContain(
      '该记录不存在，或不在您的管辖范围内',
    );
    await districtPage.close();
  });

  it('explains a wrong password and then the lockout in the API’s words', async () => {
    // Prepare: a fresh page with nobody logged in
    const user = await createUserDirect({ role: 'townOfficer', districtId: 'wujin', townId: 'T-none' });
    const loginPage = await browser.context.newPage();
    await leaveSession(loginPage, stack.url);
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
    await leaveSession(forcedPage, stack.url);
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
    await leaveSession(page, stack.url);
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
