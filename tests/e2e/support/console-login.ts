import type { Page } from 'playwright-core';

/** Logs in through the console's login form and waits for the dashboard's account widget. */
export async function loginThroughForm(page: Page, baseUrl: string, username: string, password: string) {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('account-role').waitFor();
}

/** The rows of the list on screen, as text. */
export async function tableRows(page: Page): Promise<string[]> {
  await page.locator('tbody tr').first().waitFor();
  return page.locator('tbody tr').allTextContents();
}

/**
 * Leaves whatever session the shared browser profile holds, on a same-origin page that runs no app (the health
 * route). Clearing it from the console itself races the console's own requests, which then answer 401.
 */
export async function leaveSession(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/api/health`);
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
}
