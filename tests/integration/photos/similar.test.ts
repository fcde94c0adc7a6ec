import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from '#functions/platform/clock';
import { drawScene, halvedCopy, sceneJpeg } from '#tests/fixtures/photos/scenes';
import {
  photoOf,
  postForm,
  startPhotoStack,
  stopPhotoStack,
  ticketFor,
  who,
} from '#tests/integration/photos/support';

/** 23:00 Beijing time on 12-01, then 01:00 and 01:30 of 12-02: two Asia/Shanghai days within one login. */
const LATE_DAY_ONE = '2026-12-01T15:00:00.000Z';
const EARLY_DAY_TWO = '2026-12-01T17:00:00.000Z';
const LATER_DAY_TWO = '2026-12-01T17:30:00.000Z';

beforeAll(async () => {
  pinClock(LATE_DAY_ONE);
  await startPhotoStack();
}, 120_000);
afterAll(async () => {
  pinClock(null);
  await stopPhotoStack();
});

const dustJpeg = { kind: 'dust', contentType: 'image/jpeg' } as const;

async function upload(headers: (typeof who)['hutang'], bytes: Uint8Array) {
  const ticket = await ticketFor(headers, dustJpeg);
  await postForm(ticket.upload, bytes);
  return (await photoOf(headers, ticket.photoId)).photo;
}

describe('suspect photos by perceptual hash (dHash)', () => {
  const yesterdays = sceneJpeg(drawScene(21, 320, 240), 90);

  it('flags the same image, halved and re-encoded, uploaded on a later day by the same enterprise', async () => {
    // Prepare
    pinClock(LATE_DAY_ONE);
    const first = await upload(who.hutang, yesterdays);

    // Act
    pinClock(EARLY_DAY_TWO);
    const copy = await upload(who.hutang, halvedCopy(yesterdays, 50));

    // Assess
    expect(first.status).toBe('VERIFIED');
    expect(first.suspect).toBeUndefined();
    expect(copy).toMatchObject({
      status: 'VERIFIED',
      suspect: '与本企业此前几天的照片高度相似',
      suspectReasons: ['similar'],
    });
  });

  it('does not flag a different image, nor a copy uploaded by another enterprise', async () => {
    // Act
    pinClock(EARLY_DAY_TWO);
    const other = await upload(who.hutang, sceneJpeg(drawScene(22, 320, 240), 90));
    const elsewhere = await upload(who.hutang2, halvedCopy(yesterdays, 60));

    // Assess
    expect(other.status).toBe('VERIFIED');
    expect(other.suspect).toBeUndefined();
    expect(other.suspectReasons).toBeUndefined();
    expect(elsewhere.status).toBe('VERIFIED');
    expect(elsewhere.suspect).toBeUndefined();
  });

  it('does not flag two near-identical photos of the same day', async () => {
    // Prepare
    pinClock(EARLY_DAY_TWO);
    const today = sceneJpeg(drawScene(23, 320, 240), 90);
    await upload(who.hutang, today);

    // Act
    pinClock(LATER_DAY_TWO);
    const again = await upload(who.hutang, halvedCopy(today, 50));

    // Assess
    expect(again.status).toBe('VERIFIED');
    expect(again.suspect).toBeUndefined();
  });
});
