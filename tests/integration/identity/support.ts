import type { LocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';

/**
 * The world the identity tests share: a local stack per test file, started by `startIdentityStack` in
 * the file's `beforeAll`. The bindings below are live, so a test file reads them once the stack is up.
 */
type SignedIn = Awaited<ReturnType<typeof signedIn>>;

export let stack: LocalStack;
/** The city admin, and one district admin each for 武进 and 溧阳, with a town and a grid in each district. */
export let city: SignedIn;
export let wujin: SignedIn;
export let liyang: SignedIn;
export const org = { wujinTown: '', wujinGrid: '', liyangTown: '', liyangGrid: '' };

export async function startIdentityStack() {
  stack = await startTestStack();
  city = await signedIn(stack, { role: 'cityAdmin', name: '市局张三' });
  wujin = await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin', name: '武进李四' });
  liyang = await signedIn(stack, { role: 'districtAdmin', districtId: 'liyang', name: '溧阳王五' });
  for (const districtId of ['wujin', 'liyang'] as const) {
    const town = await post('/api/towns', { districtId, name: `${districtId}一镇` }, city.headers);
    const grid = await post('/api/grids', { townId: idOf(town), name: '第一网格' }, city.headers);
    org[`${districtId}Town`] = idOf(town);
    org[`${districtId}Grid`] = idOf(grid);
  }
}

export async function stopIdentityStack() {
  await stack?.stop();
}

export const send = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  callApi(stack, path, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
export const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  send('POST', path, body, headers);
export const get = (path: string, headers: Record<string, string>) => callApi(stack, path, { headers });
export const idOf = (answer: { body: unknown }) => (answer.body as { id: string }).id;
export const dataOf = <T = Record<string, unknown>>(answer: { body: unknown }) =>
  (answer.body as { data: T[] }).data;

/** The audit entries a write left, found by the request id the gateway answered it with. */
export async function auditEntriesOf(answer: { headers: Headers }) {
  const requestId = answer.headers.get('x-request-id');
  const log = await get('/api/audit?limit=100', city.headers);
  return dataOf<{ requestId: string }>(log).filter((entry) => entry.requestId === requestId);
}

export const newUser = (overrides: Record<string, unknown>) => ({
  username: `u${Math.random().toString(36).slice(2, 10)}`,
  password: 'Start2026pass',
  name: '赵六',
  phone: '13900001111',
  role: 'townOfficer',
  ...overrides,
});
