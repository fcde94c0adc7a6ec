import { createHash } from 'node:crypto';
import type { Photo, UploadTicket } from '#functions/photos/schemas';
import { signedIn } from '#tests/fixtures/auth';
import {
  type Headers,
  makeEnterprise,
  places,
  send,
  stack,
  startWithPlaces,
  stopEnterpriseStack,
} from '#tests/integration/enterprises/support';

/**
 * What the photo tests share, over the enterprise tests' stack (live bindings): two enterprises of 湖塘镇
 * (武进区) and one of 天目湖镇 (溧阳市), a user of each, and supervisors in and out of their scope.
 */
export { send, stack };
export const who = {} as Record<'hutang' | 'hutang2' | 'tianmu' | 'town' | 'liyangAdmin', Headers>;
export const users = {} as Record<'hutang' | 'hutang2' | 'tianmu', string>;
export const firms = {} as Record<'hutang' | 'hutang2' | 'tianmu', string>;
export let s3: typeof import('#functions/platform/s3');
export let photosBucket: string;

export async function startPhotoStack() {
  await startWithPlaces();
  s3 = await import('#functions/platform/s3');
  photosBucket = (await import('#functions/manifest')).buckets.photos.localName;
  const firm = async (name: string, place = places.wujinA) => (await makeEnterprise(place, { name })).id;
  firms.hutang = await firm('常州湖塘机械厂');
  firms.hutang2 = await firm('常州湖塘纺织厂');
  firms.tianmu = await firm('溧阳天目湖建材厂', places.liyang);
  for (const [name, place] of [
    ['hutang', places.wujinA],
    ['hutang2', places.wujinA],
    ['tianmu', places.liyang],
  ] as const) {
    const user = await signedIn(stack, {
      role: 'enterpriseUser',
      districtId: place.districtId,
      enterpriseId: firms[name],
    });
    who[name] = user.headers;
    users[name] = user.user.id;
  }
  who.town = (await signedIn(stack, { role: 'townOfficer', ...places.wujinA })).headers;
  who.liyangAdmin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'liyang' })).headers;
}

export const stopPhotoStack = stopEnterpriseStack;

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Asks for an upload; fails the test unless it is granted. */
export async function ticketFor(headers: Headers, body: Record<string, unknown>): Promise<UploadTicket> {
  const answer = await send('POST', '/api/uploads', headers, body);
  if (answer.status !== 201)
    throw new Error(`upload refused: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as UploadTicket;
}

/** Posts `bytes` with the form's fields (some replaced), as a browser would, then waits for the worker. */
export async function postForm(
  form: { url: string; fields: Readonly<Record<string, string>> },
  bytes: Uint8Array,
  replace: Record<string, string> = {},
): Promise<number> {
  const body = new FormData();
  for (const [name, value] of Object.entries({ ...form.fields, ...replace })) body.append(name, value);
  body.append('file', new Blob([new Uint8Array(bytes)], { type: form.fields['Content-Type'] }), 'photo.jpg');
  const answer = await fetch(form.url, { method: 'POST', body });
  await answer.arrayBuffer();
  await stack.whenIdle();
  return answer.status;
}

/**
 * A form signed with the stack's own credentials but conditions of the test's choosing: what a leaked or
 * forged policy, or a client that skips the gateway, could store. The worker must catch it.
 */
export function forgedForm(key: string, contentType: string, uploader: string) {
  return s3.presignPost(photosBucket, key, {
    conditions: [['content-length-range', 1, 30 * 1024 * 1024]],
    fields: { 'Content-Type': contentType, 'x-amz-meta-uploader': uploader },
    expiresIn: 60,
  });
}

export async function photoOf(headers: Headers, id: string) {
  const answer = await send('GET', `/api/photos/${id}`, headers);
  return { status: answer.status, photo: answer.body as Photo };
}

/**
 * The photo once its first check has decided it (VERIFIED or REJECTED). s3rver may announce an upload a moment
 * after answering it, so `whenIdle` right after a POST can miss a check that has not started yet: a test that
 * posts the same form again must first see the first check done, or the two checks overlap.
 */
export async function decidedPhoto(headers: Headers, id: string): Promise<Photo> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { photo } = await photoOf(headers, id);
    if (photo.status !== 'PENDING' || Date.now() > deadline) return photo;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await stack.whenIdle();
  }
}

export const objectExists = async (key: string) => (await s3.headObject(photosBucket, key)) !== null;

/** `YYYY:MM:DD HH:MM:SS` of Beijing's wall clock, `offsetMs` from now: what a phone in 常州 writes to EXIF. */
export function beijingExifTime(offsetMs = 0): string {
  const local = new Date(Date.now() + offsetMs + 8 * 3600 * 1000).toISOString();
  return `${local.slice(0, 10).replace(/-/g, ':')} ${local.slice(11, 19)}`;
}
