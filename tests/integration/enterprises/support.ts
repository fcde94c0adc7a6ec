import { expect } from 'vitest';
import type { Enterprise, EnterpriseInput } from '#functions/enterprises/schemas/enterprises';
import type { LocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import { validEnterprise } from '#tests/fixtures/enterprises';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';

/**
 * What the enterprise tests share: a local stack per test file, started by `startEnterpriseStack` in the
 * file's `beforeAll`, with a city admin and a 武进区 admin. The bindings below are live, so a test file
 * reads them once the stack is up.
 */
export type Headers = Record<string, string>;
export type Place = { districtId: string; townId: string; gridId: string | null };

export let stack: LocalStack;
export let city: Headers;
export let wujinAdmin: Headers;

export async function startEnterpriseStack() {
  stack = await startTestStack();
  city = (await signedIn(stack, { role: 'cityAdmin' })).headers;
  wujinAdmin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' })).headers;
}

export const send = (method: string, path: string, headers: Headers, body?: unknown) =>
  callApi(stack, path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
export const idOf = (answer: { body: unknown }) => (answer.body as { id: string }).id;
export const pageOf = (answer: { body: unknown }) =>
  answer.body as { data: Enterprise[]; nextCursor: string | null };

/** 武进区 towns A and B (each with one grid) and 溧阳市 town C, made by `startWithPlaces`. */
export const places = {} as Record<'wujinA' | 'wujinB' | 'liyang', Place & { gridId: string }>;

export async function makePlace(districtId: string, label: string) {
  const town = await send('POST', '/api/towns', city, { districtId, name: `${label}镇` });
  const grid = await send('POST', '/api/grids', city, { townId: idOf(town), name: `${label}一网格` });
  return { districtId, townId: idOf(town), gridId: idOf(grid) };
}

/** The stack of `startEnterpriseStack`, with the towns and grids of `places`. */
export async function startWithPlaces() {
  await startEnterpriseStack();
  places.wujinA = await makePlace('wujin', '湖塘');
  places.wujinB = await makePlace('wujin', '牛塘');
  places.liyang = await makePlace('liyang', '天目湖');
}

export async function stopEnterpriseStack() {
  await stack?.stop();
}

/** A valid enterprise in `place`, created by the city admin. */
export async function makeEnterprise(
  place: Place,
  overrides: Partial<EnterpriseInput> = {},
): Promise<Enterprise> {
  const answer = await send('POST', '/api/enterprises', city, { ...validEnterprise(place), ...overrides });
  if (answer.status !== 201) throw new Error(`setup failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as Enterprise;
}

/** Every page of a list, following cursors. */
export async function readAll(path: string, headers: Headers) {
  const pages: Enterprise[][] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const answer = await send(
      'GET',
      `${path}${cursor ? `${separator}cursor=${encodeURIComponent(cursor)}` : ''}`,
      headers,
    );
    expect(answer.status).toBe(200);
    pages.push(pageOf(answer).data);
    cursor = pageOf(answer).nextCursor;
  } while (cursor && pages.length < 50);
  return pages;
}
