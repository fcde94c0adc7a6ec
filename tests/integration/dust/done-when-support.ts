import { pinClock } from '#functions/platform/clock';
import { runJob } from '#infra/local/scheduler';
import { loginAs, signedIn } from '#tests/fixtures/auth';
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
 * The issue 13 done-when walk's world, through the API only (so that it reads nothing of the dust capabilities'
 * modules): one 涉爆粉尘 enterprise of 湖塘镇 with one dust site, its enterprise user, the town's officer, the
 * 武进区 admin and the city admin. Days are in 2030: the local S3 checks a form's policy against the real clock,
 * so a pinned clock must be later than the real one for uploads to pass.
 */
export { send, stack };

type Who = 'firm' | 'town' | 'wujin' | 'city';
const usernames = {} as Record<Who, string>;
export const who = {} as Record<Who, Headers>;
export const site = { id: '', token: '', enterpriseId: '' };

/** Day n of the walk (1-based): 2030-03-04 is day 1. */
export const dayOf = (n: number) => `2030-03-${String(3 + n).padStart(2, '0')}`;
/** A Beijing wall-clock time of day n as an instant. */
export const at = (n: number, hhmm: string) => `${dayOf(n)}T${hhmm}:00+08:00`;

/** Pins the clock and signs everyone in again (a token from an earlier pinned time would be expired). */
export async function moveClock(instant: string) {
  pinClock(instant);
  for (const name of Object.keys(usernames) as Who[]) {
    const token = await loginAs(stack, usernames[name]);
    who[name] = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  }
}

export async function startWalk() {
  pinClock(at(1, '09:00'));
  await startWithPlaces();
  const enterprise = await makeEnterprise(places.wujinA, { name: '常州湖塘粉末冶金厂', flags: ['dust'] });
  site.enterpriseId = enterprise.id;
  const people: Record<Who, Parameters<typeof signedIn>[1]> = {
    firm: { role: 'enterpriseUser', districtId: 'wujin', enterpriseId: enterprise.id },
    town: { role: 'townOfficer', ...places.wujinA },
    wujin: { role: 'districtAdmin', districtId: 'wujin' },
    city: { role: 'cityAdmin' },
  };
  for (const [name, input] of Object.entries(people) as [Who, (typeof people)[Who]][]) {
    const signed = await signedIn(stack, input);
    usernames[name] = signed.user.username;
    who[name] = signed.headers;
  }
  const created = await send('POST', '/api/dust-sites', who.wujin, {
    enterpriseId: enterprise.id,
    name: '一号抛光车间',
    location: '厂区东侧一号车间',
    dustType: '铝粉',
    contactPhone: '13912345678',
  });
  if (created.status !== 201) throw new Error(`site: ${created.status} ${JSON.stringify(created.body)}`);
  const body = created.body as { id?: string; siteId?: string; token: string };
  site.id = body.siteId ?? body.id ?? '';
  site.token = body.token;
}

export const stopWalk = async () => {
  pinClock(null);
  await stopEnterpriseStack();
};

/** A manifest job as the local scheduler runs it, at `instant`. */
export async function runNamedJob(name: string, instant: Date) {
  const job = stack.bindings.jobs.find((candidate) => candidate.name === name);
  if (!job) throw new Error(`the manifest has no ${name} job`);
  await runJob(job, instant);
}

/**
 * The ladder job as the local scheduler runs it, at the pinned instant, and the hourly upload-rate job five
 * minutes later (its :05 run), whose snapshots GET /api/metrics/dust reads.
 */
export async function runLadder(instant: string) {
  await moveClock(instant);
  await runNamedJob('dust-ladder', new Date(instant));
  await runNamedJob('dust-rate', new Date(new Date(instant).getTime() + 5 * 60_000));
}

/** A fresh photo (a scene of its own: not a duplicate, not similar) uploaded by the enterprise user. */
export async function uploadPhoto(seed: number): Promise<string> {
  const ticket = await send('POST', '/api/uploads', who.firm, { kind: 'dust', contentType: 'image/jpeg' });
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

/** The enterprise's day's cleaning, posted as the phone page does; answers the cleaning's id. */
export async function uploadCleaning(seed: number): Promise<string> {
  const photoId = await uploadPhoto(seed);
  const body = { token: site.token, clientId: `walk-day-${seed}-cleaning`, photoIds: [photoId] };
  const answer = await send('POST', '/api/dust-cleanings', who.firm, body);
  if (answer.status !== 201 && answer.status !== 200)
    throw new Error(`cleaning: ${answer.status} ${JSON.stringify(answer.body)}`);
  const cleaning = answer.body as { id?: string; cleaningId?: string };
  return cleaning.cleaningId ?? cleaning.id ?? '';
}

type Listed = { idempotencyKey: string; template: string };

/** Every outbox message of `template` (all pages), as the city's 消息中心 lists them. */
export async function messagesOf(template: string): Promise<Listed[]> {
  const all: Listed[] = [];
  let cursor: string | null = null;
  do {
    const tail = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const answer = await send('GET', `/api/messages?template=${template}&limit=100${tail}`, who.city);
    if (answer.status !== 200) throw new Error(`messages: ${answer.status} ${JSON.stringify(answer.body)}`);
    const page = answer.body as { data: Listed[]; nextCursor: string | null };
    all.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

/** The keys of this site's messages of `template` (sorted). */
export const siteMessageKeys = async (template: string) =>
  (await messagesOf(template))
    .map((message) => message.idempotencyKey)
    .filter((key) => key.includes(site.id))
    .sort();

/** This site's tasks of `kind`, open or done, as the city sees them. */
export async function siteTasks(kind: 'dustUrge' | 'dustVerify') {
  const answer = await send('GET', `/api/tasks?kind=${kind}&view=scope&limit=100`, who.city);
  if (answer.status !== 200) throw new Error(`tasks: ${answer.status} ${JSON.stringify(answer.body)}`);
  const page = answer.body as { data: Array<{ siteId?: string; level: string; urgent: boolean }> };
  return page.data.filter((task) => task.siteId === site.id);
}
