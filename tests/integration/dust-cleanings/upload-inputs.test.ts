import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Cleaning,
  type Error4xx,
  makeSite,
  photoOf,
  send,
  startWorld,
  stopWorld,
  who,
  world,
} from '#tests/integration/dust-cleanings/support';

/**
 * Issue 13's bad uploads, each a clear Chinese 4xx that writes nothing (checked in the table: no cleaning, no
 * day record), and the upload's idempotency by clientId (a retry answers the first record, counted once).
 */
let entities: {
  cleaning: typeof import('#functions/dust-cleanings/store/entities/cleaning').dustCleaning;
  day: typeof import('#functions/dust-cleanings/store/entities/day').dustDay;
};
let retired: { id: string; token: string };
let rotated: { id: string; token: string };
let verified: string;

beforeAll(async () => {
  await startWorld();
  entities = {
    cleaning: (await import('#functions/dust-cleanings/store/entities/cleaning')).dustCleaning,
    day: (await import('#functions/dust-cleanings/store/entities/day')).dustDay,
  };
  retired = await makeSite('二号打磨车间');
  if ((await send('DELETE', `/api/dust-sites/${retired.id}`, who.wujin)).status !== 204)
    throw new Error('retire');
  rotated = await makeSite('三号喷涂车间');
  if ((await send('POST', `/api/dust-sites/${rotated.id}/code`, who.wujin)).status !== 200)
    throw new Error('reissue');
  verified = await photoOf(who.firm, 1);
}, 120_000);
afterAll(stopWorld);

const upload = (body: object, headers = who.firm) => send('POST', '/api/dust-cleanings', headers, body);
const stored = async () =>
  (await entities.cleaning.query.byEnterprise({ enterpriseId: world.enterpriseId }).go({ pages: 'all' }))
    .data;
const dayRecords = async (siteId: string) =>
  (await entities.day.query.bySite({ siteId }).go({ pages: 'all' })).data;

describe('an upload that may not be recorded', () => {
  it('refuses a retired site with 409 DUST_SITE_RETIRED', async () => {
    // Act
    const answer = await upload({ token: retired.token, clientId: 'retired-site-1', photoIds: [verified] });

    // Assess
    expect(answer.status).toBe(409);
    expect((answer.body as Error4xx).error).toMatchObject({
      code: 'DUST_SITE_RETIRED',
      message: '该粉尘场所已停用，无需上报清扫照片；如有疑问请联系企业安全管理人员',
    });
    expect(await dayRecords(retired.id)).toEqual([]);
  });

  it('refuses the old token of a site whose code was re-issued with 404', async () => {
    // Act
    const answer = await upload({ token: rotated.token, clientId: 'old-token-01', photoIds: [verified] });

    // Assess
    expect(answer.status).toBe(404);
    expect((answer.body as Error4xx).error.message).toBe(
      '场所码已失效或不属于本企业：请扫描本企业粉尘场所张贴的最新二维码',
    );
    expect(await dayRecords(rotated.id)).toEqual([]);
  });

  it('refuses a photo that is not VERIFIED (never uploaded) with 400 PHOTO_NOT_USABLE', async () => {
    // Prepare
    const unsent = await photoOf(who.firm, 2, false);

    // Act
    const answer = await upload({
      token: world.token,
      clientId: 'unverified-1',
      photoIds: [verified, unsent],
    });

    // Assess
    expect(answer.status).toBe(400);
    expect((answer.body as Error4xx).error.fields).toEqual([
      expect.objectContaining({ path: 'body.photoIds', code: 'PHOTO_NOT_USABLE' }),
    ]);
  });

  it('refuses a verified photo of another user of the same enterprise with 400 PHOTO_NOT_USABLE', async () => {
    // Prepare
    const theirs = await photoOf(who.firm2, 3);

    // Act
    const answer = await upload({ token: world.token, clientId: 'not-mine-01', photoIds: [theirs] });

    // Assess
    expect(answer.status).toBe(400);
    expect((answer.body as Error4xx).error.fields).toEqual([
      expect.objectContaining({ path: 'body.photoIds', code: 'PHOTO_NOT_USABLE' }),
    ]);
    expect((answer.body as Error4xx).error.message).toMatch(/照片/);
  });

  it('has written nothing for any of them: no cleaning, no day record, an empty list', async () => {
    // Act
    const listed = await send('GET', '/api/dust-cleanings', who.firm);

    // Assess
    expect(await stored()).toEqual([]);
    expect(await dayRecords(world.siteId)).toEqual([]);
    expect(listed.body).toEqual({ data: [], nextCursor: null });
  });
});

describe('an upload retried with the same clientId', () => {
  it('answers the first record (201, then 200), stores one cleaning and counts the day once', async () => {
    // Prepare
    const body = { token: world.token, clientId: 'retry-same-01', photoIds: [verified] };

    // Act
    const first = await upload(body);
    const again = await upload(body);
    const twins = await Promise.all([
      upload({ ...body, clientId: 'twin-same-01' }),
      upload({ ...body, clientId: 'twin-same-01' }),
    ]);

    // Assess
    expect([first.status, again.status]).toEqual([201, 200]);
    expect((again.body as Cleaning).cleaningId).toBe((first.body as Cleaning).cleaningId);
    expect(twins.map((answer) => answer.status).sort()).toEqual([200, 201]);
    const [one, two] = twins.map((answer) => (answer.body as Cleaning).cleaningId);
    expect(one).toBe(two);
    expect((await stored()).map((item) => item.clientId).sort()).toEqual(['retry-same-01', 'twin-same-01']);
    const [record] = await dayRecords(world.siteId);
    expect(record).toMatchObject({ day: '2030-05-06', count: 2 });
  });
});
