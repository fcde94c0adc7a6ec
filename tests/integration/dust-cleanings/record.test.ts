import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Cleaning,
  DAY,
  makeSite,
  photoOf,
  send,
  startWorld,
  stopWorld,
  who,
  world,
} from '#tests/integration/dust-cleanings/support';
import { places } from '#tests/integration/enterprises/support';

/**
 * What an upload stores (POST /api/dust-cleanings), read straight from the table: the cleaning as its site and
 * photos describe it, no crash marker left, the site's last satisfied day moved; a repeated photo makes it
 * suspect; and a retry after the site was retired still answers the first record.
 */
let cleanings: typeof import('#functions/dust-cleanings/store/entities/cleaning').dustCleaning;

beforeAll(async () => {
  await startWorld();
  cleanings = (await import('#functions/dust-cleanings/store/entities/cleaning')).dustCleaning;
}, 120_000);
afterAll(stopWorld);

const upload = (body: object) => send('POST', '/api/dust-cleanings', who.firm, body);
const storedItem = async (cleaningId: string) => (await cleanings.get({ cleaningId }).go()).data;

describe('a recorded cleaning', () => {
  it('is stored with its site, enterprise and place, not suspect, and moves the site’s last satisfied day', async () => {
    // Prepare
    const photoId = await photoOf(who.firm, 31);

    // Act
    const answer = await upload({ token: world.token, clientId: 'record-plain-01', photoIds: [photoId] });

    // Assess
    expect(answer.status).toBe(201);
    const item = await storedItem((answer.body as Cleaning).cleaningId);
    expect(item).toMatchObject({
      clientId: 'record-plain-01',
      siteId: world.siteId,
      siteName: '一号抛光车间',
      enterpriseId: world.enterpriseId,
      enterpriseName: '常州湖塘粉末冶金厂',
      districtId: 'wujin',
      townId: places.wujinA.townId,
      gridId: places.wujinA.gridId,
      day: DAY,
      photoIds: [photoId],
      suspect: false,
      suspectReasons: [],
      review: 'none',
    });
    expect(item).not.toHaveProperty('pending');
    const site = await send('GET', `/api/dust-sites/${world.siteId}`, who.wujin);
    expect(site.body).toMatchObject({ lastSatisfiedDay: DAY });
  });

  it('is suspect, for a duplicate, when its photo repeats one the enterprise uploaded before', async () => {
    // Prepare: the same picture as an earlier photo of the firm
    await photoOf(who.firm, 32);
    const repeated = await photoOf(who.firm, 32);

    // Act
    const answer = await upload({ token: world.token, clientId: 'record-dup-01', photoIds: [repeated] });

    // Assess
    expect(answer.status).toBe(201);
    expect(await storedItem((answer.body as Cleaning).cleaningId)).toMatchObject({
      suspect: true,
      suspectReasons: ['duplicate'],
    });
  });

  it('answers a retry with the first record (200) after its site was retired', async () => {
    // Prepare: a cleaning of a second site, then the site retired
    const site = await makeSite('四号筛分车间');
    const body = {
      token: site.token,
      clientId: 'record-retired-01',
      photoIds: [await photoOf(who.firm, 33)],
    };
    const first = await upload(body);
    expect(first.status).toBe(201);
    expect((await send('DELETE', `/api/dust-sites/${site.id}`, who.wujin)).status).toBe(204);

    // Act
    const again = await upload(body);

    // Assess
    expect(again.status).toBe(200);
    expect((again.body as Cleaning).cleaningId).toBe((first.body as Cleaning).cleaningId);
  });
});
