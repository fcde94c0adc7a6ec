import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  city,
  makeAgency,
  makeDeduction,
  makeRule,
  send,
  startNoticeStack,
  stopNoticeStack,
  wujinAdmin,
} from './support';

type Listing = {
  agencies: { name: string; scoreBand: string }[];
  notices: { noticeId: string; deductions: { deductionId: string; agencyName: string; points: number }[] }[];
};

let published: string;
let kept: string;
let revoked: string;
let revokedAgency: Awaited<ReturnType<typeof makeAgency>>;

beforeAll(async () => {
  await startNoticeStack();
  await makeRule('GK-25', 25);
  const keptAgency = await makeAgency('wujin');
  revokedAgency = await makeAgency('wujin');
  kept = await makeDeduction(wujinAdmin, keptAgency.id, 'GK-25', 25);
  revoked = await makeDeduction(wujinAdmin, revokedAgency.id, 'GK-25', 25);
  const notice = await send('POST', '/api/agency-notices', city, {
    title: '全市评价机构专项检查情况通报',
    body: '现将检查中发现的问题通报如下。',
    deductionIds: [kept, revoked],
  });
  published = (notice.body as { id: string }).id;
  const answer = await send('POST', `/api/agency-notices/${published}/publish`, city);
  if (answer.status !== 200) throw new Error(`publish: ${answer.status} ${JSON.stringify(answer.body)}`);
}, 180_000);
afterAll(stopNoticeStack);

describe('a deduction revoked after its notice was published', () => {
  it('leaves the public notice, the notice keeps it marked revoked, and its agency is listed again', async () => {
    // Prepare: 75 points, so not listed
    const before = (await send('GET', '/api/public/agencies', {})).body as Listing;

    // Act
    const revocation = await send('POST', `/api/agency-deductions/${revoked}/revoke`, wujinAdmin, {
      reason: '复核后认定依据不足',
    });
    const after = (await send('GET', '/api/public/agencies', {})).body as Listing;
    const detail = (await send('GET', `/api/agency-notices/${published}`, city)).body as {
      status: string;
      deductions: { id?: string; deductionId?: string; revoked?: boolean }[];
    };

    // Assess
    expect(before.agencies.map((agency) => agency.name)).not.toContain(revokedAgency.name);
    expect(revocation.status).toBe(200);
    const notice = after.notices.find((n) => n.noticeId === published);
    expect(notice?.deductions.map((d) => d.deductionId)).toEqual([kept]);
    expect(after.agencies.find((agency) => agency.name === revokedAgency.name)?.scoreBand).toBe('excellent');
    expect(detail.status).toBe('published');
    const marks = detail.deductions.map((d) => [d.deductionId ?? d.id, d.revoked === true]);
    expect(marks).toEqual([
      [kept, false],
      [revoked, true],
    ]);
  });
});
