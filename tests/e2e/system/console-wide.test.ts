import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '#functions/platform/manifest-types';
import { runJob } from '#infra/local/scheduler';
import { authHeader, loginAs } from '#tests/fixtures/auth';
import { callApi } from '#tests/fixtures/local-stack';
import { chromiumPath } from '../support/chromium';
import { loginThroughForm } from '../support/console-login';
import { type SeededConsole, startSeededConsole } from '../support/seeded-console';
import { countApiRequests, englishOnPage, screensOf, settled } from './screens';

const required = process.env.E2E_REQUIRED === '1';

/** The demo seed's accounts (infra/local/seed); the enterprise user's name is looked up. */
const usernames: Record<Role, string> = {
  cityAdmin: 'admin',
  districtAdmin: 'wujin.admin',
  townOfficer: 'wujin.town01',
  gridMember: 'wujin.town01.grid1',
  enterpriseUser: '',
  agencyUser: 'agency.demo',
};
/** 00:30 on 1 December in Beijing is 11:30 on 30 November in New York, the browser's zone here. */
const KNOWN_INSTANT = '2026-11-30T16:30:00.000Z';
const IN_BEIJING = '2026/12/1 00:30:00';

let world: SeededConsole;
let page: Page;
/** Record ids each role can read, for the `{enterprise}`-style placeholders of its screens. */
const recordsOf = {} as Record<Role, Record<string, string>>;
let timedTownName = '';

const tokens = new Map<Role, string>();
const api = async <T>(role: Role, path: string, init: RequestInit = {}) => {
  const token = tokens.get(role) ?? (await loginAs(world.stack, usernames[role], world.demoPassword));
  tokens.set(role, token);
  const { status, body } = await callApi(world.stack, path, { ...init, headers: authHeader(token) });
  if (status >= 300) throw new Error(`${path}: ${status} ${JSON.stringify(body)}`);
  return body as T;
};
const firstId = async (role: Role, resource: string) =>
  (await api<{ data: { id: string }[] }>(role, `/api/${resource}?limit=1`)).data[0]?.id ?? '';

/** Each role's localStorage (token, account) as its first login through the form left it, and the role shown. */
const sessions = new Map<Role, { entries: Record<string, string>; shown: string | null }>();

/**
 * Signs in as `role` in a fresh page load: through the login form the first time, then by putting back the
 * session that login stored (a form login costs a scrypt check and two page loads; the form is what the first
 * one tests, the screens after it are what the rest do). The blank page between makes sure no state of the
 * previous role survives in the app.
 */
async function loginAsRole(role: Role) {
  if (!page.url().startsWith(world.stack.url)) await page.goto(world.stack.url);
  const saved = sessions.get(role);
  await page.evaluate((entries) => {
    localStorage.clear();
    sessionStorage.clear();
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, saved?.entries ?? {});
  const shownRole = page.getByTestId('account-role');
  if (saved) {
    await page.goto('about:blank');
    await page.goto(`${world.stack.url}/`);
    await shownRole.waitFor();
    expect(await shownRole.textContent(), `the restored session of ${role}`).toBe(saved.shown);
    return;
  }
  await loginThroughForm(page, world.stack.url, usernames[role], world.demoPassword);
  sessions.set(role, {
    entries: await page.evaluate(() => ({ ...localStorage })),
    shown: await shownRole.textContent(),
  });
}

/** The role's screens with real ids in them. */
const screensFor = (role: Role) =>
  screensOf[role].map((path) => path.replace(/\{(\w+)\}/g, (_, kind: string) => recordsOf[role][kind] ?? ''));

async function open(path: string) {
  await page.goto(`${world.stack.url}/#${path}`);
  await settled(page);
}

describe.skipIf(!chromiumPath && !required)('the whole console, every screen, every role', () => {
  beforeAll(async () => {
    world = await startSeededConsole({ timezoneId: 'America/New_York' }, { agencies: true });
    page = world.page;
    await page.addInitScript(countApiRequests);
    const { createTown } = await import('#functions/org/store/towns');
    const seeder = { userId: 'seed', username: 'seed', name: '演示数据', role: 'cityAdmin' as const };
    timedTownName = '时区测试镇';
    await createTown(seeder, { districtId: 'wujin', name: timedTownName }, new Date(KNOWN_INSTANT));
    await api('cityAdmin', '/api/messages/test', {
      method: 'POST',
      body: JSON.stringify({ phone: '13800138000' }),
    });
    // sent by the local stack's console channel, so that its page shows an attempt and the channel's name
    const dispatch = world.stack.bindings.jobs.find((job) => job.name === 'sms-dispatch');
    if (dispatch) await runJob(dispatch, new Date());
    const enterpriseUsers = await api<{ data: { username: string }[] }>(
      'cityAdmin',
      '/api/users?role=enterpriseUser&districtId=wujin&limit=1',
    );
    usernames.enterpriseUser = enterpriseUsers.data[0]?.username ?? '';
    for (const role of Object.keys(screensOf) as Role[]) {
      const manages = role === 'cityAdmin' || role === 'districtAdmin';
      if (role === 'agencyUser') {
        recordsOf[role] = { agency: await firstId(role, 'agencies') };
        continue;
      }
      recordsOf[role] = {
        enterprise: await firstId(role, 'enterprises'),
        ...(role === 'enterpriseUser'
          ? {}
          : { town: await firstId(role, 'towns'), grid: await firstId(role, 'grids') }),
        ...(manages ? { user: await firstId(role, 'users'), message: await firstId(role, 'messages') } : {}),
      };
    }
  }, 120_000);
  afterAll(async () => {
    await world?.browser.close();
    await world?.stack.stop();
  });

  it('shows times in Beijing time, and says so, in a browser set to New York time', async () => {
    // Prepare
    await loginAsRole('cityAdmin');

    // Act
    await open(`/towns?filter=${encodeURIComponent(JSON.stringify({ districtId: 'wujin' }))}`);
    const row = page.locator('tbody tr', { hasText: timedTownName });

    // Assess
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
      'America/New_York',
    );
    expect(await row.textContent()).toContain(IN_BEIJING);
    expect(await page.locator('thead').textContent()).toContain('北京时间');
  });

  it('keeps the page of a list on Back and on reload', async () => {
    // Prepare: wait for what the page shows, not for a quiet network (a loaded machine starts the next
    // request later than any quiet period, which made this test read page 1 as if it were page 2)
    const firstRow = () => page.locator('tbody tr').first().textContent();
    const shown = async () => ({ page2: page.url().includes('page=2'), first: await firstRow() });
    const wait = { timeout: 15_000 };
    await loginAsRole('cityAdmin');
    await open('/enterprises');
    const pageOne = await firstRow();
    await page.getByRole('button', { name: '下一页' }).click();
    await expect.poll(async () => (await shown()).page2 && (await firstRow()) !== pageOne, wait).toBe(true);
    const secondPage = await firstRow();

    // Act
    await page.locator('tbody tr').first().click();
    await page.waitForURL((url) => !/^#\/enterprises(\?|$)/.test(url.hash));
    await page.goBack();
    await expect.poll(shown, wait).toEqual({ page2: true, first: secondPage });
    await page.reload();

    // Assess: the reloaded list shows the second page too (Back was checked just above)
    await expect.poll(shown, wait).toEqual({ page2: true, first: secondPage });
  });

  it('says a missing or foreign record may not exist or be out of reach, and leads back to the list', async () => {
    // Prepare: a town that does not exist, and (for 武进区's administrator) one of another district
    const foreignTown = (
      await api<{ data: { id: string }[] }>('cityAdmin', '/api/towns?districtId=liyang&limit=1')
    ).data[0]?.id;

    // Act
    await open('/towns/01M8ST0000000000000000NONE');
    const missing = await page.getByTestId('record-missing').textContent();
    await page.getByRole('link', { name: '返回列表' }).click();
    await settled(page);
    const backAt = page.url();
    await loginAsRole('districtAdmin');
    await open(`/towns/${foreignTown}`);
    const foreign = await page.getByTestId('record-missing').textContent();

    // Assess
    expect(missing).toContain('该记录不存在，或不在您的管辖范围内');
    expect(backAt).toMatch(/#\/towns(\?|$)/);
    expect(foreign).toContain('该记录不存在，或不在您的管辖范围内');
    expect(await page.getByRole('button', { name: '重试' }).count()).toBe(0);
  });

  it('renders every screen in Chinese, with no English UI text, at 1366 px', async () => {
    // Prepare: the missing records above answered 404 on purpose
    world.problems.length = 0;
    const leaks: string[] = [];

    // Act
    for (const role of ['cityAdmin', 'enterpriseUser'] as const) {
      await loginAsRole(role);
      for (const path of screensFor(role)) {
        await open(path);
        for (const text of await englishOnPage(page)) leaks.push(`${role} ${path}: ${text}`);
      }
    }

    // Assess
    expect(leaks).toEqual([]);
    expect(world.problems).toEqual([]);
  }, 120_000);

  it('fits every screen into 375 px as each role that sees it: nothing wider than the window', async () => {
    // Prepare
    await page.setViewportSize({ width: 375, height: 667 });
    const problems: string[] = [];

    // Act
    for (const role of Object.keys(screensOf) as Role[]) {
      await loginAsRole(role);
      for (const path of screensFor(role)) {
        await open(path);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        if (scrollWidth > innerWidth) problems.push(`${role} ${path}: ${scrollWidth} px`);
        for (const text of await englishOnPage(page)) problems.push(`${role} ${path}: ${text}`);
      }
    }

    // Assess
    expect(problems).toEqual([]);
  }, 180_000);
});
