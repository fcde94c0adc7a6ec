import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enterprise } from '#functions/enterprises/schemas/enterprises';
import { freshCreditCode, validEnterprise } from '#tests/fixtures/enterprises';
import {
  city,
  idOf,
  makeEnterprise,
  places,
  readAll,
  send,
  startWithPlaces,
  stopEnterpriseStack,
  wujinAdmin,
} from '#tests/integration/enterprises/support';

beforeAll(startWithPlaces);
afterAll(stopEnterpriseStack);

describe('creating, reading, changing and deleting an enterprise', () => {
  it('creates an enterprise with 201, full phones for its manager and one audit entry', async () => {
    // Prepare
    const input = {
      ...validEnterprise(places.wujinA),
      name: '常州恒泰钢铁有限公司',
      flags: ['dust' as const],
    };

    // Act
    const answer = await send('POST', '/api/enterprises', wujinAdmin, input);

    // Assess
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      ...input,
      id: expect.any(String),
      principal: { phone: '13800001234' },
    });
    const read = await send('GET', `/api/enterprises/${idOf(answer)}`, wujinAdmin);
    expect(read.body).toEqual(answer.body);
    const log = await send('GET', '/api/audit?limit=100&entity=enterprise', city);
    const entry = (log.body as { data: { entityId: string; action: string }[] }).data.find(
      (e) => e.entityId === idOf(answer),
    );
    expect(entry).toMatchObject({ action: 'create' });
  });

  it('refuses a second enterprise with the same credit code: 409 DUPLICATE_CREDIT_CODE, nothing written', async () => {
    // Prepare
    const first = await makeEnterprise(places.wujinB);
    const before = await readAll(`/api/enterprises?townId=${places.wujinB.townId}`, city);

    // Act
    const answer = await send('POST', '/api/enterprises', city, {
      ...validEnterprise(places.wujinA),
      creditCode: first.creditCode,
    });

    // Assess
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({
      error: { code: 'DUPLICATE_CREDIT_CODE', message: expect.stringContaining('已登记') },
    });
    expect(await readAll(`/api/enterprises?townId=${places.wujinB.townId}`, city)).toEqual(before);
  });

  it('moves the credit-code claim when an update changes the code, and frees it on delete', async () => {
    // Prepare
    const enterprise = await makeEnterprise(places.wujinA);
    const { id, createdAt, updatedAt, ...input } = enterprise;
    const newCode = freshCreditCode();

    // Act
    const updated = await send('PUT', `/api/enterprises/${id}`, city, {
      ...input,
      principal: { name: '王伟', phone: '13812341234' },
      creditCode: newCode,
    });
    const oldCodeReused = await send('POST', '/api/enterprises', city, {
      ...validEnterprise(places.wujinB),
      creditCode: enterprise.creditCode,
    });
    const newCodeTaken = await send('POST', '/api/enterprises', city, {
      ...validEnterprise(places.wujinB),
      creditCode: newCode,
    });
    const deleted = await send('DELETE', `/api/enterprises/${id}`, city);
    const newCodeAfterDelete = await send('POST', '/api/enterprises', city, {
      ...validEnterprise(places.wujinB),
      creditCode: newCode,
    });

    // Assess
    expect(updated).toMatchObject({ status: 200, body: { id, creditCode: newCode, createdAt } });
    expect((updated.body as Enterprise).updatedAt > updatedAt).toBe(true);
    expect(oldCodeReused.status).toBe(201);
    expect(newCodeTaken).toMatchObject({ status: 409, body: { error: { code: 'DUPLICATE_CREDIT_CODE' } } });
    expect(deleted.status).toBe(204);
    expect((await send('GET', `/api/enterprises/${id}`, city)).status).toBe(404);
    expect(newCodeAfterDelete.status).toBe(201);
  });

  it('refuses a town of another district and a grid of another town with 400 and field errors', async () => {
    // Act
    const wrongTown = await send(
      'POST',
      '/api/enterprises',
      city,
      validEnterprise({ ...places.wujinA, townId: places.liyang.townId, gridId: null }),
    );
    const wrongGrid = await send(
      'POST',
      '/api/enterprises',
      city,
      validEnterprise({ ...places.wujinA, gridId: places.wujinB.gridId }),
    );

    // Assess
    expect(wrongTown).toMatchObject({
      status: 400,
      body: { error: { fields: [{ path: 'body.townId', message: expect.stringContaining('镇（街道）') }] } },
    });
    expect(wrongGrid).toMatchObject({
      status: 400,
      body: { error: { fields: [{ path: 'body.gridId', message: expect.stringContaining('网格') }] } },
    });
  });
});
