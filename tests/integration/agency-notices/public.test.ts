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
  today: string;
  agencies: {
    name: string;
    typeLabel: string;
    districtName: string;
    certificateExpiry: string;
    scoreBand: string;
  }[];
  notices: {
    title: string;
    districtName: string;
    publishedOn: string;
    deductions: { agencyName: string; points: number }[];
  }[];
};

const made: Record<
  'clean' | 'borderline' | 'under' | 'expired' | 'suspended',
  Awaited<ReturnType<typeof makeAgency>>
> = {} as never;

beforeAll(async () => {
  await startNoticeStack();
  await makeRule('GK-20', 20);
  await makeRule('GK-25', 25);
  made.clean = await makeAgency('wujin');
  made.borderline = await makeAgency('wujin');
  made.under = await makeAgency('wujin');
  made.expired = await makeAgency('wujin', { certificateExpiry: '2021-06-30' });
  made.suspended = await makeAgency('wujin', { status: 'suspended' });
  const atThreshold = await makeDeduction(wujinAdmin, made.borderline.id, 'GK-20', 20);
  const below = await makeDeduction(wujinAdmin, made.under.id, 'GK-25', 25);
  const notice = await send('POST', '/api/agency-notices', city, {
    title: '全市检测机构专项检查情况通报',
    body: '现将专项检查中发现的问题通报如下。',
    deductionIds: [atThreshold, below],
  });
  await send('POST', `/api/agency-notices/${(notice.body as { id: string }).id}/publish`, city);
  await send('POST', '/api/agency-notices', city, {
    title: '尚未发布的草稿通报',
    body: '草稿',
    deductionIds: [atThreshold],
  });
}, 180_000);
afterAll(stopNoticeStack);

describe('the public agency list', () => {
  it('answers without a token, cacheable for 5 minutes, the listed agencies with their bands', async () => {
    // Act
    const answer = await send('GET', '/api/public/agencies', {});
    const listing = answer.body as Listing;

    // Assess: 100 → 优秀, 80 → 合格 (the threshold is listed), 75, an expired certificate and a suspension are not
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('public, max-age=300');
    expect(listing.agencies.map((agency) => [agency.name, agency.scoreBand])).toEqual([
      [made.clean.name, 'excellent'],
      [made.borderline.name, 'qualified'],
    ]);
    expect(listing.agencies[0]).toMatchObject({
      typeLabel: '检测检验',
      districtName: '武进区',
      certificateExpiry: '2035-12-31',
    });
  });

  it('shows the published notices with their agencies and points, never a draft', async () => {
    // Act
    const listing = (await send('GET', '/api/public/agencies', {})).body as Listing;

    // Assess
    expect(listing.notices).toEqual([
      {
        noticeId: expect.any(String),
        title: '全市检测机构专项检查情况通报',
        districtName: '常州市应急管理局',
        publishedOn: listing.today,
        deductions: [
          {
            deductionId: expect.any(String),
            agencyName: made.borderline.name,
            ruleDescription: '细则GK-20',
            points: 20,
          },
          {
            deductionId: expect.any(String),
            agencyName: made.under.name,
            ruleDescription: '细则GK-25',
            points: 25,
          },
        ],
      },
    ]);
  });

  it('carries no phone number and no contact person anywhere', async () => {
    // Act
    const text = JSON.stringify((await send('GET', '/api/public/agencies', {})).body);

    // Assess
    expect(text).not.toMatch(/1[3-9]\d{9}/);
    for (const agency of Object.values(made)) {
      expect(text).not.toContain(agency.contactName);
      expect(text).not.toContain(agency.contactPhone);
    }
    expect(text).not.toContain('contact');
    expect(text).not.toContain('报告中检测数据与现场记录不一致');
  });
});
