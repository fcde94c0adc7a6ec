import { businessDay } from '#functions/platform/clock';
import type { LocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import { freshCreditCode } from '#tests/fixtures/enterprises';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';

/** What the notice tests share: one local stack per file, the city admin and the 武进区 / 溧阳市 admins. */
export type Headers = Record<string, string>;
export type Failure = {
  error: { code: string; message: string; fields?: { path: string; code?: string; message: string }[] };
};
export type Notice = {
  id: string;
  districtId: string;
  title: string;
  body: string;
  status: string;
  publishedAt?: string;
  deductionIds: string[];
  deductions?: { deductionId: string; agencyName: string; points: number; revoked: boolean }[];
};

export let stack: LocalStack;
export let city: Headers;
export let wujinAdmin: Headers;
export let liyangAdmin: Headers;

/** Today in Beijing: deductions are dated today, so the quarter's statistics hold exactly this file's. */
export const today = businessDay(new Date());

export async function startNoticeStack() {
  stack = await startTestStack();
  city = (await signedIn(stack, { role: 'cityAdmin' })).headers;
  wujinAdmin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' })).headers;
  liyangAdmin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'liyang' })).headers;
}

export const stopNoticeStack = async () => {
  await stack?.stop();
};

export const send = (method: string, path: string, headers: Headers, body?: unknown) =>
  callApi(stack, path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

const must = async (answer: Promise<{ status: number; body: unknown }>, want: number, what: string) => {
  const { status, body } = await answer;
  if (status !== want) throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
  return body as { id: string } & Record<string, unknown>;
};

/** A fixed-points rule of the catalogue (created by the city admin). */
export const makeRule = (code: string, points: number) =>
  must(
    send('POST', '/api/agency-rules', city, {
      code,
      description: `细则${code}`,
      category: '技术服务质量',
      points,
    }),
    201,
    'rule',
  );

let serial = 0;

/** An agency registered (and working) in `districtId`, with a contact person whose name and phone are known. */
export async function makeAgency(districtId: string, overrides: Record<string, unknown> = {}) {
  serial += 1;
  const body = {
    name: `通报测试${serial}检测有限公司`,
    creditCode: freshCreditCode(),
    type: 'testing',
    districtId,
    workDistrictIds: [districtId],
    certificateNo: `JC-${2000 + serial}`,
    certificateExpiry: '2035-12-31',
    contactName: `联系人${'甲乙丙丁戊己庚辛'[serial % 8]}${serial}`,
    contactPhone: `1391234${String(5000 + serial).padStart(4, '0')}`,
    ...overrides,
  };
  const made = await must(send('POST', '/api/agencies', city, body), 201, 'agency');
  return { id: made.id, name: body.name, contactName: body.contactName, contactPhone: body.contactPhone };
}

/** A deduction by `headers` (a district admin of the agency's district) under `ruleCode`, dated today. */
export const makeDeduction = async (headers: Headers, agencyId: string, ruleCode: string, points: number) => {
  const made = await must(
    send('POST', '/api/agency-deductions', headers, {
      agencyId,
      ruleCode,
      points,
      reason: '报告中检测数据与现场记录不一致',
      date: today,
    }),
    201,
    'deduction',
  );
  return String(made.deductionId ?? made.id);
};
