import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseInputSchema } from '#functions/enterprises/schemas/enterprises';
import { importCreateSchema } from '#functions/enterprises/schemas/transfers';
import type { LocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import { validEnterprise } from '#tests/fixtures/enterprises';
import { badCreditCode, badPhone, invalidVariants } from '#tests/fixtures/invalid-payloads';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';
import { countItems } from '#tests/fixtures/table-count';

const RUNS = 200;
let stack: LocalStack;
let headers: Record<string, string>;
let place: { districtId: string; townId: string; gridId: string };

beforeAll(async () => {
  stack = await startTestStack();
  ({ headers } = await signedIn(stack, { role: 'cityAdmin' }));
  const post = async (path: string, body: unknown) =>
    (await callApi(stack, path, { method: 'POST', headers, body: JSON.stringify(body) })).body as {
      id: string;
    };
  const town = await post('/api/towns', { districtId: 'wujin', name: '湖塘镇' });
  const grid = await post('/api/grids', { townId: town.id, name: '湖塘镇第1网格' });
  place = { districtId: 'wujin', townId: town.id, gridId: grid.id };
});
afterAll(async () => stack?.stop());

/** Sends every generated payload; each must get a 4xx with a Chinese message, and no table may gain an item. */
async function assertAllRefused(path: string, payloads: fc.Arbitrary<unknown>) {
  const before = await countItems(stack);
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(payloads, async (payload) => {
      const answer = await callApi(stack, path, { method: 'POST', headers, body: JSON.stringify(payload) });
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      const { error } = answer.body as { error?: { code: string; message: string } };
      return answer.status >= 400 && answer.status < 500 && /[\u4e00-\u9fa5]/.test(error?.message ?? '');
    }),
    { numRuns: RUNS },
  );
  expect(await countItems(stack)).toEqual(before);
  return statuses;
}

describe('invalid payloads', () => {
  it(`refuses ${RUNS} generated invalid enterprises with a 4xx and writes nothing`, async () => {
    // Prepare
    const valid = { ...validEnterprise(place) } as Record<string, unknown>;
    const payloads = invalidVariants(
      valid,
      ['creditCode', 'name', 'districtId', 'townId', 'industry', 'principal'],
      {
        creditCode: badCreditCode,
        name: fc.oneof(fc.constant('厂'), fc.string({ minLength: 101, maxLength: 120 })),
        districtId: fc.constantFrom('shanghai', 'WUJIN', ''),
        industry: fc.constantFrom('化工', 'metal', ''),
        status: fc.constantFrom('营业', 'open'),
        flags: fc.constantFrom(['bogus'], 'dust', [1]),
        gridId: fc.constantFrom(123, ''),
        principal: badPhone.map((phone) => ({ name: '张三', phone })),
        safetyContact: fc.constantFrom({ name: '', phone: '13800001234' }, { phone: '13800001234' }),
      },
      enterpriseInputSchema,
    );

    // Act + Assess
    const statuses = await assertAllRefused('/api/enterprises', payloads);
    expect([...statuses.keys()].every((status) => status === 400)).toBe(true);
  });

  it(`refuses ${RUNS} generated invalid import requests with a 4xx and writes nothing`, async () => {
    // Prepare
    const valid = { fileName: '企业名录.xlsx', format: 'xlsx', size: 20_480 };
    const payloads = invalidVariants(
      valid,
      ['fileName', 'format', 'size'],
      {
        fileName: fc.oneof(fc.constant(''), fc.string({ minLength: 201, maxLength: 260 })),
        format: fc.constantFrom('xls', 'pdf', 'XLSX', 'exe'),
        size: fc.oneof(fc.constantFrom(0, -1, 1.5), fc.integer({ min: 20 * 1024 * 1024 + 1 })),
      },
      importCreateSchema,
    );

    // Act + Assess
    await assertAllRefused('/api/enterprise-imports', payloads);
  });
});
