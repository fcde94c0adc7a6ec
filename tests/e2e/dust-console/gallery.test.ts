import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { chromiumPath, type E2eBrowser } from '../support/chromium';
import { loginThroughForm } from '../support/console-login';
import { startSeededConsole } from '../support/seeded-console';

const required = process.env.E2E_REQUIRED === '1';
/** A 1×1 grey PNG: the cards need an image, not a real photo. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

interface FakeItem {
  cleaningId: string;
  siteName: string;
  suspect: boolean;
  suspectReasons: string[];
  state: 'queued' | 'approved' | 'rejected';
}

const item = (cleaningId: string, siteName: string, suspectReasons: string[] = []) => ({
  cleaningId,
  siteId: `site-${cleaningId}`,
  siteName,
  enterpriseId: 'ent-1',
  enterpriseName: '演示湖塘铝制品有限公司',
  districtId: 'wujin',
  townId: 'town-1',
  day: '2026-12-01',
  suspect: suspectReasons.length > 0,
  suspectReasons,
  state: 'queued' as FakeItem['state'],
  queuedAt: '2026-12-02T00:30:00.000Z',
  photos: [{ photoId: `photo-${cleaningId}`, url: PIXEL }],
});

/**
 * The gallery's keys and states against a route-intercepted queue (the real API's path is the done-when test,
 * tests/e2e/dust/done-when.test.ts): A approves and moves on, the arrows move, R asks for the reason, a cleaning
 * someone else rejected first (409 DUST_REVIEW_DONE) says so and reads the queue again, and an empty day says so.
 */
describe.skipIf(!chromiumPath && !required)('照片抽查 gallery keys (queue faked with page.route)', () => {
  let stack: LocalStack;
  let browser: E2eBrowser;
  let page: Page;
  let problems: string[];
  const queue = [
    item('C-A', '一号抛光车间', ['duplicate', 'similar']),
    item('C-B', '二号打磨工位'),
    item('C-C', '三号筛分间'),
  ];
  const asked: string[] = [];
  const decided: { id: string; body: unknown }[] = [];

  const reviews = async (route: Route) => {
    const url = new URL(route.request().url());
    asked.push(url.search);
    const state = url.searchParams.get('state') ?? 'queued';
    const data =
      url.searchParams.get('day') === '2026-11-01' ? [] : queue.filter((one) => one.state === state);
    await route.fulfill({ json: { data, nextCursor: null } });
  };
  const review = async (route: Route) => {
    const id = decodeURIComponent(new URL(route.request().url()).pathname.split('/').at(-2) ?? '');
    const body = route.request().postDataJSON() as { decision: string };
    decided.push({ id, body });
    const target = queue.find((one) => one.cleaningId === id) as FakeItem;
    if (id === 'C-C') {
      target.state = 'rejected';
      await route.fulfill({
        status: 409,
        json: { error: { code: 'DUST_REVIEW_DONE', message: '该清扫记录已被驳回，不能再次审核' } },
      });
      return;
    }
    target.state = body.decision === 'approve' ? 'approved' : 'rejected';
    await route.fulfill({ json: { cleaningId: id } });
  };
  const selectedSite = () =>
    page.locator('[data-testid="dust-review-item"][aria-selected="true"]').textContent();

  beforeAll(async () => {
    let demoPassword: string;
    ({ stack, browser, page, problems, demoPassword } = await startSeededConsole());
    await page.setViewportSize({ width: 1280, height: 900 });
    await loginThroughForm(page, stack.url, 'wujin.admin', demoPassword);
    await page.route('**/api/dust-reviews?**', reviews);
    await page.route('**/api/dust-cleanings/*/review', review);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('approves with A, moves with the arrows, rejects with R, and says when someone was first', async () => {
    // Act 1: the queue, suspect first, the first card selected
    await page.getByRole('menuitem', { name: '照片抽查' }).click();
    const cards = page.getByTestId('dust-review-item');
    await cards.first().waitFor();
    const sites = await cards.allTextContents();
    const suspectChip = await cards.first().getByTestId('dust-review-suspect').textContent();

    // Act 2: A approves the first card and selects the next one still waiting
    await page.keyboard.press('a');
    await cards.first().getByText('已通过').waitFor();
    const afterApprove = await selectedSite();

    // Act 3: → then R on 三号筛分间; someone rejected it first (409)
    await page.keyboard.press('ArrowRight');
    const afterArrow = await selectedSite();
    await page.keyboard.press('r');
    await page.getByLabel('驳回原因').fill('照片模糊');
    await page.getByRole('button', { name: '确认驳回' }).click();
    await page.getByText('该清扫记录已被驳回，不能再次审核').waitFor();
    await expect.poll(() => cards.count()).toBe(1);

    // Act 4: the one left, opened large and approved with its button
    await cards.first().click();
    await page.getByTestId('dust-review-viewer').waitFor();
    await page.getByRole('button', { name: '通过', exact: true }).click();
    await page.getByTestId('dust-review-viewer').getByText('已通过').waitFor();
    await page.keyboard.press('Escape');

    // Act 5: a day without photos
    await page.getByLabel('上报日').fill('2026-11-01');
    await page.getByLabel('上报日').press('Tab');
    await page.getByText('当前筛选条件下没有待抽查的照片').waitFor();
    const askedForDay = asked.at(-1);

    // Act 6: on a phone, one card a row, nothing wider than the screen, the viewer full screen
    for (const one of queue) one.state = 'queued';
    await page.setViewportSize({ width: 375, height: 667 });
    await page.reload(); // a fresh gallery: default filters (待审核, any day)
    await expect.poll(() => cards.count()).toBe(3);
    const phoneWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    await cards.nth(1).click();
    const viewer = await page.getByTestId('dust-review-viewer').boundingBox();

    // Assess
    // Each card's text: the site, then the enterprise (演示…)
    expect(sites.map((text) => text.split('演示')[0])).toEqual([
      '一号抛光车间',
      '二号打磨工位',
      '三号筛分间',
    ]);
    expect(suspectChip).toBe('可疑：同一照片、相似照片');
    expect(afterApprove).toContain('二号打磨工位');
    expect(afterArrow).toContain('三号筛分间');
    expect(decided).toEqual([
      { id: 'C-A', body: { decision: 'approve' } },
      { id: 'C-C', body: { decision: 'reject', reason: '照片模糊' } },
      { id: 'C-B', body: { decision: 'approve' } },
    ]);
    expect(asked[0]).toBe('?state=queued&limit=48');
    expect(askedForDay).toBe('?day=2026-11-01&state=queued&limit=48');
    expect(phoneWidth).toBeLessThanOrEqual(375);
    expect(viewer?.width).toBeLessThanOrEqual(375);
    expect(problems.filter((problem) => !problem.includes('409'))).toEqual([]);
  }, 60_000);
});
