import { randomUUID } from 'node:crypto';
import { pinClock } from '#functions/platform/clock';
import type { Scan } from '#functions/scans/schemas';
import { authHeader, loginAs, signedIn } from '#tests/fixtures/auth';
import { jpegPhoto } from '#tests/fixtures/photos/images';
import {
  city,
  type Headers,
  makeEnterprise,
  places,
  send,
  stack,
  startWithPlaces,
  stopEnterpriseStack,
} from '#tests/integration/enterprises/support';

/**
 * What the scan tests share, on a clock pinned to T0 (Beijing 2026-12-01 10:00): a risk class with a
 * photo-required item, enterprises 湖塘 (武进区, whose user `principal` is its 主要负责人 and `staff` is not) and
 * 天目湖 (溧阳市), and supervisors in and out of their scope. `moveClock` re-signs everyone in at a later time.
 */
export { send, stack };
export const T0 = '2026-12-01T02:00:00.000Z';
export type Actor = 'principal' | 'staff' | 'tianmu' | 'town' | 'liyangAdmin' | 'city';
export const who = {} as Record<Actor, Headers>;
export const firms = {} as Record<'hutang' | 'tianmu', string>;
export const checklist = { plain: '', photo: '' };
let classId = '';
const usernames = {} as Record<Exclude<Actor, 'city'>, string>;

export async function startScanStack() {
  pinClock(T0);
  await startWithPlaces();
  firms.hutang = (await makeEnterprise(places.wujinA, { name: '常州湖塘机械厂' })).id;
  firms.tianmu = (await makeEnterprise(places.liyang, { name: '溧阳天目湖建材厂' })).id;
  const accounts = {
    principal: { role: 'enterpriseUser', districtId: 'wujin', enterpriseId: firms.hutang, isPrincipal: true },
    staff: { role: 'enterpriseUser', districtId: 'wujin', enterpriseId: firms.hutang },
    tianmu: { role: 'enterpriseUser', districtId: 'liyang', enterpriseId: firms.tianmu },
    town: { role: 'townOfficer', ...places.wujinA },
    liyangAdmin: { role: 'districtAdmin', districtId: 'liyang' },
  } as const;
  for (const [actor, input] of Object.entries(accounts)) {
    const account = await signedIn(stack, input);
    who[actor as Actor] = account.headers;
    usernames[actor as keyof typeof usernames] = account.user.username;
  }
  who.city = city;
  const created = await send('POST', '/api/risk-classes', city, {
    name: '粉尘涉爆除尘系统（扫码测试）',
    family: '粉尘涉爆',
    level: 'orange',
    cycleDays: 7,
    controls: ['除尘器每班清灰'],
    checklist: [
      { text: '泄爆口朝向安全区域', photoRequired: false },
      { text: '粉尘清扫记录完整', photoRequired: true },
    ],
  });
  if (created.status !== 201)
    throw new Error(`risk class: ${created.status} ${JSON.stringify(created.body)}`);
  const riskClass = created.body as { id: string; checklist: { itemId: string }[] };
  classId = riskClass.id;
  [checklist.plain, checklist.photo] = riskClass.checklist.map((item) => item.itemId) as [string, string];
}

export async function stopScanStack() {
  pinClock(null);
  await stopEnterpriseStack();
}

/** Pins the clock at `at` and signs every account in again (their tokens last 12 hours of that clock). */
export async function moveClock(at: string) {
  pinClock(at);
  for (const [actor, username] of Object.entries(usernames))
    who[actor as Actor] = authHeader(await loginAs(stack, username));
  who.city = authHeader(await loginAs(stack, (await signedIn(stack, { role: 'cityAdmin' })).user.username));
}

export interface PointMade {
  id: string;
  token: string;
  nextDueAt: string;
}

/** A risk point of the test class, created by the enterprise's own user. */
export async function makePoint(by: Headers, name = `除尘器${randomUUID().slice(0, 6)}`): Promise<PointMade> {
  const answer = await send('POST', '/api/risk-points', by, {
    classId,
    name,
    location: '一号车间',
    responsible: { name: '王工' },
  });
  if (answer.status !== 201) throw new Error(`risk point: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as PointMade;
}

/** A VERIFIED scan photo uploaded by `by` (ticket, form POST, the verify worker). */
export async function verifiedPhoto(by: Headers): Promise<string> {
  const ticket = await send('POST', '/api/uploads', by, { kind: 'scan', contentType: 'image/jpeg' });
  if (ticket.status !== 201) throw new Error(`upload: ${ticket.status} ${JSON.stringify(ticket.body)}`);
  const { photoId, upload } = ticket.body as {
    photoId: string;
    upload: { url: string; fields: Record<string, string> };
  };
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(jpegPhoto())], { type: 'image/jpeg' }), 'scan.jpg');
  await (await fetch(upload.url, { method: 'POST', body: form })).arrayBuffer();
  await stack.whenIdle();
  return photoId;
}

/** A pending photo: granted, never uploaded. */
export async function pendingPhoto(by: Headers): Promise<string> {
  const ticket = await send('POST', '/api/uploads', by, { kind: 'scan', contentType: 'image/jpeg' });
  return (ticket.body as { photoId: string }).photoId;
}

/** A scan body that passes every rule: both items 符合, with a photo for the photo-required one. */
export const normalScan = (token: string, photoId: string, clientScanId = `c-${randomUUID()}`) => ({
  token,
  clientScanId,
  answers: [
    { itemId: checklist.plain, answer: 'pass' },
    { itemId: checklist.photo, answer: 'pass' },
  ],
  result: 'normal',
  photoIds: [photoId],
});

export const postScan = (by: Headers, body: unknown) => send('POST', '/api/scans', by, body);
export const scanOf = (answer: { body: unknown }) => answer.body as Scan;
export const pageOfScans = (answer: { body: unknown }) =>
  answer.body as { data: Scan[]; nextCursor: string | null };
