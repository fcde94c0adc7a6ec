import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jpegPhoto, pngPhoto } from '#tests/fixtures/photos/images';
import {
  beijingExifTime,
  decidedPhoto,
  firms,
  forgedForm,
  objectExists,
  photoOf,
  postForm,
  sha256,
  startPhotoStack,
  stopPhotoStack,
  ticketFor,
  users,
  who,
} from '#tests/integration/photos/support';

beforeAll(startPhotoStack, 120_000);
afterAll(stopPhotoStack);

const TEN_MB = 10 * 1024 * 1024;
const scanJpeg = { kind: 'scan', contentType: 'image/jpeg' } as const;

describe('uploading a photo through its presigned POST', () => {
  it('verifies a real JPEG with EXIF: its SHA-256, size and capture time read in Beijing time', async () => {
    // Prepare
    const takenAt = beijingExifTime(-10 * 60 * 1000);
    const bytes = jpegPhoto({ takenAt, nonce: 'verified-jpeg' });
    const ticket = await ticketFor(who.hutang, scanJpeg);

    // Act
    const status = await postForm(ticket.upload, bytes);
    const { photo } = await photoOf(who.hutang, ticket.photoId);

    // Assess
    expect(status).toBeLessThan(300);
    const [date, time] = takenAt.split(' ') as [string, string];
    expect(photo).toMatchObject({
      status: 'VERIFIED',
      sha256: sha256(bytes),
      size: bytes.length,
      capturedAt: new Date(`${date.replace(/:/g, '-')}T${time}+08:00`).toISOString(),
    });
    expect(photo.suspect).toBeUndefined();
    const download = await fetch(photo.url ?? '');
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('verifies a PNG without EXIF, with no capture time and nothing suspect', async () => {
    // Prepare
    const bytes = pngPhoto({ nonce: 'plain-png' });
    const ticket = await ticketFor(who.hutang, { kind: 'hazard', contentType: 'image/png' });

    // Act
    await postForm(ticket.upload, bytes);
    const { photo } = await photoOf(who.hutang, ticket.photoId);

    // Assess
    expect(photo).toMatchObject({ status: 'VERIFIED', kind: 'hazard', size: bytes.length });
    expect(photo.capturedAt).toBeUndefined();
    expect(photo.suspect).toBeUndefined();
  });

  it('marks suspect a PNG taken three hours before the upload, and a JPEG whose bytes were uploaded before', async () => {
    // Prepare
    const old = pngPhoto({ takenAt: beijingExifTime(-3 * 3600 * 1000), nonce: 'old-png' });
    const again = jpegPhoto({ nonce: 'uploaded-twice' });
    const first = await ticketFor(who.hutang, scanJpeg);
    await postForm(first.upload, again);
    const oldTicket = await ticketFor(who.hutang, { kind: 'scan', contentType: 'image/png' });
    const second = await ticketFor(who.hutang2, scanJpeg);

    // Act
    await postForm(oldTicket.upload, old);
    await postForm(second.upload, again);

    // Assess
    expect((await photoOf(who.hutang, oldTicket.photoId)).photo).toMatchObject({
      status: 'VERIFIED',
      suspect: '拍摄时间与上传时间相差超过 2 小时',
    });
    expect((await photoOf(who.hutang, first.photoId)).photo.suspect).toBeUndefined();
    expect((await photoOf(who.hutang2, second.photoId)).photo).toMatchObject({
      status: 'VERIFIED',
      suspect: '与此前上传的照片内容相同',
    });
  });

  it('rejects and deletes a text file named .jpg, and a PNG declared as a JPEG', async () => {
    // Prepare
    const fake = await ticketFor(who.hutang, scanJpeg);
    const disguised = await ticketFor(who.hutang, scanJpeg);

    // Act
    await postForm(fake.upload, Buffer.from('这不是照片 <script>alert(1)</script>'));
    await postForm(disguised.upload, pngPhoto({ nonce: 'disguised' }));

    // Assess
    expect((await photoOf(who.hutang, fake.photoId)).photo).toMatchObject({
      status: 'REJECTED',
      rejectReason: 'not-an-image',
    });
    expect((await photoOf(who.hutang, disguised.photoId)).photo).toMatchObject({
      status: 'REJECTED',
      rejectReason: 'type-mismatch',
    });
    expect((await photoOf(who.hutang, fake.photoId)).photo.url).toBeUndefined();
    expect(await objectExists(fake.key)).toBe(false);
    expect(await objectExists(disguised.key)).toBe(false);
  });

  it('refuses an oversize file at the policy, and rejects one that got past it', async () => {
    // Prepare
    const big = Buffer.concat([jpegPhoto({ nonce: 'big' }), Buffer.alloc(TEN_MB)]);
    const ticket = await ticketFor(who.hutang, scanJpeg);
    const slipped = await ticketFor(who.hutang, scanJpeg);

    // Act
    const refused = await postForm(ticket.upload, big);
    await postForm(forgedForm(slipped.key, 'image/jpeg', users.hutang), big);

    // Assess
    expect(refused).toBe(400);
    expect((await photoOf(who.hutang, ticket.photoId)).photo.status).toBe('PENDING');
    expect(await objectExists(ticket.key)).toBe(false);
    expect((await photoOf(who.hutang, slipped.photoId)).photo).toMatchObject({
      status: 'REJECTED',
      rejectReason: 'too-large',
    });
    expect(await objectExists(slipped.key)).toBe(false);
  });

  it('refuses a form sent to another key, and deletes an object at a key no pending photo has', async () => {
    // Prepare
    const ticket = await ticketFor(who.hutang, scanJpeg);
    const otherKey = ticket.key.replace(ticket.photoId, '01JZZZZZZZZZZZZZZZZZZZZZZZ');
    const bytes = jpegPhoto({ nonce: 'elsewhere' });

    // Act
    const moved = await postForm(ticket.upload, bytes, { key: otherKey });
    await postForm(forgedForm(otherKey, 'image/jpeg', users.hutang), bytes);

    // Assess
    expect(moved).toBe(403);
    expect((await photoOf(who.hutang, ticket.photoId)).photo.status).toBe('PENDING');
    expect(await objectExists(otherKey)).toBe(false);
  });

  it('deletes another account’s object at a pending photo’s key and keeps the photo for its own upload', async () => {
    // Prepare
    const ticket = await ticketFor(who.hutang, scanJpeg);
    const intruder = jpegPhoto({ nonce: 'intruder' });
    const own = jpegPhoto({ nonce: 'own' });

    // Act
    await postForm(forgedForm(ticket.key, 'image/jpeg', users.hutang2), intruder);
    const afterIntruder = (await photoOf(who.hutang, ticket.photoId)).photo.status;
    const existedAfterIntruder = await objectExists(ticket.key);
    await postForm(ticket.upload, own);

    // Assess
    expect(afterIntruder).toBe('PENDING');
    expect(existedAfterIntruder).toBe(false);
    expect((await photoOf(who.hutang, ticket.photoId)).photo).toMatchObject({
      status: 'VERIFIED',
      sha256: sha256(own),
    });
  });

  it('keeps a verified photo when its form is replayed with the same bytes, and rejects it when they differ', async () => {
    // Prepare
    const same = await ticketFor(who.hutang, scanJpeg);
    const changed = await ticketFor(who.hutang, scanJpeg);
    const bytes = jpegPhoto({ nonce: 'replayed' });
    await postForm(same.upload, bytes);
    await postForm(changed.upload, jpegPhoto({ nonce: 'original' }));
    expect((await decidedPhoto(who.hutang, same.photoId)).status).toBe('VERIFIED');
    expect((await decidedPhoto(who.hutang, changed.photoId)).status).toBe('VERIFIED');

    // Act
    await postForm(same.upload, bytes);
    await postForm(changed.upload, jpegPhoto({ nonce: 'swapped' }));

    // Assess
    expect((await photoOf(who.hutang, same.photoId)).photo).toMatchObject({
      status: 'VERIFIED',
      sha256: sha256(bytes),
    });
    expect((await photoOf(who.hutang, changed.photoId)).photo).toMatchObject({
      status: 'REJECTED',
      rejectReason: 'replaced',
    });
    expect(await objectExists(changed.key)).toBe(false);
  });

  it('changes nothing when the same ObjectCreated event is delivered twice', async () => {
    // Prepare
    const { handler } = await import('#functions/photos/events/upload-check');
    const ticket = await ticketFor(who.hutang, scanJpeg);
    await postForm(ticket.upload, jpegPhoto({ takenAt: beijingExifTime(), nonce: 'twice' }));
    const before = (await photoOf(who.hutang, ticket.photoId)).photo;
    const event = { Records: [{ s3: { bucket: { name: 'changan-photos' }, object: { key: ticket.key } } }] };

    // Act
    const again = await handler(event as never);

    // Assess
    expect(again).toEqual({ accepted: 1, rejected: 0 });
    const { url: _a, ...was } = before;
    const { url: _b, ...is } = (await photoOf(who.hutang, ticket.photoId)).photo;
    expect(is).toEqual(was);
    expect(was).toMatchObject({ status: 'VERIFIED', enterpriseId: firms.hutang });
  });
});
