import type { Page } from 'playwright-core';

/** The phone the issue designs for: 375 px wide (iPhone SE / 8 class). */
export const PHONE = { width: 375, height: 667 };

/** The phone's login form, shown on any page that needs a session; waits until it is gone. */
export async function loginOnPhone(page: Page, username: string, password: string) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByLabel('用户名').waitFor({ state: 'detached' });
}

/** Gives every checklist item of the scan page the same answer (符合 / 不符合 / 不涉及). */
export async function answerAll(page: Page, answer: '符合' | '不符合' | '不涉及') {
  const items = page.getByTestId('checklist-item');
  await items.first().waitFor();
  for (let index = 0; index < (await items.count()); index++)
    await items.nth(index).getByText(answer, { exact: true }).click();
}
