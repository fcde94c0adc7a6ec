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
} from '#tests/integration/enterprises/support';

/**
 * The patrol API tests' world: 湖塘镇 (武进区) with its grid's two enterprises and its grid member; 牛塘镇 (武进区)
 * with one enterprise and its own grid member; 天目湖镇 (溧阳市) with one; the officers of 湖塘 and 牛塘, the 武进区
 * and 溧阳市 admins and the city admin. The clock is pinned in 2030 (the local S3 checks upload policies against
 * the real clock, so a pinned time must be later).
 */
export { send, stack };

export type Error4xx = {
  error: { code: string; message: string; fields?: { path: string; code: string; message: string }[] };
};
export type Form = {
  cityVersion: number;
  districtVersion: number;
  formVersion: string;
  items: { itemId: string; text: string; origin: string }[];
};
export type Patrol = {
  id: string;
  patrolId: string;
  enterpriseId: string;
  gridId: string;
  day: string;
  at: string;
  formVersion: string;
  items: { itemId: string; text: string }[];
  failedItemIds: string[];
  hazardIds: string[];
  hazardCategories: string[];
  overdueRiskPoints: { riskPointId: string; name: string }[];
  photos?: unknown[];
};

export const DAY = '2030-05-06';
export const who = {} as Record<
  'member' | 'memberB' | 'town' | 'otherTown' | 'wujin' | 'liyang' | 'city',
  Headers
>;
export const firms = { a1: '', a2: '', b1: '', l1: '' };

export async function startWorld() {
  pinClock(`${DAY}T09:00:00+08:00`);
  await startWithPlaces();
  firms.a1 = (await makeEnterprise(places.wujinA, { name: '常州湖塘精密机械厂' })).id;
  firms.a2 = (await makeEnterprise(places.wujinA, { name: '常州湖塘纺织有限公司' })).id;
  firms.b1 = (await makeEnterprise(places.wujinB, { name: '常州牛塘五金厂' })).id;
  firms.l1 = (await makeEnterprise(places.liyang, { name: '溧阳天目湖建材厂' })).id;
  who.member = (await signedIn(stack, { role: 'gridMember', ...places.wujinA })).headers;
  who.memberB = (await signedIn(stack, { role: 'gridMember', ...places.wujinB })).headers;
  who.town = (await signedIn(stack, { role: 'townOfficer', ...places.wujinA })).headers;
  who.otherTown = (await signedIn(stack, { role: 'townOfficer', ...places.wujinB })).headers;
  who.wujin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' })).headers;
  who.liyang = (await signedIn(stack, { role: 'districtAdmin', districtId: 'liyang' })).headers;
  who.city = (await signedIn(stack, { role: 'cityAdmin' })).headers;
}

export const stopWorld = async () => {
  pinClock(null);
  await stopEnterpriseStack();
};

export async function currentForm(headers: Headers, districtId = 'wujin'): Promise<Form> {
  const answer = await send('GET', `/api/patrol-forms/current?districtId=${districtId}`, headers);
  if (answer.status !== 200) throw new Error(`form: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as Form;
}

/** A patrol body answering every item of `form` 符合, except `fail` (不符合). */
export function patrolBody(
  form: Form,
  enterpriseId: string,
  clientId: string,
  fail: string[] = [],
  extra: Record<string, unknown> = {},
) {
  return {
    clientId,
    enterpriseId,
    cityVersion: form.cityVersion,
    districtVersion: form.districtVersion,
    answers: form.items.map(({ itemId }) => ({ itemId, answer: fail.includes(itemId) ? 'fail' : 'pass' })),
    codeChecked: true,
    ...extra,
  };
}

/** Every patrol the city lists of `enterpriseId`. */
export async function patrolsOf(enterpriseId: string): Promise<Patrol[]> {
  const answer = await send('GET', `/api/patrols?enterpriseId=${enterpriseId}&limit=100`, who.city);
  if (answer.status !== 200) throw new Error(`patrols: ${answer.status} ${JSON.stringify(answer.body)}`);
  return (answer.body as { data: Patrol[] }).data;
}

/** Every hazard the city lists of `enterpriseId`. */
export async function hazardsOf(enterpriseId: string) {
  const answer = await send('GET', `/api/hazards?enterpriseId=${enterpriseId}&limit=100`, who.city);
  if (answer.status !== 200) throw new Error(`hazards: ${answer.status} ${JSON.stringify(answer.body)}`);
  return (answer.body as { data: { id: string; source: string; category?: string; description: string }[] })
    .data;
}

/** A patrol photo of the member's enterprise, uploaded and verified (the local S3 and its check worker). */
export async function patrolPhoto(headers: Headers, enterpriseId: string, seed: number): Promise<string> {
  const ticket = await send('POST', '/api/uploads', headers, {
    kind: 'patrol',
    contentType: 'image/jpeg',
    enterpriseId,
  });
  if (ticket.status !== 201) throw new Error(`ticket: ${ticket.status} ${JSON.stringify(ticket.body)}`);
  const { photoId, upload: form } = ticket.body as {
    photoId: string;
    upload: { url: string; fields: Record<string, string> };
  };
  const body = new FormData();
  for (const [name, value] of Object.entries(form.fields)) body.append(name, value);
  const bytes = sceneJpeg(drawScene(seed, 96, 64), 85);
  body.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'photo.jpg');
  const answer = await fetch(form.url, { method: 'POST', body });
  await answer.arrayBuffer();
  await stack.whenIdle();
  if (answer.status >= 300) throw new Error(`photo upload: ${answer.status}`);
  return photoId;
}
