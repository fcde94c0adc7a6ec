import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { authHeader, createUserDirect, type DirectUser, loginAs } from '#tests/fixtures/auth';
import { callApi } from '#tests/fixtures/local-stack';
import { chromiumPath, type E2eBrowser, launchChromium } from '../support/chromium';
import { leaveSession, loginThroughForm, tableRows } from '../support/console-login';
import { watchForProblems } from '../support/problems';
import { screenshotFolder } from '../support/screenshots';
import { startSeededConsole } from '../support/seeded-console';
import { cameraPhoto } from './camera-photo';
import { answerAll, loginOnPhone, PHONE } from './phone-steps';

const required = process.env.E2E_REQUIRED === '1';
const screenshotDir = screenshotFolder('m-done');
const HAZARD_TEXT = '泄爆片锈蚀穿孔，未按期更换';
const RECTIFIED_TEXT = '已更换泄爆片并建立月度检查台账';

interface Listed {
  id: string;
  districtId: string;
  townId: string;
}
interface AuditRow {
  at: string;
  actorId: string;
  action: string;
  entity: string;
  entityId: string;
}

/** The hazard's gallery images that have actually loaded (bytes from the bucket, decoded by the browser). */
const loadedPhotos = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLImageElement>('[data-testid="hazard-photos"] img')].filter(
        (image) => image.complete && image.naturalWidth > 0,
      ).length,
  );

describe.skipIf(!chromiumPath && !required)(
  'issue 11 done when: a scan to a closed hazard, phone and console',
  () => {
    let stack: LocalStack;
    let consoleBrowser: E2eBrowser;
    let phoneBrowser: E2eBrowser;
    let consolePage: Page;
    let phone: Page;
    let problems: string[];
    let adminToken: string;
    let enterpriseUser: DirectUser;
    let officer: DirectUser;
    let token: string;
    let riskPointId: string;
    let demoPassword: string;
    let otherEnterpriseId: string;
    const api = async <T>(path: string, bearer: string, init: RequestInit = {}) => {
      const { status, body } = await callApi(stack, path, { ...init, headers: authHeader(bearer) });
      expect(status, `${path}: ${JSON.stringify(body)}`).toBeLessThan(300);
      return body as T;
    };
    const shot = (page: Page, name: string) =>
      page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });

    beforeAll(async () => {
      ({
        stack,
        browser: consoleBrowser,
        page: consolePage,
        problems,
        demoPassword,
      } = await startSeededConsole());
      adminToken = await loginAs(stack, 'admin', demoPassword);
      const enterprises = await api<{ data: Listed[] }>(
        '/api/enterprises?districtId=wujin&limit=2',
        adminToken,
      );
      const enterprise = enterprises.data[0] as Listed;
      otherEnterpriseId = (enterprises.data[1] as Listed).id;
      enterpriseUser = await createUserDirect({
        role: 'enterpriseUser',
        districtId: enterprise.districtId,
        enterpriseId: enterprise.id,
        name: '张安全',
      });
      officer = await createUserDirect({
        role: 'townOfficer',
        districtId: enterprise.districtId,
        townId: enterprise.townId,
        name: '李镇街',
      });
      const enterpriseToken = await loginAs(stack, enterpriseUser.username, enterpriseUser.password);
      const classes = await api<{ data: { id: string }[] }>('/api/risk-classes?limit=1', enterpriseToken);
      const point = await api<{ id: string; token: string }>('/api/risk-points', enterpriseToken, {
        method: 'POST',
        body: JSON.stringify({
          classId: classes.data[0]?.id,
          name: '1号布袋除尘器',
          location: '抛光车间东侧',
          responsible: { name: '张安全' },
        }),
      });
      ({ token, id: riskPointId } = point);
      phoneBrowser = await launchChromium(chromiumPath as string);
      phone = await phoneBrowser.context.newPage();
      await phone.setViewportSize(PHONE);
    });

    afterAll(async () => {
      await phoneBrowser?.close();
      await consoleBrowser?.close();
      await stack?.stop();
    });

    it('scans, reports, reviews, rectifies and closes, and the audit log shows every step', async () => {
      const phoneProblems = watchForProblems(phone);

      // Act 1: the enterprise user opens the code, signs in, answers, takes a photo and reports a hazard
      await phone.goto(`${stack.url}/m/r/${token}`);
      await loginOnPhone(phone, enterpriseUser.username, enterpriseUser.password);
      await answerAll(phone, '符合');
      await phone.getByTestId('checklist-item').first().getByText('不符合', { exact: true }).click();
      await phone.getByLabel('隐患描述').fill(HAZARD_TEXT);
      await phone.getByTestId('photo-input').setInputFiles({
        name: 'IMG_1001.jpg',
        mimeType: 'image/jpeg',
        buffer: await cameraPhoto(phone, 4000, 3000),
      });
      await phone.locator('.thumb img').first().waitFor();
      await phone.getByTestId('scan-submit').click();
      await phone.getByTestId('submit-sent').waitFor({ timeout: 60_000 });
      await shot(phone, 'done-1-phone-hazard-reported');

      // Assess 1: one hazard from the scan, open, in the officer's list
      const officerToken = await loginAs(stack, officer.username, officer.password);
      const hazards = await api<{
        data: { id: string; riskPointId?: string; status: string; source: string; description: string }[];
      }>(`/api/hazards?status=OPEN&limit=100`, officerToken);
      const hazard = hazards.data.find((each) => each.riskPointId === riskPointId);
      expect(hazard).toMatchObject({ status: 'OPEN', source: 'scan', description: HAZARD_TEXT });
      const hazardId = hazard?.id as string;

      // Act 2: the town officer sees it in the console, with its photo loaded
      await loginThroughForm(consolePage, stack.url, officer.username, officer.password);
      await consolePage.goto(`${stack.url}/#/hazards/${encodeURIComponent(hazardId)}/show`);
      await consolePage.getByText(HAZARD_TEXT).first().waitFor();
      await expect.poll(() => loadedPhotos(consolePage), { timeout: 30_000 }).toBeGreaterThan(0);
      await shot(consolePage, 'done-2-console-hazard');

      // Act 3: the enterprise rectifies with a photo on the phone
      await phone.goto(`${stack.url}/m/hazards`);
      await phone.getByTestId('hazard-row').filter({ hasText: HAZARD_TEXT }).first().click();
      await phone.getByTestId('rectify-form').waitFor();
      await phone.getByLabel('整改措施').fill(RECTIFIED_TEXT);
      await phone.getByTestId('photo-input').setInputFiles({
        name: 'IMG_1002.jpg',
        mimeType: 'image/jpeg',
        buffer: await cameraPhoto(phone, 3000, 4000),
      });
      await phone.locator('.thumb img').first().waitFor();
      await phone.getByTestId('rectify-submit').click();
      await phone.getByTestId('submit-sent').waitFor({ timeout: 60_000 });
      await shot(phone, 'done-3-phone-rectified');

      // Act 4: the officer closes it in the console (a confirmed action with a reason)
      await consolePage.reload();
      await consolePage.getByText(RECTIFIED_TEXT).first().waitFor();
      await closeInConsole(consolePage);
      await expect
        .poll(async () => (await api<{ status: string }>(`/api/hazards/${hazardId}`, officerToken)).status, {
          timeout: 15_000,
        })
        .toBe('CLOSED');
      await shot(consolePage, 'done-4-console-closed');

      // Assess: the audit log has the point, the scan's hazard, the rectification and the close, by whom, in order
      const audit = await api<{ data: AuditRow[] }>('/api/audit?limit=100', adminToken);
      const steps = audit.data
        .filter((row) => row.entityId === hazardId || row.entityId === riskPointId)
        .sort((a, b) => a.at.localeCompare(b.at))
        .map(
          (row) =>
            `${row.entity} ${row.action} ${row.actorId === officer.id ? 'officer' : row.actorId === enterpriseUser.id ? 'enterprise' : row.actorId}`,
        );
      console.info(`audit steps: ${steps.join(' | ')}`);
      expect(steps).toEqual([
        'riskPoint create enterprise',
        'hazard create enterprise',
        'hazard rectify enterprise',
        'hazard close officer',
      ]);
      await leaveSession(consolePage, stack.url);
      await loginThroughForm(consolePage, stack.url, 'admin', demoPassword);
      await consolePage.goto(`${stack.url}/#/audit`);
      const rows = (await tableRows(consolePage)).slice(0, 4).join('\n');
      expect(rows).toContain('李镇街');
      expect(rows).toContain('张安全');
      await shot(consolePage, 'done-5-console-audit');
      expect(phoneProblems).toEqual([]);
      expect(problems).toEqual([]);
    });

    it('shows the point read-only to the town officer, and tells another enterprise the code is not theirs', async () => {
      // Prepare
      const stranger = await createUserDirect({
        role: 'enterpriseUser',
        districtId: 'wujin',
        enterpriseId: otherEnterpriseId,
      });
      const signInAs = async (user: DirectUser) => {
        await phone.goto(`${stack.url}/m/`);
        await phone.evaluate(() => localStorage.clear());
        await phone.goto(`${stack.url}/m/r/${token}`);
        await loginOnPhone(phone, user.username, user.password);
      };

      // Act / Assess: the officer reads the point, its controls and checklist, and has nothing to submit
      await signInAs(officer);
      await phone.getByTestId('read-only').waitFor();
      expect(await phone.getByTestId('risk-point-name').textContent()).toBe('1号布袋除尘器');
      expect(await phone.getByTestId('checklist-item').count()).toBeGreaterThan(0);
      expect(await phone.getByTestId('scan-submit').count()).toBe(0);
      await shot(phone, 'done-6-phone-officer-read-only');

      // Act / Assess: an account of another enterprise gets the Chinese "not yours / invalid or replaced" page
      await signInAs(stranger);
      await phone.getByTestId('code-invalid').waitFor();
      expect(await phone.getByTestId('code-invalid').textContent()).toContain('不属于您的企业');
      expect(await phone.getByTestId('risk-point').count()).toBe(0);
    });
  },
);

/** The hazard page's 验收通过: the button, a reason, the confirmation (admin/src/hazards/ReviewButtons.tsx). */
async function closeInConsole(page: Page) {
  await page.getByTestId('hazard-close').click();
  await page.getByTestId('hazard-review-reason').fill('现场复核：泄爆片已更换，台账齐全');
  await page.getByTestId('hazard-review-confirm').click();
}
