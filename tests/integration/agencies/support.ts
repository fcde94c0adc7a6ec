import type { LocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import { freshCreditCode } from '#tests/fixtures/enterprises';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';

/** What the agency tests share: one local stack per file, a city admin and the 武进区 / 溧阳市 admins. */
export type Headers = Record<string, string>;
export type AgencyRow = {
  id: string;
  name: string;
  creditCode: string;
  type: string;
  districtId: string;
  workDistrictIds: string[];
  certificateExpiry: string;
  contactPhone: string;
  status: string;
  score: number;
  listed: boolean;
  year: number;
};
export type Failure = {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
};

export let stack: LocalStack;
export let city: Headers;
export let wujinAdmin: Headers;
export let liyangAdmin: Headers;

export async function startAgencyStack() {
  stack = await startTestStack();
  city = (await signedIn(stack, { role: 'cityAdmin' })).headers;
  wujinAdmin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' })).headers;
  liyangAdmin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'liyang' })).headers;
}

export async function stopAgencyStack() {
  await stack?.stop();
}

export const send = (method: string, path: string, headers: Headers, body?: unknown) =>
  callApi(stack, path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

export const rowsOf = (answer: { body: unknown }) =>
  (answer.body as { data: AgencyRow[]; nextCursor: string | null }).data;

let serial = 0;

/** A valid agency payload registered in `districtId` (working only there unless `workDistrictIds` says more). */
export function validAgency(districtId: string, overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    name: `测试安全评价${serial}有限公司`,
    creditCode: freshCreditCode(),
    type: 'assessment',
    districtId,
    workDistrictIds: [districtId],
    certificateNo: `APJ-(苏)-${1000 + serial}`,
    certificateExpiry: '2031-06-30',
    contactName: '王工',
    contactPhone: '13912345678',
    ...overrides,
  };
}

export async function makeAgency(
  headers: Headers,
  districtId: string,
  overrides: Record<string, unknown> = {},
) {
  const answer = await send('POST', '/api/agencies', headers, validAgency(districtId, overrides));
  if (answer.status !== 201) throw new Error(`agency: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as AgencyRow;
}

/** Every agency the city admin sees (one page of 100). */
export async function cityNames(): Promise<string[]> {
  const answer = await send('GET', '/api/agencies?limit=100', city);
  return rowsOf(answer).map((row) => row.name);
}
