import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '#functions/manifest';
import { type RouteKey, routeKey } from '#functions/platform/manifest-types';
import type { LocalStack } from '#infra/local/stack';
import { createUserDirect, signedIn } from '#tests/fixtures/auth';
import { validEnterprise } from '#tests/fixtures/enterprises';
import { type Place, routeInputs, type Variant, variantsOf } from '#tests/fixtures/field-mutations';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';

const BATCH = 16;
const CHINESE = /[\u4e00-\u9fa5]/;

let stack: LocalStack;
let admin: Record<string, string>;
/** Own-session routes (`/api/me/password`) are called by an account of their own. */
let self: Record<string, string>;
/** Routes only enterprise users may call (a scan, a rectification) are called by one of the place's enterprise. */
let enterpriseUser: Record<string, string>;
/** Routes only agency users may call (an appeal) are called by one of an agency. */
let agencyUser: Record<string, string>;
/** Routes only grid members may call (a patrol, the due list) are called by one of the place's grid. */
let gridMember: Record<string, string>;
let place: Place;

beforeAll(async () => {
  stack = await startTestStack();
  ({ headers: admin } = await signedIn(stack, { role: 'cityAdmin' }));
  ({ headers: self } = await signedIn(stack, { role: 'cityAdmin' }));
  const post = async (path: string, body: unknown) => {
    const answer = await callApi(stack, path, { method: 'POST', headers: admin, body: JSON.stringify(body) });
    if (answer.status !== 201) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body as { id: string };
  };
  const town = await post('/api/towns', { districtId: 'wujin', name: '湖塘镇' });
  const grid = await post('/api/grids', { townId: town.id, name: '湖塘镇第1网格' });
  const partial = { districtId: 'wujin', townId: town.id, gridId: grid.id };
  // flagged 涉爆粉尘: the dust-site routes' valid input places a site in it
  const enterprise = await post('/api/enterprises', { ...validEnterprise(partial), flags: ['dust'] });
  const user = await createUserDirect({ role: 'gridMember', ...partial });
  // a live deduction by the city, for a notice's valid input (a made-up id would be refused as not the city's)
  const { ensureDeductionRule, validDeductionBody } = await import('#tests/access/world-agency-deductions');
  const { validAgencyBody } = await import('#tests/access/world-agencies');
  await ensureDeductionRule();
  const agency = await post('/api/agencies', validAgencyBody('wujin'));
  const deduction = await post('/api/agency-deductions', validDeductionBody(agency.id));
  place = { ...partial, enterpriseId: enterprise.id, userId: user.id, deductionId: deduction.id };
  ({ headers: enterpriseUser } = await signedIn(stack, {
    role: 'enterpriseUser',
    districtId: 'wujin',
    enterpriseId: enterprise.id,
  }));
  ({ headers: agencyUser } = await signedIn(stack, { role: 'agencyUser', agencyId: 'fuzz-agency' }));
  ({ headers: gridMember } = await signedIn(stack, { role: 'gridMember', ...partial }));
}, 60_000);
afterAll(async () => stack?.stop());

const described = routes.filter((route) => 'body' in route || 'query' in route || 'params' in route);

function requestOf(route: (typeof routes)[number], variant: Pick<Variant, 'part' | 'input'>, valid: Place) {
  const inputs = routeInputs[routeKey(route)];
  const params = variant.part === 'params' ? variant.input : (inputs?.params?.valid(valid) ?? {});
  const query = variant.part === 'query' ? variant.input : (inputs?.query?.valid(valid) ?? {});
  const body = variant.part === 'body' ? variant.input : inputs?.body?.valid(valid);
  const path = route.path.replace(/\{(\w+)\}/, (_, name: string) =>
    encodeURIComponent(String(params[name] ?? '')),
  );
  const search = new URLSearchParams(query as Record<string, string>).toString();
  const access = route.access === 'public' ? [] : (route.access as readonly string[]);
  const notCity = route.access !== 'public' && !access.includes('cityAdmin');
  const gridOnly = access.includes('gridMember') && !access.includes('enterpriseUser');
  const caller = access.includes('agencyUser') ? agencyUser : gridOnly ? gridMember : enterpriseUser;
  const headers = route.path === '/api/me/password' ? self : notCity ? caller : admin;
  return {
    url: search ? `${path}?${search}` : path,
    init: { method: route.method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) },
  };
}

type ErrorAnswer = {
  error?: { code?: string; message?: string; fields?: { path: string; message: string; code: string }[] };
};

/** Why an answer is not a proper refusal of `variant`, or null when it is one. */
function problemOf(variant: Variant, status: number, body: unknown): string | null {
  if (status < 400 || status > 499) return `status ${status}`;
  const { error } = (body ?? {}) as ErrorAnswer;
  if (!error?.code || !CHINESE.test(error.message ?? ''))
    return `no code or Chinese message: ${JSON.stringify(body)}`;
  const name = `${variant.part}.${variant.field}`;
  const field = error.fields?.find((f) => f.path === name || f.path.startsWith(`${name}.`));
  if (!field)
    return `${status} ${error.code}, fields do not name ${name}: ${JSON.stringify(error.fields ?? null)}`;
  if (!field.code || !CHINESE.test(field.message))
    return `field ${field.path} lacks a code or a Chinese message`;
  return null;
}

describe('invalid inputs, one broken field at a time', () => {
  it('describes by hand the inputs of every route that takes a body, a query or path parameters', () => {
    // Assess
    const missing = described.map(routeKey).filter((key) => !routeInputs[key]);
    expect(missing).toEqual([]);
  });

  it.each(described.map((route) => [routeKey(route), route] as const))(
    'refuses at least 200 inputs of %s with a 4xx naming the broken field, and writes nothing',
    async (key, route) => {
      // Prepare
      const variants = variantsOf(key as RouteKey, place);
      const writesBefore = stack.storageWrites();

      // Act
      const problems: string[] = [];
      for (let start = 0; start < variants.length; start += BATCH) {
        await Promise.all(
          variants.slice(start, start + BATCH).map(async (variant) => {
            const { url, init } = requestOf(route, variant, place);
            const answer = await callApi(stack, url, init);
            const problem = problemOf(variant, answer.status, answer.body);
            if (problem)
              problems.push(
                `${variant.part}.${variant.field} [${variant.kind}] ${JSON.stringify(variant.value)?.slice(0, 80)} → ${problem.slice(0, 200)}`,
              );
          }),
        );
      }

      // Assess
      expect(variants.length).toBeGreaterThanOrEqual(200);
      expect(problems.slice(0, 12), `${problems.length} of ${variants.length} not refused`).toEqual([]);
      // Not one write request reached the emulators (every table, the audit log, every bucket): a refused
      // input writes nothing, appends no audit item and changes no item in place either.
      expect(stack.storageWrites() - writesBefore).toBe(0);
    },
    60_000,
  );

  it('accepts the valid input each description starts from (no field error), so every variant differs in one field', async () => {
    // Act
    const refusedFields: string[] = [];
    for (const route of described) {
      const inputs = routeInputs[routeKey(route)];
      for (const part of ['params', 'query', 'body'] as const) {
        if (!inputs?.[part]) continue;
        const { url, init } = requestOf(route, { part, input: inputs[part].valid(place) }, place);
        const answer = await callApi(stack, url, init);
        // only validation (400): a duplicate code's 409 also names its field, and a valid body may repeat a code
        const fields = answer.status === 400 ? (answer.body as ErrorAnswer).error?.fields : undefined;
        if (fields) refusedFields.push(`${routeKey(route)}: ${JSON.stringify(fields)}`);
      }
    }

    // Assess
    expect(refusedFields).toEqual([]);
  });
});
