import type { LocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';
import { validAgency } from '#tests/integration/agencies/support';

/**
 * What the deduction tests share: a local stack per file; the city admin, the 武进区 and 溧阳市 admins; a fixed
 * rule (A-01, 5 points) and a ranged one (B-02, 1–3 points) made through the rules API.
 */
export type Headers = Record<string, string>;
export type Failure = {
  error: { code: string; message: string; fields?: { path: string; message: string; code: string }[] };
};
export type Deduction = {
  id: string;
  agencyId: string;
  points: number;
  status: 'live' | 'revoked';
  issuingDistrictId: string;
  rule: { code: string; version: number; description: string; points: number };
  appealUntil: string;
  appealStatus?: string;
  evidence?: { photoId: string; url: string; contentType: string }[];
  appeals?: { id: string; status: string; decisionReason?: string }[];
};

export let stack: LocalStack;
export let city: Headers;
export let wujinAdmin: Headers;
export let liyangAdmin: Headers;

export const send = (method: string, path: string, headers: Headers, body?: unknown) =>
  callApi(stack, path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

export async function startDeductionStack() {
  stack = await startTestStack();
  city = (await signedIn(stack, { role: 'cityAdmin' })).headers;
  wujinAdmin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' })).headers;
  liyangAdmin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'liyang' })).headers;
  const fixed = { code: 'A-01', description: '报告结论与现场不符', category: '技术服务质量', points: 5 };
  const ranged = {
    code: 'B-02',
    description: '未按规定公开信息',
    category: '信息公开',
    pointsMin: 1,
    pointsMax: 3,
  };
  for (const rule of [fixed, ranged]) {
    const made = await send('POST', '/api/agency-rules', city, rule);
    if (made.status !== 201) throw new Error(`rule: ${made.status} ${JSON.stringify(made.body)}`);
  }
}

export async function stopDeductionStack() {
  await stack?.stop();
}

export async function makeAgency(districtId: string, overrides: Record<string, unknown> = {}) {
  const answer = await send('POST', '/api/agencies', city, validAgency(districtId, overrides));
  if (answer.status !== 201) throw new Error(`agency: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as { id: string; name: string };
}

export const agencyUser = async (agencyId: string) =>
  (await signedIn(stack, { role: 'agencyUser', agencyId })).headers;

export const deduction = (agencyId: string, overrides: Record<string, unknown> = {}) => ({
  agencyId,
  ruleCode: 'B-02',
  points: 2,
  reason: '未在官网公开上年度技术服务报告',
  date: '2030-05-18',
  ...overrides,
});

export async function deduct(headers: Headers, body: Record<string, unknown>): Promise<Deduction> {
  const answer = await send('POST', '/api/agency-deductions', headers, body);
  if (answer.status !== 201) throw new Error(`deduct: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as Deduction;
}

/** The agency's score of `year` through the contract (what the registry's list shows). */
export async function scoreOf(agencyId: string, year = 2030) {
  const { agencyScores } = await import('#functions/agency-deductions/index');
  return (await agencyScores([agencyId], year)).get(agencyId);
}

/** The whole stored state of an agency's deductions, appeals and counter (for "nothing written"). */
export async function storedState(agencyId: string, year = 2030) {
  const { agencyDeduction } = await import('#functions/agency-deductions/store/entities/deduction');
  const { agencyAppeal } = await import('#functions/agency-deductions/store/entities/appeal');
  const deductions = await agencyDeduction.query.byAgencyYear({ agencyId, year }).go({ pages: 'all' });
  const appeals = await agencyAppeal.query.byAgency({ agencyId }).go({ pages: 'all' });
  return { deductions: deductions.data, appeals: appeals.data, score: await scoreOf(agencyId, year) };
}
