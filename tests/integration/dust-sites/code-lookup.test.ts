import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from '#functions/platform/clock';
import { signedIn } from '#tests/fixtures/auth';
import { drawScene, sceneJpeg } from '#tests/fixtures/photos/scenes';
import {
  type Headers,
  makeEnterprise,
  places,
  send,
  stack,
  startWithPlaces,
  stopEnterpriseStack,
  wujinAdmin,
} from '#tests/integration/enterprises/support';

type Card = {
  siteId: string;
  enterpriseId: string;
  enterpriseName: string;
  name: string;
  location: string;
  dustType: string;
  status: string;
  today: { day: string; uploaded: number };
};
type Failure = { error: { code: string; message: string; fields?: { path: string; message: string }[] } };

// 00:30 in Beijing on 21 May is still 20 May in UTC: the card's day is the Asia/Shanghai one. A pinned clock
// later than the real one, because the local S3 checks an upload policy's expiry against the real clock.
const NOW = '2030-05-21T00:30:00+08:00';

let firm: Headers;
let otherFirm: Headers;
let town: Headers;
let otherTown: Headers;
let dusty: string;
let site: { id: string; token: string };

const lookup = (token: string, headers: Headers) => send('GET', `/api/dust-site-codes/${token}`, headers);

async function newSite(name: string) {
  const created = await send('POST', '/api/dust-sites', wujinAdmin, {
    enterpriseId: dusty,
    name,
    location: '厂区东侧一号车间',
    dustType: '铝粉',
    contactPhone: '13912345678',
  });
  if (created.status !== 201) throw new Error(`site: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body as { id: string; token: string };
}

/** A VERIFIED dust photo of the firm's user (a scene of its own), as the phone uploads it. */
async function uploadPhoto(seed: number): Promise<string> {
  const ticket = await send('POST', '/api/uploads', firm, { kind: 'dust', contentType: 'image/jpeg' });
  if (ticket.status !== 201) throw new Error(`ticket: ${ticket.status} ${JSON.stringify(ticket.body)}`);
  const { photoId, upload } = ticket.body as {
    photoId: string;
    upload: { url: string; fields: Record<string, string> };
  };
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  const bytes = sceneJpeg(drawScene(seed, 96, 64), 85);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'photo.jpg');
  const answer = await fetch(upload.url, { method: 'POST', body: form });
  await answer.arrayBuffer();
  await stack.whenIdle();
  if (answer.status >= 300) throw new Error(`photo upload: ${answer.status}`);
  return photoId;
}

async function uploadCleaning(token: string, clientId: string, seeds: number[]) {
  const photoIds: string[] = [];
  for (const seed of seeds) photoIds.push(await uploadPhoto(seed));
  const answer = await send('POST', '/api/dust-cleanings', firm, { token, clientId, photoIds });
  if (answer.status !== 201) throw new Error(`cleaning: ${answer.status} ${JSON.stringify(answer.body)}`);
}

beforeAll(async () => {
  pinClock(NOW);
  await startWithPlaces();
  dusty = (await makeEnterprise(places.wujinA, { name: '湖塘粉末冶金厂', flags: ['dust'] })).id;
  const other = (await makeEnterprise(places.wujinA, { name: '湖塘木业', flags: ['dust'] })).id;
  firm = (await signedIn(stack, { role: 'enterpriseUser', districtId: 'wujin', enterpriseId: dusty }))
    .headers;
  otherFirm = (await signedIn(stack, { role: 'enterpriseUser', districtId: 'wujin', enterpriseId: other }))
    .headers;
  town = (await signedIn(stack, { role: 'townOfficer', ...places.wujinA })).headers;
  otherTown = (await signedIn(stack, { role: 'townOfficer', ...places.wujinB })).headers;
  site = await newSite('一号抛光车间');
}, 60_000);
afterAll(async () => {
  pinClock(null);
  await stopEnterpriseStack();
});

describe('GET /api/dust-site-codes/{token}: what the phone page opens', () => {
  it("shows the enterprise its site and today's count, which grows with each upload of the day", async () => {
    // Act
    const before = await lookup(site.token, firm);
    await uploadCleaning(site.token, 'code-lookup-first-01', [11]);
    const afterOne = await lookup(site.token, firm);
    await uploadCleaning(site.token, 'code-lookup-second-02', [12, 13]);
    const afterTwo = await lookup(site.token, firm);

    // Assess
    expect(before.status).toBe(200);
    expect(before.body).toEqual({
      siteId: site.id,
      enterpriseId: dusty,
      enterpriseName: '湖塘粉末冶金厂',
      name: '一号抛光车间',
      location: '厂区东侧一号车间',
      dustType: '铝粉',
      status: 'active',
      today: { day: '2030-05-21', uploaded: 0 },
    });
    expect((afterOne.body as Card).today).toEqual({ day: '2030-05-21', uploaded: 1 });
    expect((afterTwo.body as Card).today).toEqual({ day: '2030-05-21', uploaded: 2 });
  }, 30_000);

  it('lets a supervisor in scope read the card, and answers 404 to another enterprise and another town', async () => {
    // Act
    const officer = await lookup(site.token, town);
    const foreignFirm = await lookup(site.token, otherFirm);
    const foreignTown = await lookup(site.token, otherTown);

    // Assess
    expect(officer.status).toBe(200);
    expect((officer.body as Card).name).toBe('一号抛光车间');
    expect(foreignFirm.status).toBe(404);
    expect(foreignTown.status).toBe(404);
    expect((foreignFirm.body as Failure).error.message).toContain('场所码无效或已作废');
  });

  it('answers a retired site with 409 DUST_SITE_RETIRED and a Chinese reason', async () => {
    // Prepare
    const retired = await newSite('三号打磨车间');
    expect((await send('DELETE', `/api/dust-sites/${retired.id}`, wujinAdmin)).status).toBe(204);

    // Act
    const answer = await lookup(retired.token, firm);

    // Assess
    expect(answer.status).toBe(409);
    expect((answer.body as Failure).error.code).toBe('DUST_SITE_RETIRED');
    expect((answer.body as Failure).error.message).toBe(
      '该粉尘场所已停用，无需上报清扫照片；如有疑问请联系企业安全管理人员',
    );
  });

  it('answers the old token 404 once the code is re-issued, and the new one 200', async () => {
    // Prepare
    const reissued = await newSite('二号抛光车间');
    const answer = await send('POST', `/api/dust-sites/${reissued.id}/code`, wujinAdmin);
    const fresh = (answer.body as { token: string }).token;

    // Act
    const old = await lookup(reissued.token, firm);
    const current = await lookup(fresh, firm);

    // Assess
    expect(answer.status).toBe(200);
    expect(fresh).not.toBe(reissued.token);
    expect(old.status).toBe(404);
    expect((old.body as Failure).error.code).toBe('NOT_FOUND');
    expect(current.status).toBe(200);
    expect((current.body as Card).today).toEqual({ day: '2030-05-21', uploaded: 0 });
  });

  it('answers an unknown token 404, a mangled one 400 on token, and no login 401', async () => {
    // Act
    const unknown = await lookup('Zx9_Fen-ChenMaQrStUv01', firm);
    const mangled = await lookup('not-a-code', firm);
    const anonymous = await send('GET', `/api/dust-site-codes/${site.token}`, {});

    // Assess
    expect(unknown.status).toBe(404);
    expect(mangled.status).toBe(400);
    expect((mangled.body as Failure).error.fields).toEqual([
      expect.objectContaining({ path: 'params.token', message: '场所码无效：请扫描粉尘场所张贴的二维码' }),
    ]);
    expect(anonymous.status).toBe(401);
  });
});
