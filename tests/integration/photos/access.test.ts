import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jpegPhoto } from '#tests/fixtures/photos/images';
import { places } from '#tests/integration/enterprises/support';
import {
  firms,
  photoOf,
  postForm,
  send,
  startPhotoStack,
  stopPhotoStack,
  ticketFor,
  users,
  who,
} from '#tests/integration/photos/support';

beforeAll(startPhotoStack, 120_000);
afterAll(stopPhotoStack);

let photos: typeof import('#functions/photos/index');
let verified: string;
let pending: string;
beforeAll(async () => {
  photos = await import('#functions/photos/index');
  const ticket = await ticketFor(who.hutang, { kind: 'hazard', contentType: 'image/jpeg' });
  await postForm(ticket.upload, jpegPhoto({ nonce: 'access' }));
  verified = ticket.photoId;
  pending = (await ticketFor(who.hutang, { kind: 'hazard', contentType: 'image/jpeg' })).photoId;
}, 60_000);

const notUsable = (fieldPath = 'body.photoIds') => ({
  status: 400,
  fields: [expect.objectContaining({ path: fieldPath, code: 'PHOTO_NOT_USABLE' })],
});

describe('who may ask for an upload', () => {
  it('grants an enterprise user its own enterprise, and a town officer an enterprise of its town', async () => {
    // Act
    const own = await send('POST', '/api/uploads', who.hutang, { kind: 'scan', contentType: 'image/webp' });
    const town = await send('POST', '/api/uploads', who.town, {
      kind: 'patrol',
      contentType: 'image/jpeg',
      enterpriseId: firms.hutang2,
    });

    // Assess
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({
      status: 'PENDING',
      key: expect.stringMatching(/^scan\/wujin\/.+\.webp$/),
    });
    const key = (town.body as { key: string }).key;
    const [kind, district, enterprise, day, file] = key.split('/');
    expect([kind, district, enterprise]).toEqual(['patrol', 'wujin', firms.hutang2]);
    const beijingDay = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
    expect(day).toBe(beijingDay);
    expect(file).toBe(`${(town.body as { photoId: string }).photoId}.jpg`);
  });

  it('answers 404 for another enterprise or one out of scope, and 400 to a supervisor naming none', async () => {
    // Act
    const other = await send('POST', '/api/uploads', who.hutang, {
      kind: 'scan',
      contentType: 'image/jpeg',
      enterpriseId: firms.hutang2,
    });
    const outOfDistrict = await send('POST', '/api/uploads', who.liyangAdmin, {
      kind: 'scan',
      contentType: 'image/jpeg',
      enterpriseId: firms.hutang,
    });
    const unnamed = await send('POST', '/api/uploads', who.town, { kind: 'scan', contentType: 'image/jpeg' });

    // Assess
    expect(other.status).toBe(404);
    expect(outOfDistrict.status).toBe(404);
    expect(unnamed.status).toBe(400);
    expect(JSON.stringify(unnamed.body)).toContain('body.enterpriseId');
  });
});

describe('who may see a photo', () => {
  it('shows it to its enterprise and the supervisors in scope, and answers 404 to everyone else', async () => {
    // Act
    const own = await photoOf(who.hutang, verified);
    const colleague = await photoOf(who.hutang2, verified);
    const town = await photoOf(who.town, verified);
    const liyang = await photoOf(who.liyangAdmin, verified);
    const unknown = await photoOf(who.hutang, '01JZZZZZZZZZZZZZZZZZZZZZZZ');

    // Assess
    expect(own.status).toBe(200);
    expect(town.status).toBe(200);
    expect(town.photo.url).toMatch(/X-Amz-Expires=300/);
    expect([colleague.status, liyang.status, unknown.status]).toEqual([404, 404, 404]);
  });

  it('gives galleries links only to verified photos the viewer may see, in the order asked', async () => {
    // Prepare
    const officer = (townId: string) =>
      ({
        userId: 'u',
        username: 'u',
        name: '镇街',
        role: 'townOfficer',
        districtId: 'wujin',
        townId,
      }) as const;
    const enterpriseUser = (userId: string, enterpriseId: string) =>
      ({ userId, username: 'e', name: '企业', role: 'enterpriseUser', enterpriseId }) as const;

    // Act
    const ownTown = await photos.photoViews(officer(places.wujinA.townId), [pending, verified]);
    const otherTown = await photos.photoViews(officer(places.wujinB.townId), [verified]);
    const own = await photos.photoViews(enterpriseUser(users.hutang, firms.hutang), [verified, verified]);
    const other = await photos.photoViews(enterpriseUser(users.tianmu, firms.tianmu), [verified]);

    // Assess
    const view = { photoId: verified, url: expect.stringContaining('X-Amz-Signature=') };
    expect(ownTown).toEqual([view]);
    expect(own).toEqual([view]);
    expect(otherTown).toEqual([]);
    expect(other).toEqual([]);
  });
});

describe('photos a record may attach', () => {
  const ask = (overrides: Partial<Parameters<typeof photos.usablePhotos>[0]> = {}) =>
    photos.usablePhotos({
      photoIds: [verified],
      enterpriseId: firms.hutang,
      uploadedBy: users.hutang,
      kinds: ['hazard', 'rectification'],
      fieldPath: 'photoIds',
      ...overrides,
    });
  const failure = (call: Promise<unknown>) =>
    call.then(
      () => ({ status: 0, fields: [] }),
      (error: { status: number; fields: unknown[] }) => ({ status: error.status, fields: error.fields }),
    );

  it('are the uploader’s own VERIFIED photos of its enterprise and of an allowed kind', async () => {
    // Act
    const usable = await ask({ photoIds: [verified, verified] });

    // Assess
    expect(usable).toEqual([
      expect.objectContaining({
        photoId: verified,
        kind: 'hazard',
        enterpriseId: firms.hutang,
        uploadedBy: users.hutang,
      }),
    ]);
    expect(usable[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a pending, unknown, other uploader’s, other enterprise’s or other kind’s photo', async () => {
    // Act
    const answers = await Promise.all([
      failure(ask({ photoIds: [verified, pending] })),
      failure(ask({ photoIds: ['01JZZZZZZZZZZZZZZZZZZZZZZZ'] })),
      failure(ask({ uploadedBy: users.hutang2 })),
      failure(ask({ enterpriseId: firms.hutang2 })),
      failure(ask({ kinds: ['scan'], fieldPath: 'hazard.photoIds' })),
    ]);

    // Assess
    expect(answers.slice(0, 4)).toEqual([notUsable(), notUsable(), notUsable(), notUsable()]);
    expect(answers[4]).toEqual(notUsable('body.hazard.photoIds'));
  });
});
