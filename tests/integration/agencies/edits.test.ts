import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '#tests/fixtures/auth';
import { freshCreditCode } from '#tests/fixtures/enterprises';
import {
  city,
  type Failure,
  makeAgency,
  send,
  stack,
  startAgencyStack,
  stopAgencyStack,
  validAgency,
  wujinAdmin,
} from '#tests/integration/agencies/support';

/**
 * Editing an agency: where a district admin may move it, what becomes of the credit-code claims when the code
 * stays, changes, or loses a race, and what the audit log says. Every answer is read back through the API.
 */
beforeAll(startAgencyStack);
afterAll(stopAgencyStack);

const edit = (id: string, headers: Record<string, string>, body: Record<string, unknown>) =>
  send('PUT', `/api/agencies/${id}`, headers, body);

describe('editing agencies', () => {
  it('refuses a district admin moving its own agency to another district, on the field and in Chinese', async () => {
    // Prepare
    const own = await makeAgency(wujinAdmin, 'wujin', { name: '想迁走的检测有限公司' });

    // Act
    const answer = await edit(own.id, wujinAdmin, {
      ...validAgency('liyang', { name: '想迁走的检测有限公司' }),
      creditCode: own.creditCode,
    });

    // Assess
    expect(answer.status).toBe(400);
    expect((answer.body as Failure).error.fields).toEqual([
      { path: 'body.districtId', message: '只能登记或修改注册在本辖区的机构', code: 'outside_district' },
    ]);
    expect((await send('GET', `/api/agencies/${own.id}`, city)).body).toMatchObject({ districtId: 'wujin' });
  });

  it('refuses a district admin editing an agency registered elsewhere, saying it may only look', async () => {
    // Prepare
    const liyang = await makeAgency(city, 'liyang', { workDistrictIds: ['liyang', 'wujin'] });

    // Act
    const answer = await edit(liyang.id, wujinAdmin, {
      ...validAgency('liyang'),
      creditCode: liyang.creditCode,
    });

    // Assess
    expect(answer.status).toBe(403);
    expect((answer.body as Failure).error.message).toBe('该机构注册在其他辖区，只能查看，不能修改');
  });

  it('keeps the claim of a code the edit keeps: no other agency may register it afterwards', async () => {
    // Prepare
    const kept = await makeAgency(city, 'wujin', { name: '只改名的检测有限公司' });

    // Act
    const renamed = await edit(kept.id, city, {
      ...validAgency('wujin', { name: '改名后的检测有限公司' }),
      creditCode: kept.creditCode,
    });
    const taker = await send(
      'POST',
      '/api/agencies',
      city,
      validAgency('wujin', { creditCode: kept.creditCode }),
    );

    // Assess
    expect(renamed.status).toBe(200);
    expect(taker.status).toBe(409);
  });

  it('of 8 concurrent edits to 8 new codes, the losers are 409 and every code but the last winner’s is free', async () => {
    // Prepare
    const contested = await makeAgency(city, 'wujin', { name: '并发改代码的检测有限公司' });
    const codes = Array.from({ length: 8 }, () => freshCreditCode());

    // Act
    const answers = await Promise.all(
      codes.map((creditCode) =>
        edit(contested.id, city, {
          ...validAgency('wujin', { name: '并发改代码的检测有限公司' }),
          creditCode,
        }),
      ),
    );

    // Assess
    const statuses = answers.map((answer) => answer.status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(409);
    for (const answer of answers.filter((one) => one.status !== 200))
      expect(answer).toMatchObject({ status: 409, body: { error: { code: 'AGENCY_CHANGED' } } });
    const final = (await send('GET', `/api/agencies/${contested.id}`, city)).body as { creditCode: string };
    expect(codes).toContain(final.creditCode);
    const freed = [contested.creditCode, ...codes.filter((code) => code !== final.creditCode)];
    const takers = await Promise.all(
      freed.map((creditCode) => send('POST', '/api/agencies', city, validAgency('wujin', { creditCode }))),
    );
    expect(takers.map((taker) => taker.status)).toEqual(freed.map(() => 201));
  });

  it('audits a registration and an edit with their summaries', async () => {
    // Prepare
    const made = await makeAgency(city, 'wujin', { name: '审计用检测有限公司' });

    // Act
    await edit(made.id, city, {
      ...validAgency('wujin', { name: '审计用检测技术有限公司' }),
      creditCode: made.creditCode,
    });

    // Assess
    const log = await send('GET', '/api/audit?limit=100&entity=agency', city);
    const entries = (log.body as { data: { entityId: string; action: string; summary?: string }[] }).data;
    expect(
      entries
        .filter((entry) => entry.entityId === made.id)
        .map(({ action, summary }) => ({ action, summary }))
        .sort((a, b) => a.action.localeCompare(b.action)),
    ).toEqual([
      { action: 'create', summary: '登记中介机构：审计用检测有限公司' },
      { action: 'update', summary: '修改中介机构：审计用检测技术有限公司' },
    ]);
  });

  it('refuses an agency user editing its own agency', async () => {
    // Prepare
    const own = await makeAgency(city, 'wujin');
    const { headers } = await signedIn(stack, { role: 'agencyUser', agencyId: own.id });

    // Act
    const answer = await edit(own.id, headers, { ...validAgency('wujin'), creditCode: own.creditCode });

    // Assess
    expect(answer.status).toBe(403);
  });
});
