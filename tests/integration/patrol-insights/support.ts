import { pinClock } from '#functions/platform/clock';
import { invoke } from '#infra/local/handlers';
import { runJob } from '#infra/local/scheduler';
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
 * The patrol-insights tests' world: 武进区 towns 湖塘 (A: three enterprises in its grid, one outside any grid)
 * and 牛塘 (B: one in its grid), 溧阳市 天目湖 (one in its grid); a grid member of each grid, the officers of
 * 湖塘 and 牛塘, the 武进区 and 溧阳市 admins and the city admin. Patrols go through P's API (POST /api/patrols).
 */
export { send, stack };

export type Rates = {
  period: string;
  generatedAt: string | null;
  rows: {
    level: string;
    id: string;
    name: string | null;
    inGrid: number;
    patrolled: number;
    rate: number | null;
  }[];
};
export type Finding = {
  id: string;
  enterpriseId: string;
  enterpriseName: string | null;
  code: string;
  kind: string;
  count: number;
  patrols: { patrolId: string; day: string }[];
  stillFound: boolean;
  open: boolean;
  hazardIds: string[];
  openHazardIds: string[];
};

export const who = {} as Record<
  'memberA' | 'memberB' | 'memberL' | 'townA' | 'townB' | 'wujin' | 'liyang' | 'city',
  Headers
>;
export const world = { e1: '', e2: '', e3: '', outside: '', e5: '', e6: '' };

export async function startWorld(at: string) {
  pinClock(at);
  await startWithPlaces();
  world.e1 = (await makeEnterprise(places.wujinA, { name: '湖塘一号机械厂' })).id;
  world.e2 = (await makeEnterprise(places.wujinA)).id;
  world.e3 = (await makeEnterprise(places.wujinA)).id;
  world.outside = (await makeEnterprise({ ...places.wujinA, gridId: null })).id;
  world.e5 = (await makeEnterprise(places.wujinB)).id;
  world.e6 = (await makeEnterprise(places.liyang)).id;
  await signInAll();
}

/** Everyone signs in (again): moving the pinned clock days ahead ends the sessions signed in before. */
async function signInAll() {
  const { gridId: _a, ...townA } = places.wujinA;
  const { gridId: _b, ...townB } = places.wujinB;
  who.memberA = (await signedIn(stack, { role: 'gridMember', ...places.wujinA })).headers;
  who.memberB = (await signedIn(stack, { role: 'gridMember', ...places.wujinB })).headers;
  who.memberL = (await signedIn(stack, { role: 'gridMember', ...places.liyang })).headers;
  who.townA = (await signedIn(stack, { role: 'townOfficer', ...townA })).headers;
  who.townB = (await signedIn(stack, { role: 'townOfficer', ...townB })).headers;
  who.wujin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' })).headers;
  who.liyang = (await signedIn(stack, { role: 'districtAdmin', districtId: 'liyang' })).headers;
  who.city = (await signedIn(stack, { role: 'cityAdmin' })).headers;
}

/** Moves the pinned clock to `at` and signs everyone in anew. */
export async function moveClock(at: string) {
  pinClock(at);
  await signInAll();
}

export const stopWorld = async () => {
  pinClock(null);
  await stopEnterpriseStack();
};

let serial = 0;

/**
 * A patrol of `enterpriseId` by `member` at the pinned time: every item of the current form 符合 except
 * `failed` (不符合), with one hazard per failed item (its category = the item id).
 */
export async function patrol(member: Headers, enterpriseId: string, failed: string[] = []) {
  const form = await send('GET', '/api/patrol-forms/current', member);
  if (form.status !== 200) throw new Error(`form: ${form.status} ${JSON.stringify(form.body)}`);
  const { cityVersion, districtVersion, items } = form.body as {
    cityVersion: number;
    districtVersion: number;
    items: { itemId: string }[];
  };
  serial += 1;
  const answer = await send('POST', '/api/patrols', member, {
    clientId: `insights-${serial}-${Date.now().toString(36)}`,
    enterpriseId,
    cityVersion,
    districtVersion,
    answers: items.map(({ itemId }) => ({ itemId, answer: failed.includes(itemId) ? 'fail' : 'pass' })),
    hazards: failed.map((itemId) => ({ itemId, description: `检查项 ${itemId} 不符合`, level: 'general' })),
    codeChecked: true,
  });
  if (answer.status !== 201) throw new Error(`patrol: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as { patrolId: string; hazardIds: string[] };
}

/** Runs the patrol-rates job as the scheduler would at `at`. */
export async function runRates(at: string) {
  const job = stack.bindings.jobs.find((candidate) => candidate.name === 'patrol-rates');
  if (!job) throw new Error('the manifest has no patrol-rates job');
  return runJob(job, new Date(at));
}

/** Runs segment `segment` of `totalSegments` of the job at `at` (the districts dealt round the segments). */
export async function runRatesSegment(at: string, segment: number, totalSegments: number) {
  const job = stack.bindings.jobs.find((candidate) => candidate.name === 'patrol-rates');
  if (!job) throw new Error('the manifest has no patrol-rates job');
  return invoke(job.module, { at: new Date(at).toISOString(), segment, totalSegments }, job.timeoutMs);
}

export const rates = async (headers: Headers, query: string) => {
  const answer = await send('GET', `/api/patrol-rates?${query}`, headers);
  if (answer.status !== 200) throw new Error(`rates: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as Rates;
};
export const findings = async (headers: Headers, query = '') => {
  const answer = await send('GET', `/api/patrol-repeated-findings${query ? `?${query}` : ''}`, headers);
  if (answer.status !== 200) throw new Error(`findings: ${answer.status} ${JSON.stringify(answer.body)}`);
  return (answer.body as { data: Finding[] }).data;
};
