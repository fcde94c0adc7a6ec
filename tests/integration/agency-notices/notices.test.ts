import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTableReader } from '#tests/fixtures/audit-table';
import { signedIn } from '#tests/fixtures/auth';
import { storageChanges, storageSnapshot } from '#tests/fixtures/storage-snapshot';
import {
  city,
  type Failure,
  type Headers,
  liyangAdmin,
  makeAgency,
  makeDeduction,
  makeRule,
  type Notice,
  send,
  stack,
  startNoticeStack,
  stopNoticeStack,
  wujinAdmin,
} from './support';

let alpha: Awaited<ReturnType<typeof makeAgency>>;
let beta: Awaited<ReturnType<typeof makeAgency>>;
let gamma: Awaited<ReturnType<typeof makeAgency>>;
let alphaUser: Headers;
let gammaUser: Headers;
/** 武进区's deductions of alpha (2) and beta (1), 溧阳市's of gamma (1). */
const ids = { alpha1: '', alpha2: '', beta1: '', gamma1: '' };

beforeAll(async () => {
  await startNoticeStack();
  await makeRule('TZ-01', 5);
  alpha = await makeAgency('wujin');
  beta = await makeAgency('wujin');
  gamma = await makeAgency('liyang');
  alphaUser = (await signedIn(stack, { role: 'agencyUser', agencyId: alpha.id })).headers;
  gammaUser = (await signedIn(stack, { role: 'agencyUser', agencyId: gamma.id })).headers;
  ids.alpha1 = await makeDeduction(wujinAdmin, alpha.id, 'TZ-01', 5);
  ids.alpha2 = await makeDeduction(wujinAdmin, alpha.id, 'TZ-01', 5);
  ids.beta1 = await makeDeduction(wujinAdmin, beta.id, 'TZ-01', 5);
  ids.gamma1 = await makeDeduction(liyangAdmin, gamma.id, 'TZ-01', 5);
}, 180_000);
afterAll(stopNoticeStack);

const draft = (deductionIds: string[], extra: Record<string, unknown> = {}) => ({
  title: '关于武进区第四季度检测机构考评情况的通报',
  body: '经检查，下列机构存在报告数据与现场不符的问题。\n请各机构对照整改。',
  deductionIds,
  ...extra,
});

describe('agency notices: draft → published', () => {
  let notice: Notice;

  it('lets a district admin draft a notice of its own deductions, in its district', async () => {
    // Act
    const answer = await send('POST', '/api/agency-notices', wujinAdmin, draft([ids.alpha1, ids.beta1]));
    notice = answer.body as Notice;

    // Assess
    expect(answer.status).toBe(201);
    expect(notice).toMatchObject({
      districtId: 'wujin',
      status: 'draft',
      deductionIds: [ids.alpha1, ids.beta1],
    });
    expect(notice.deductions?.map((row) => row.agencyName)).toEqual([alpha.name, beta.name]);
  });

  it("refuses another district's deduction and another issuer, naming the field, writing nothing", async () => {
    // Prepare
    const before = await storageSnapshot(stack);

    // Act
    const foreign = await send('POST', '/api/agency-notices', wujinAdmin, draft([ids.alpha1, ids.gamma1]));
    const issuer = await send(
      'POST',
      '/api/agency-notices',
      wujinAdmin,
      draft([ids.alpha1], { districtId: 'liyang' }),
    );

    // Assess
    expect(foreign.status).toBe(400);
    expect((foreign.body as Failure).error.fields).toEqual([
      expect.objectContaining({ path: 'body.deductionIds.1', code: 'invalid_deduction' }),
    ]);
    expect(issuer.status).toBe(400);
    expect((issuer.body as Failure).error.fields?.[0]?.path).toBe('body.districtId');
    expect(storageChanges(before, await storageSnapshot(stack))).toEqual([]);
  });

  it('edits the draft, then publishes it with its time, audited once each', async () => {
    // Prepare
    const audit = auditTableReader(stack);

    // Act
    const edited = await send(
      'PUT',
      `/api/agency-notices/${notice.id}`,
      wujinAdmin,
      draft([ids.alpha1, ids.beta1], { title: '武进区检测机构考评情况通报（第二版）' }),
    );
    const published = await send('POST', `/api/agency-notices/${notice.id}/publish`, wujinAdmin);
    const entries = (await audit.entries()).filter((entry) => entry.entityId === notice.id);
    audit.close();

    // Assess
    expect(edited.status).toBe(200);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({
      status: 'published',
      title: '武进区检测机构考评情况通报（第二版）',
    });
    expect(Date.parse((published.body as Notice).publishedAt ?? '')).toBeGreaterThan(0);
    expect(entries.map((entry) => `${entry.entity}/${entry.action}`).sort()).toEqual([
      'agencyNotice/create',
      'agencyNotice/publish',
      'agencyNotice/update',
    ]);
    notice = published.body as Notice;
  });

  it('refuses to edit or re-publish a published notice with a Chinese 409, writing nothing', async () => {
    // Prepare
    const before = await storageSnapshot(stack);

    // Act
    const edit = await send('PUT', `/api/agency-notices/${notice.id}`, wujinAdmin, draft([ids.alpha1]));
    const again = await send('POST', `/api/agency-notices/${notice.id}/publish`, city);

    // Assess
    for (const answer of [edit, again]) {
      expect(answer.status).toBe(409);
      expect((answer.body as Failure).error).toMatchObject({ code: 'NOTICE_PUBLISHED' });
      expect((answer.body as Failure).error.message).toContain('已发布');
    }
    expect(storageChanges(before, await storageSnapshot(stack))).toEqual([]);
  });

  it('shows the notice to its agencies and managers only', async () => {
    // Act
    const byAlpha = await send('GET', `/api/agency-notices/${notice.id}`, alphaUser);
    const byGamma = await send('GET', `/api/agency-notices/${notice.id}`, gammaUser);
    const byLiyang = await send('GET', `/api/agency-notices/${notice.id}`, liyangAdmin);
    const alphaList = await send('GET', '/api/agency-notices', alphaUser);
    const gammaList = await send('GET', '/api/agency-notices', gammaUser);
    const cityList = await send('GET', '/api/agency-notices?status=published', city);

    // Assess
    expect([byAlpha.status, byGamma.status, byLiyang.status]).toEqual([200, 404, 404]);
    expect((alphaList.body as { data: Notice[] }).data.map((row) => row.id)).toEqual([notice.id]);
    expect((gammaList.body as { data: Notice[] }).data).toEqual([]);
    expect((cityList.body as { data: Notice[] }).data.map((row) => row.id)).toContain(notice.id);
  });

  it('exports the notice as a DOCX holding its title and every agency', async () => {
    // Act
    const answer = await send('GET', `/api/agency-notices/${notice.id}/docx`, wujinAdmin);
    const file = answer.body as {
      fileName: string;
      contentType: string;
      size: number;
      contentBase64: string;
    };
    const bytes = Buffer.from(file.contentBase64, 'base64');
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml'] ?? new Uint8Array());

    // Assess
    expect(answer.status).toBe(200);
    expect(file.fileName).toBe('武进区检测机构考评情况通报（第二版）.docx');
    expect(file.size).toBe(bytes.length);
    expect(xml).toContain('武进区检测机构考评情况通报（第二版）');
    expect(xml).toContain(alpha.name);
    expect(xml).toContain(beta.name);
    expect(xml).toContain('请各机构对照整改。');
    expect(xml).not.toContain(gamma.name);
  });

  it('refuses to publish a draft whose deduction was revoked since, writing nothing', async () => {
    // Prepare
    const made = await send('POST', '/api/agency-notices', wujinAdmin, draft([ids.alpha2]));
    const id = (made.body as Notice).id;
    const revoked = await send('POST', `/api/agency-deductions/${ids.alpha2}/revoke`, wujinAdmin, {
      reason: '复核后撤销',
    });
    const before = await storageSnapshot(stack);

    // Act
    const answer = await send('POST', `/api/agency-notices/${id}/publish`, wujinAdmin);

    // Assess
    expect([made.status, revoked.status]).toEqual([201, 200]);
    expect(answer.status).toBe(409);
    expect((answer.body as Failure).error.code).toBe('NOTICE_DEDUCTION_REVOKED');
    expect(storageChanges(before, await storageSnapshot(stack))).toEqual([]);
  });
});
