import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckChar } from '#functions/enterprises/domain/credit-code';
import { pinClock } from '#functions/platform/clock';
import { signedIn } from '#tests/fixtures/auth';
import {
  type AgencyRow,
  city,
  cityNames,
  type Failure,
  type Headers,
  liyangAdmin,
  makeAgency,
  rowsOf,
  send,
  stack,
  startAgencyStack,
  stopAgencyStack,
  validAgency,
  wujinAdmin,
} from '#tests/integration/agencies/support';

const NOW = '2030-05-21T10:00:00+08:00';

let wujinFirm: AgencyRow;
let liyangOnly: AgencyRow;
let liyangInWujin: AgencyRow;
let firmUser: Headers;

beforeAll(async () => {
  pinClock(NOW);
  await startAgencyStack();
  wujinFirm = await makeAgency(city, 'wujin', { name: '常州武进安评咨询有限公司', type: 'assessment' });
  liyangOnly = await makeAgency(city, 'liyang', { name: '溧阳检测技术有限公司', type: 'testing' });
  liyangInWujin = await makeAgency(liyangAdmin, 'liyang', {
    name: '溧阳跨区培训中心',
    type: 'training',
    workDistrictIds: ['wujin'],
  });
  firmUser = (await signedIn(stack, { role: 'agencyUser', agencyId: wujinFirm.id })).headers;
}, 120_000);

afterAll(async () => {
  await stopAgencyStack();
  pinClock(null);
});

describe('agencies: create, read, edit', () => {
  it('registers an agency with its registered district among its work districts, this year at 100, listed', async () => {
    expect(wujinFirm).toMatchObject({
      name: '常州武进安评咨询有限公司',
      districtId: 'wujin',
      workDistrictIds: ['wujin'],
      status: 'registered',
      year: 2030,
      score: 100,
      listed: true,
      contactPhone: '13912345678',
    });
    expect(liyangInWujin.workDistrictIds).toEqual(['liyang', 'wujin']);
    const detail = await send('GET', `/api/agencies/${wujinFirm.id}`, wujinAdmin);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      id: wujinFirm.id,
      creditCode: wujinFirm.creditCode,
      contactPhone: '13912345678',
    });
  });

  it('masks the contact phone in lists', async () => {
    const row = rowsOf(await send('GET', '/api/agencies?q=武进安评', city)).find(
      (r) => r.id === wujinFirm.id,
    );
    expect(row?.contactPhone).toBe('139****5678');
  });

  it('edits and suspends (nothing is deleted): a suspended agency is not listed', async () => {
    const made = await makeAgency(city, 'wujin', { name: '待暂停机构' });
    const body = {
      ...validAgency('wujin'),
      name: '已暂停机构',
      creditCode: made.creditCode,
      status: 'suspended',
    };
    const answer = await send('PUT', `/api/agencies/${made.id}`, wujinAdmin, body);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ name: '已暂停机构', status: 'suspended', listed: false, score: 100 });
    const again = await send('GET', `/api/agencies/${made.id}`, city);
    expect(again.body).toMatchObject({ name: '已暂停机构', status: 'suspended' });
  });

  it('an expired certificate is not listed', async () => {
    const made = await makeAgency(city, 'wujin', { name: '证书过期机构', certificateExpiry: '2030-05-20' });
    expect(made.listed).toBe(false);
    const today = await makeAgency(city, 'wujin', {
      name: '证书今日到期机构',
      certificateExpiry: '2030-05-21',
    });
    expect(today.listed).toBe(true);
  });
});

describe('agencies: credit code', () => {
  it('refuses an invalid code on its field in Chinese, and writes nothing', async () => {
    const good = validAgency('wujin', { name: '校验位错误机构' });
    const wrong = `${good.creditCode.slice(0, 17)}${good.creditCode[17] === '1' ? '2' : '1'}`;
    const answer = await send('POST', '/api/agencies', city, { ...good, creditCode: wrong });
    expect(answer.status).toBe(400);
    const field = (answer.body as Failure).error.fields?.find((f) => f.path === 'body.creditCode');
    expect(field?.message).toBe('统一社会信用代码校验位不正确，请核对');
    expect(await cityNames()).not.toContain('校验位错误机构');
  });

  it('accepts a code pasted with spaces and full-width digits, stored normalized', async () => {
    const code = withCheckChar('91320412MA1XYW123');
    const pasted = `${code.slice(0, 6)} ${code.slice(6, 12)}\u3000${code.slice(12)}`.replace('9', '９');
    const made = await makeAgency(city, 'wujin', { creditCode: pasted, name: '粘贴代码机构' });
    expect(made.creditCode).toBe(code);
  });

  it('refuses a duplicate code with 409 on its field, and writes nothing', async () => {
    const answer = await send('POST', '/api/agencies', city, {
      ...validAgency('wujin', { name: '重复代码机构' }),
      creditCode: liyangOnly.creditCode,
    });
    expect(answer.status).toBe(409);
    const { error } = answer.body as Failure & { error: { existingId?: string } };
    expect(error.code).toBe('DUPLICATE_CREDIT_CODE');
    expect(error.fields?.[0]?.path).toBe('body.creditCode');
    expect(error.existingId).toBe(liyangOnly.id);
    expect(await cityNames()).not.toContain('重复代码机构');
  });

  it('lets one of 8 concurrent registrations of one code through, the others 409', async () => {
    const code = validAgency('wujin').creditCode;
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        send(
          'POST',
          '/api/agencies',
          city,
          validAgency('wujin', { name: `并发登记机构${i}`, creditCode: code }),
        ),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    expect((await cityNames()).filter((name) => name.startsWith('并发登记机构'))).toHaveLength(1);
  });

  it('gives no id of a holder outside the caller’s reach', async () => {
    const answer = await send('POST', '/api/agencies', wujinAdmin, {
      ...validAgency('wujin'),
      creditCode: liyangOnly.creditCode,
    });
    expect(answer.status).toBe(409);
    expect((answer.body as { error: { existingId?: string } }).error.existingId).toBeUndefined();
  });

  it('refuses changing a code to one another agency holds; the record keeps its own', async () => {
    const made = await makeAgency(city, 'wujin', { name: '改代码机构' });
    const answer = await send('PUT', `/api/agencies/${made.id}`, city, {
      ...validAgency('wujin', { name: '改代码机构' }),
      creditCode: wujinFirm.creditCode,
    });
    expect(answer.status).toBe(409);
    expect((await send('GET', `/api/agencies/${made.id}`, city)).body).toMatchObject({
      creditCode: made.creditCode,
    });
  });

  it('frees the old code after a change, so another agency may take it', async () => {
    const made = await makeAgency(city, 'wujin', { name: '换代码机构' });
    const moved = await send(
      'PUT',
      `/api/agencies/${made.id}`,
      city,
      validAgency('wujin', { name: '换代码机构' }),
    );
    expect(moved.status).toBe(200);
    const taker = await send(
      'POST',
      '/api/agencies',
      city,
      validAgency('wujin', { creditCode: made.creditCode }),
    );
    expect(taker.status).toBe(201);
  });
});

describe('agencies: who sees and edits what', () => {
  it('a district admin reads an agency working in its district but edits only those registered there', async () => {
    expect((await send('GET', `/api/agencies/${liyangInWujin.id}`, wujinAdmin)).status).toBe(200);
    const edit = await send('PUT', `/api/agencies/${liyangInWujin.id}`, wujinAdmin, {
      ...validAgency('liyang'),
      creditCode: liyangInWujin.creditCode,
    });
    expect(edit.status).toBe(403);
  });

  it('another district’s agency not working here is 404 on GET and PUT', async () => {
    expect((await send('GET', `/api/agencies/${liyangOnly.id}`, wujinAdmin)).status).toBe(404);
    const edit = await send('PUT', `/api/agencies/${liyangOnly.id}`, wujinAdmin, {
      ...validAgency('liyang'),
      creditCode: liyangOnly.creditCode,
    });
    expect(edit.status).toBe(404);
    expect((await send('GET', `/api/agencies/${liyangOnly.id}`, city)).body).toMatchObject({
      name: '溧阳检测技术有限公司',
    });
  });

  it('a district admin registers only in its own district', async () => {
    const answer = await send(
      'POST',
      '/api/agencies',
      wujinAdmin,
      validAgency('liyang', { name: '越权登记机构' }),
    );
    expect(answer.status).toBe(400);
    expect((answer.body as Failure).error.fields?.[0]?.path).toBe('body.districtId');
    expect(await cityNames()).not.toContain('越权登记机构');
  });

  it('a district admin lists the agencies registered or working in its district, no others', async () => {
    const ids = rowsOf(await send('GET', '/api/agencies?limit=100', wujinAdmin)).map((row) => row.id);
    expect(ids).toContain(wujinFirm.id);
    expect(ids).toContain(liyangInWujin.id);
    expect(ids).not.toContain(liyangOnly.id);
  });

  it('an agency user lists and reads only its own agency, and writes none', async () => {
    const rows = rowsOf(await send('GET', '/api/agencies', firmUser));
    expect(rows.map((row) => row.id)).toEqual([wujinFirm.id]);
    expect((await send('GET', `/api/agencies/${wujinFirm.id}`, firmUser)).status).toBe(200);
    expect((await send('GET', `/api/agencies/${liyangInWujin.id}`, firmUser)).status).toBe(404);
    expect((await send('POST', '/api/agencies', firmUser, validAgency('wujin'))).status).toBe(403);
  });

  it('other roles are refused', async () => {
    const town = (await signedIn(stack, { role: 'townOfficer', districtId: 'wujin', townId: 't1' })).headers;
    expect((await send('GET', '/api/agencies', town)).status).toBe(403);
  });
});

describe('agencies: list filters', () => {
  const names = async (query: string) =>
    rowsOf(await send('GET', `/api/agencies?limit=100&${query}`, city)).map((row) => row.name);

  it('filters by name, type, district (registered or working in), status and listing', async () => {
    expect(await names(`q=${encodeURIComponent('溧阳')}`)).toEqual([
      '溧阳检测技术有限公司',
      '溧阳跨区培训中心',
    ]);
    expect(await names('type=testing')).toEqual(['溧阳检测技术有限公司']);
    const wujin = await names('districtId=wujin');
    expect(wujin).toContain('溧阳跨区培训中心');
    expect(wujin).not.toContain('溧阳检测技术有限公司');
    expect(await names('districtId=liyang')).toEqual(['溧阳检测技术有限公司', '溧阳跨区培训中心']);
    expect(await names('status=suspended')).toEqual(['已暂停机构']);
    const unlisted = await names('listed=false');
    expect(unlisted).toEqual(expect.arrayContaining(['已暂停机构', '证书过期机构']));
    expect(unlisted).not.toContain('常州武进安评咨询有限公司');
    expect(await names('listed=true')).not.toContain('证书过期机构');
  });

  it('pages with a cursor, every agency once', async () => {
    const all = await names('');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const answer = await send('GET', `/api/agencies?limit=2${suffix}`, city);
      const body = answer.body as { data: AgencyRow[]; nextCursor: string | null };
      seen.push(...body.data.map((row) => row.name));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expect((await send('GET', '/api/agencies?cursor=bogus', city)).status).toBe(400);
  });
});
