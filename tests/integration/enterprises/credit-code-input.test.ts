import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enterprise } from '#functions/enterprises/schemas/enterprises';
import { signedIn } from '#tests/fixtures/auth';
import { importFile, makeSheetRow } from '#tests/fixtures/enterprise-sheets';
import { freshCreditCode, validEnterprise } from '#tests/fixtures/enterprises';
import { city, send, stack } from '#tests/integration/enterprises/support';
import {
  enterprisesOfTown,
  liyang,
  startTransfersStack,
  stopTransfersStack,
  taskOf,
  wujin,
  xlsx,
} from '#tests/integration/enterprises/transfers-support';

/** Issue 10, item 7: credit codes as people paste them, and a duplicate answered on its field. */
beforeAll(startTransfersStack);
afterAll(stopTransfersStack);

/** The code as copied from a PDF or a web page: blanks, a tab and full-width spaces (U+3000) inside and around. */
const pasted = (code: string) =>
  `\u3000 ${code.slice(0, 4)} ${code.slice(4, 8)}\t${code.slice(8, 12)}\u3000${code.slice(12)}  `;

type DuplicateAnswer = {
  error: {
    code: string;
    message: string;
    fields?: { path: string; code: string; message: string }[];
    existingId?: string;
  };
};

const inWujin = () => validEnterprise({ districtId: 'wujin', townId: wujin.townId, gridId: wujin.gridId });
const inLiyang = () => validEnterprise({ districtId: 'liyang', townId: liyang.townId, gridId: null });

describe('credit codes pasted with spaces', () => {
  it('accepts a code with blanks, a tab and full-width spaces, and stores it without them', async () => {
    // Prepare
    const code = freshCreditCode();

    // Act
    const answer = await send('POST', '/api/enterprises', city, { ...inWujin(), creditCode: pasted(code) });

    // Assess
    expect(answer.status).toBe(201);
    expect((answer.body as Enterprise).creditCode).toBe(code);
    const found = await send('GET', `/api/enterprises?q=${code}`, city);
    expect((found.body as { data: Enterprise[] }).data.map((e) => e.creditCode)).toEqual([code]);
  });

  it('takes the spaced form of a registered code for the same code: 409, nothing written', async () => {
    // Prepare
    const first = (await send('POST', '/api/enterprises', city, inWujin())).body as Enterprise;
    const before = await enterprisesOfTown(wujin.townId);

    // Act
    const answer = await send('POST', '/api/enterprises', city, {
      ...inWujin(),
      creditCode: pasted(first.creditCode),
    });

    // Assess
    expect(answer.status).toBe(409);
    expect(await enterprisesOfTown(wujin.townId)).toEqual(before);
  });

  it('imports a row whose code has spaces in it, under the code without them', async () => {
    // Prepare
    const code = freshCreditCode();
    const row = makeSheetRow(wujin, { 统一社会信用代码: pasted(code) });

    // Act
    const { taskId } = await importFile(stack, city, xlsx([row]));

    // Assess
    expect(await taskOf(taskId)).toMatchObject({ status: 'DONE', created: 1, failed: 0 });
    expect((await enterprisesOfTown(wujin.townId)).map((e) => e.creditCode)).toContain(code);
  });
});

describe('a duplicate credit code, answered on its field', () => {
  it('names the field and the existing enterprise to a caller whose scope holds it, on create', async () => {
    // Prepare
    const admin = await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' });
    const held = (await send('POST', '/api/enterprises', city, inWujin())).body as Enterprise;

    // Act
    const answer = await send('POST', '/api/enterprises', admin.headers, {
      ...inWujin(),
      creditCode: held.creditCode,
    });

    // Assess
    expect(answer.status).toBe(409);
    const { error } = answer.body as DuplicateAnswer;
    expect(error).toMatchObject({ code: 'DUPLICATE_CREDIT_CODE', existingId: held.id });
    expect(error.fields).toEqual([
      { path: 'body.creditCode', code: 'duplicate', message: expect.stringContaining('已登记') },
    ]);
  });

  it('names the field and the existing enterprise on an edit that takes another’s code', async () => {
    // Prepare
    const held = (await send('POST', '/api/enterprises', city, inWujin())).body as Enterprise;
    const input = inWujin();
    const edited = (await send('POST', '/api/enterprises', city, input)).body as Enterprise;

    // Act
    const answer = await send('PUT', `/api/enterprises/${edited.id}`, city, {
      ...input,
      creditCode: held.creditCode,
    });

    // Assess
    expect(answer.status).toBe(409);
    expect((answer.body as DuplicateAnswer).error).toMatchObject({
      existingId: held.id,
      fields: [{ path: 'body.creditCode', code: 'duplicate' }],
    });
  });

  it('names the field but neither the enterprise nor its district when it is out of the caller’s scope', async () => {
    // Prepare
    const admin = await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' });
    const held = (await send('POST', '/api/enterprises', city, inLiyang())).body as Enterprise;

    // Act
    const answer = await send('POST', '/api/enterprises', admin.headers, {
      ...inWujin(),
      creditCode: held.creditCode,
    });

    // Assess
    expect(answer.status).toBe(409);
    const { error } = answer.body as DuplicateAnswer;
    expect(error.fields).toEqual([{ path: 'body.creditCode', code: 'duplicate', message: error.message }]);
    expect(error).not.toHaveProperty('existingId');
    expect(JSON.stringify(answer.body)).not.toContain(held.id);
    expect(JSON.stringify(answer.body)).not.toMatch(/溧阳|liyang/);
  });
});
