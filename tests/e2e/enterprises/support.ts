import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { authHeader, loginAs } from '#tests/fixtures/auth';
import { callApi } from '#tests/fixtures/local-stack';
import type { E2eBrowser } from '../support/chromium';
import { screenshotFolder } from '../support/screenshots';
import { startSeededConsole } from '../support/seeded-console';

/**
 * What the registry e2e tests share: a seeded console per test file, started by `startRegistryConsole`
 * in the file's `beforeAll`. The bindings below are live, so a test file reads them once it is up.
 */
export const required = process.env.E2E_REQUIRED === '1';
export const screenshotDir = screenshotFolder('registry');

/** What the demo seed creates (infra/local/seed): `admin` for the city, `<district>.admin` for each district. */
export const CITY_ADMIN = 'admin';
export const WUJIN_ADMIN = 'wujin.admin';

export interface Listed {
  id: string;
  name: string;
  districtId: string;
  townId: string;
  address?: string;
}

export let stack: LocalStack;
export let browser: E2eBrowser;
export let page: Page;
export let problems: string[];
let adminToken: string;
export let demoPassword: string;

export async function startRegistryConsole() {
  ({ stack, browser, page, problems, demoPassword } = await startSeededConsole());
  adminToken = await loginAs(stack, CITY_ADMIN, demoPassword);
}

export async function stopRegistryConsole() {
  await browser?.close();
  await stack?.stop();
}

/** The API as the city administrator; fails the test on an error status. */
export const api = async <T>(path: string, init: RequestInit = {}) => {
  const { status, body } = await callApi(stack, path, { ...init, headers: authHeader(adminToken) });
  expect(status, `${path}: ${JSON.stringify(body)}`).toBeLessThan(300);
  return body as T;
};
export const shot = (name: string) => page.screenshot({ path: join(screenshotDir, `${name}.png`) });
