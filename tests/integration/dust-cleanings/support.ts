import { pinClock } from '#functions/platform/clock';
import { runJob } from '#infra/local/scheduler';
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
 * The dust-cleaning API tests' world: a 涉爆粉尘 enterprise of 湖塘镇 (武进区) with one site and two enterprise
 * users, the officers of 湖塘 and 牛塘 (武进区), the 武进区 and 溧阳市 admins and the city admin. The clock is pinned
 * in 2030: the local S3 checks an upload form's policy against the real clock, so a pinned time must be later.
 */
export { send, stack };

export type Error4xx = {
  error: { code: string; message: string; fields?: { path: string; code: string }[] };
};
export type Cleaning = {
  cleaningId: string;
  day: string;
  review: string;
  reason?: string;
  photos?: unknown[];
};

export const DAY = '2030-05-06';
export const who = {} as Record<
  'firm' | 'firm2' | 'town' | 'otherTown' | 'wujin' | 'liyang' | 'city',
  Headers
>;
export const world = { enterpriseId: '', siteId: '', token: '', townId: '', districtId: 'wujin' };

export async function startWorld() {
  pinClock(`${DAY}T09:00:00+08:00`);
  await startWithPlaces();
  const enterprise = await makeEnterprise(places.wujinA, { name: '常州湖塘粉末冶金厂', flags: ['dust'] });
  world.enterpriseId = enterprise.id;
  world.townId = places.wujinA.townId;
  const firm = { role: 'enterpriseUser', districtId: 'wujin', enterpriseId: enterprise.id } as const;
  who.firm = (await signedIn(stack, firm)).headers;
  who.firm2 = (await signedIn(stack, firm)).headers;
  who.town = (await signedIn(stack, { role: 'townOfficer', ...places.wujinA })).headers;
  who.otherTown = (await signedIn(stack, { role: 'townOfficer', ...places.wujinB })).headers;
  who.wujin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' })).headers;
  who.liyang = (await signedIn(stack, { role: 'districtAdmin', districtId: 'liyang' })).headers;
  who.city = (await signedIn(stack, { role: 'cityAdmin' })).headers;
  const site = await makeSite('一号抛光车间');
  world.siteId = site.id;
  world.token = site.token;
}

export const stopWorld = async () => {
  pinClock(null);
  await stopEnterpriseStack();
};

/** A dust site of the enterprise, made by the 武进区 admin: its id and code token. */
export async function makeSite(name: string): Promise<{ id: string; token: string }> {
  const created = await send('POST', '/api/dust-sites', who.wujin, {
    enterpriseId: world.enterpriseId,
    name,
    location: '厂区东侧一号车间',
    dustType: '铝粉',
    contactPhone: '13912345678',
  });
  if (created.status !== 201) throw new Error(`site: ${created.status} ${JSON.stringify(created.body)}`);
  const body = created.body as { id: string; token: string };
  return { id: body.id, token: body.token };
}

/** An upload ticket of `headers`' user; the file is sent only when `send` (else the photo stays unverified). */
export async function photoOf(headers: Headers, seed: number, upload = true): Promise<string> {
  const ticket = await send('POST', '/api/uploads', headers, { kind: 'dust', contentType: 'image/jpeg' });
  if (ticket.status !== 201) throw new Error(`ticket: ${ticket.status} ${JSON.stringify(ticket.body)}`);
  const { photoId, upload: form } = ticket.body as {
    photoId: string;
    upload: { url: string; fields: Record<string, string> };
  };
  if (!upload) return photoId;
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

/** The enterprise user's upload of one fresh photo for the world's site: the answer's cleaning. */
export async function uploadCleaning(seed: number, headers = who.firm): Promise<Cleaning> {
  const photoId = await photoOf(headers, seed);
  const body = { token: world.token, clientId: `cleaning-${seed}-client`, photoIds: [photoId] };
  const answer = await send('POST', '/api/dust-cleanings', headers, body);
  if (answer.status !== 201) throw new Error(`cleaning: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as Cleaning;
}

/** The outbox's messages of `template`, as the city's 消息中心 lists them (one page is enough here). */
export async function messageKeys(template: string): Promise<string[]> {
  const answer = await send('GET', `/api/messages?template=${template}&limit=100`, who.city);
  if (answer.status !== 200) throw new Error(`messages: ${answer.status} ${JSON.stringify(answer.body)}`);
  return (answer.body as { data: { idempotencyKey: string }[] }).data.map((m) => m.idempotencyKey).sort();
}

/** The dust-spot-check job as the local scheduler runs it at `instant`. */
export async function runSpotCheckJob(instant: Date) {
  const job = stack.bindings.jobs.find((candidate) => candidate.name === 'dust-spot-check');
  if (!job) throw new Error('the manifest has no dust-spot-check job');
  return runJob(job, instant);
}
