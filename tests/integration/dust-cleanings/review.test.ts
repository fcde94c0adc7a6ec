import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Cleaning,
  type Error4xx,
  messageKeys,
  runSpotCheckJob,
  send,
  startWorld,
  stopWorld,
  uploadCleaning,
  who,
  world,
} from '#tests/integration/dust-cleanings/support';

/**
 * The spot-check review through the API: who may decide (in scope only, 404 otherwise), a rejection final and
 * sent once however it is repeated, an approval that may still become a rejection, and the gallery's queue.
 */
type Review = {
  cleaningId: string;
  siteName: string;
  enterpriseName: string;
  state: string;
  reason?: string;
  photos: { photoId: string; url: string }[];
};
type AuditRow = { action: string; entity: string; entityId: string; summary?: string };
let cleanings: Cleaning[] = [];
const review = (id: string, headers: Record<string, string>, body: object) =>
  send('POST', `/api/dust-cleanings/${id}/review`, headers, body);
const reject = { decision: 'reject', reason: '照片模糊，看不清清扫区域' };

beforeAll(async () => {
  await startWorld();
  cleanings = [await uploadCleaning(11), await uploadCleaning(12), await uploadCleaning(13)];
}, 120_000);
afterAll(stopWorld);

describe('who may review a cleaning', () => {
  it('answers 404 to officers and admins of other places and for an unknown id, and changes nothing', async () => {
    // Prepare
    const id = cleanings[0]?.cleaningId ?? '';

    // Act
    const statuses = [
      (await review(id, who.otherTown, reject)).status,
      (await review(id, who.liyang, reject)).status,
      (await review('no-such-cleaning', who.city, reject)).status,
    ];
    const shown = await send('GET', `/api/dust-cleanings/${id}`, who.city);

    // Assess
    expect(statuses).toEqual([404, 404, 404]);
    expect((shown.body as Cleaning).review).toBe('none');
    expect(await messageKeys('dustReupload')).toEqual([]);
  });

  it('refuses a rejection without a reason with 400 on body.reason', async () => {
    // Act
    const answer = await review(cleanings[0]?.cleaningId ?? '', who.town, {
      decision: 'reject',
      reason: '  ',
    });

    // Assess
    expect(answer.status).toBe(400);
    expect((answer.body as Error4xx).error.fields).toEqual([
      expect.objectContaining({ path: 'body.reason', message: '原因不能为空' }),
    ]);
  });
});

describe('a rejection', () => {
  it('of two at once: one 200 and one 409 DUST_REVIEW_DONE, one re-upload message, the day unsatisfied', async () => {
    // Prepare
    const id = cleanings[0]?.cleaningId ?? '';

    // Act
    const answers = await Promise.all([review(id, who.town, reject), review(id, who.wujin, reject)]);
    const again = await review(id, who.town, { decision: 'approve' });

    // Assess
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const won = answers.find((answer) => answer.status === 200)?.body as Cleaning;
    expect(won).toMatchObject({ cleaningId: id, review: 'rejected', reason: '照片模糊，看不清清扫区域' });
    const lost = answers.find((answer) => answer.status === 409)?.body as Error4xx;
    expect(lost.error).toMatchObject({
      code: 'DUST_REVIEW_DONE',
      message: '该清扫记录已被驳回，不能再次审核',
    });
    expect(again.status).toBe(409);
    expect(await messageKeys('dustReupload')).toEqual([`dust-reupload#${id}`]);
  });

  it('after an approval is allowed, and counts the day again only while another cleaning is kept', async () => {
    // Prepare
    const id = cleanings[1]?.cleaningId ?? '';

    // Act
    const approved = await review(id, who.town, { decision: 'approve' });
    const rejected = await review(id, who.wujin, { decision: 'reject', reason: '非本场所照片' });

    // Assess
    expect(approved.status).toBe(200);
    expect((approved.body as Cleaning).review).toBe('approved');
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ review: 'rejected', reason: '非本场所照片' });
    expect(await messageKeys('dustReupload')).toEqual(
      [`dust-reupload#${cleanings[0]?.cleaningId}`, `dust-reupload#${id}`].sort(),
    );
    const audit = await send('GET', '/api/audit?entity=dustCleaning&limit=100', who.city);
    const entries = (audit.body as { data: AuditRow[] }).data.filter((entry) =>
      [id, cleanings[0]?.cleaningId].includes(entry.entityId),
    );
    expect(entries.map((entry) => [entry.action, entry.summary])).toEqual([
      ['rejectPhoto', '驳回粉尘清扫照片：一号抛光车间 2030-05-06（非本场所照片）'],
      ['approvePhoto', '通过粉尘清扫照片：一号抛光车间 2030-05-06'],
      ['rejectPhoto', '驳回粉尘清扫照片：一号抛光车间 2030-05-06（照片模糊，看不清清扫区域）'],
    ]);
    const { siteDays } = await import('#functions/dust-cleanings/index');
    expect(await siteDays(world.siteId, '2030-05-06', '2030-05-06')).toEqual([
      { day: '2030-05-06', satisfied: true, count: 1 },
    ]);
  });
});

describe('the review queue (GET /api/dust-reviews)', () => {
  it("lists the spot check's items in scope with names and photo links, and their decisions by state", async () => {
    // Prepare: the next morning's spot check with every upload sampled
    process.env.DUST_SPOT_CHECK_SHARE = '1';
    await runSpotCheckJob(new Date('2030-05-07T08:30:00+08:00'));
    delete process.env.DUST_SPOT_CHECK_SHARE;

    // Act
    const queued = await send('GET', '/api/dust-reviews?day=2030-05-06', who.town);
    const rejected = await send('GET', '/api/dust-reviews?state=rejected', who.wujin);
    const elsewhere = await send('GET', '/api/dust-reviews?day=2030-05-06', who.otherTown);
    const other = await send('GET', '/api/dust-reviews?districtId=wujin', who.liyang);

    // Assess: the two rejected ones were decided before the draw, so only the third is queued
    const page = queued.body as { data: Review[]; nextCursor: string | null };
    expect(queued.status).toBe(200);
    expect(page.data.map((item) => [item.cleaningId, item.state])).toEqual([
      [cleanings[2]?.cleaningId, 'queued'],
    ]);
    expect(page.data[0]).toMatchObject({ siteName: '一号抛光车间', enterpriseName: '常州湖塘粉末冶金厂' });
    expect(page.data[0]?.photos).toHaveLength(1);
    expect(page.data[0]?.photos[0]?.url).toMatch(/^https?:\/\//);
    expect((rejected.body as { data: Review[] }).data).toEqual([]);
    expect(elsewhere.body).toEqual({ data: [], nextCursor: null });
    expect(other.body).toEqual({ data: [], nextCursor: null });
  });

  it('mirrors a decision on a queued item: approved, then rejected', async () => {
    // Prepare
    const id = cleanings[2]?.cleaningId ?? '';

    // Act
    await review(id, who.town, { decision: 'approve', reason: '清晰' });
    const approved = await send('GET', '/api/dust-reviews?state=approved&day=2030-05-06', who.city);
    await review(id, who.town, { decision: 'reject', reason: '重复照片' });
    const rejected = await send('GET', `/api/dust-reviews?state=rejected&townId=${world.townId}`, who.wujin);
    const queued = await send('GET', '/api/dust-reviews', who.town);

    // Assess
    expect((approved.body as { data: Review[] }).data.map((item) => [item.cleaningId, item.state])).toEqual([
      [id, 'approved'],
    ]);
    expect((rejected.body as { data: Review[] }).data.map((item) => [item.state, item.reason])).toEqual([
      ['rejected', '重复照片'],
    ]);
    expect((queued.body as { data: Review[] }).data).toEqual([]);
  });
});
