import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '#tests/fixtures/auth';
import {
  city,
  type Headers,
  makeEnterprise,
  places,
  send,
  stack,
  startWithPlaces,
  stopEnterpriseStack,
  wujinAdmin,
} from '#tests/integration/enterprises/support';

type Site = { id: string; siteId: string; token: string; status: string; contactPhone: string; name: string };

const fields = (name: string) => ({
  name,
  location: '厂区东侧一号车间',
  dustType: '铝粉',
  contactPhone: '13912345678',
});
const valid = (enterpriseId: string, name = '一号抛光车间') => ({ enterpriseId, ...fields(name) });

// The store is imported after the stack starts: its DynamoDB client reads the local endpoint when first built.
let sites: typeof import('#functions/dust-sites/index');
let dusty: string;
let plain: string;
let liyangDusty: string;
let firm: Headers;
let otherTown: Headers;
let town: Headers;

beforeAll(async () => {
  await startWithPlaces();
  sites = await import('#functions/dust-sites/index');
  dusty = (await makeEnterprise(places.wujinA, { name: '湖塘粉末冶金厂', flags: ['dust'] })).id;
  plain = (await makeEnterprise(places.wujinA, { name: '湖塘服装厂', flags: [] })).id;
  liyangDusty = (await makeEnterprise(places.liyang, { name: '天目湖木业', flags: ['dust'] })).id;
  firm = (await signedIn(stack, { role: 'enterpriseUser', districtId: 'wujin', enterpriseId: dusty }))
    .headers;
  town = (await signedIn(stack, { role: 'townOfficer', ...places.wujinA })).headers;
  otherTown = (await signedIn(stack, { role: 'townOfficer', ...places.wujinB })).headers;
}, 60_000);
afterAll(stopEnterpriseStack);

describe('dust sites through the API', () => {
  it('creates, reads, edits and retires a site; a retired site keeps its record', async () => {
    // Act
    const created = await send('POST', '/api/dust-sites', wujinAdmin, valid(dusty));
    const site = created.body as Site;

    // Assess
    expect(created.status).toBe(201);
    expect(site.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(site.contactPhone).toBe('13912345678');
    const own = await send('GET', `/api/dust-sites/${site.id}`, firm);
    expect(own.status).toBe(200);
    expect((own.body as Site).contactPhone).toBe('139****5678');
    const edited = await send('PUT', `/api/dust-sites/${site.id}`, city, {
      ...fields('二号抛光车间'),
      status: 'active',
    });
    expect(edited.status).toBe(200);
    expect((edited.body as Site).name).toBe('二号抛光车间');
    expect((await send('DELETE', `/api/dust-sites/${site.id}`, wujinAdmin)).status).toBe(204);
    const retired = (await send('GET', `/api/dust-sites/${site.id}`, wujinAdmin)).body as Site;
    expect(retired.status).toBe('retired');
    expect((await sites.dustSiteByToken(site.token))?.status).toBe('retired');
    const listed = (await send('GET', '/api/dust-sites?status=retired', town)).body as { data: Site[] };
    expect(listed.data.map((s) => s.id)).toEqual([site.id]);
  });

  it('refuses a site for an enterprise not flagged 涉爆粉尘 with 400 on enterpriseId', async () => {
    // Act
    const answer = await send('POST', '/api/dust-sites', wujinAdmin, valid(plain));

    // Assess
    const error = (answer.body as { error: { fields: { path: string; code: string }[] } }).error;
    expect(answer.status).toBe(400);
    expect(error.fields[0]).toMatchObject({ path: 'body.enterpriseId', code: 'not_dust_enterprise' });
  });

  it('answers 404 out of scope and 403 to readers who write', async () => {
    // Prepare
    const site = (await send('POST', '/api/dust-sites', city, valid(liyangDusty))).body as Site;
    const wujinSite = (await send('POST', '/api/dust-sites', city, valid(dusty, '三号车间'))).body as Site;

    // Act / Assess
    expect((await send('GET', `/api/dust-sites/${site.id}`, wujinAdmin)).status).toBe(404);
    expect((await send('DELETE', `/api/dust-sites/${site.id}`, wujinAdmin)).status).toBe(404);
    expect((await send('GET', `/api/dust-sites/${wujinSite.id}`, otherTown)).status).toBe(404);
    expect((await send('DELETE', `/api/dust-sites/${wujinSite.id}`, firm)).status).toBe(403);
    expect((await send('POST', '/api/dust-sites', wujinAdmin, valid(liyangDusty))).status).toBe(400);
    const firmList = (await send('GET', '/api/dust-sites', firm)).body as { data: Site[] };
    expect(firmList.data.map((s) => s.name)).toEqual(['三号车间']);
    const byName = (await send('GET', `/api/dust-sites?q=${encodeURIComponent('三号')}`, city)).body as {
      data: Site[];
    };
    expect(byName.data.map((s) => s.id)).toEqual([wujinSite.id]);
  });

  it('re-issues the code: the old token no longer resolves, the new one does', async () => {
    // Prepare
    const site = (await send('POST', '/api/dust-sites', wujinAdmin, valid(dusty, '四号车间'))).body as Site;

    // Act
    const answer = await send('POST', `/api/dust-sites/${site.id}/code`, wujinAdmin);

    // Assess
    const fresh = answer.body as Site;
    expect(answer.status).toBe(200);
    expect(fresh.token).not.toBe(site.token);
    expect(await sites.dustSiteByToken(site.token)).toBeNull();
    expect((await sites.dustSiteByToken(fresh.token))?.siteId).toBe(site.id);
  });

  it('keeps lastSatisfiedDay through an edit (set only by dust-cleanings)', async () => {
    // Prepare
    const site = (await send('POST', '/api/dust-sites', wujinAdmin, valid(dusty, '五号车间'))).body as Site;
    await sites.setLastSatisfiedDay(site.id, '2026-12-01');

    // Act
    await send('PUT', `/api/dust-sites/${site.id}`, wujinAdmin, {
      ...fields('五号车间（改）'),
      status: 'active',
    });

    // Assess
    expect((await sites.getDustSite(site.id))?.lastSatisfiedDay).toBe('2026-12-01');
    await sites.setLastSatisfiedDay(site.id, null);
    expect((await sites.getDustSite(site.id))?.lastSatisfiedDay).toBeUndefined();
  });
});
