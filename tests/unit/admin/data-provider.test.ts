import { HttpError } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDataProvider } from '../../../admin/src/dataProvider';

interface ApiCall {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

interface FakeReply {
  status?: number;
  body?: unknown;
  /** A raw body that is not JSON (a proxy's error page). */
  text?: string;
}

/** A stand-in for `fetch` that records each call and answers from `reply`. */
function fakeFetch(reply: (call: ApiCall) => FakeReply | Promise<FakeReply>) {
  const calls: ApiCall[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const call: ApiCall = {
      method: init.method ?? 'GET',
      url: new URL(String(input), 'http://console.test'),
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const { status = 200, body, text } = await reply(call);
    const payload = text ?? (body === undefined ? null : JSON.stringify(body));
    return new Response(status === 204 ? null : payload, { status });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

function makeEnterprises(count: number) {
  return Array.from({ length: count }, (_, index) => ({ id: `E${index + 1}`, name: `常州企业${index + 1}` }));
}

/** A cursor-paginated list route over `records`, as our API answers it: `{ data, nextCursor }`. */
function cursorList(records: ReadonlyArray<{ id: string }>) {
  return (call: ApiCall): FakeReply => {
    const limit = Number(call.url.searchParams.get('limit'));
    const start = Number(call.url.searchParams.get('cursor')?.replace('after-', '') ?? 0);
    const end = Math.min(start + limit, records.length);
    return {
      body: { data: records.slice(start, end), nextCursor: end < records.length ? `after-${end}` : null },
    };
  };
}

const sort = { field: 'name', order: 'ASC' as const };
const page = (n: number, perPage = 10) => ({ page: n, perPage });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('admin data provider: cursor pages', () => {
  it('reads every page 100 at a time when an export asks for more than the API serves at once', async () => {
    // Prepare
    const api = fakeFetch(cursorList(makeEnterprises(250)));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const all = await provider.getList('towns', {
      pagination: page(1, 50_000),
      sort,
      filter: { districtId: 'wujin' },
    });
    const capped = await provider.getList('towns', { pagination: page(1, 120), sort, filter: {} });

    // Assess
    expect(all.data).toHaveLength(250);
    expect(all.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false });
    expect(api.calls.slice(0, 3).map((call) => call.url.searchParams.get('limit'))).toEqual([
      '100',
      '100',
      '100',
    ]);
    expect(api.calls.slice(0, 3).every((call) => call.url.searchParams.get('districtId') === 'wujin')).toBe(
      true,
    );
    expect(capped.data).toHaveLength(120);
    expect(capped.pageInfo?.hasNextPage).toBe(true);
  });

  it('asks for the first page without a cursor and says whether another page follows', async () => {
    // Prepare
    const api = fakeFetch(cursorList(makeEnterprises(25)));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const result = await provider.getList('enterprises', { pagination: page(1), sort, filter: {} });

    // Assess
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]?.url.pathname).toBe('/api/enterprises');
    expect(api.calls[0]?.url.searchParams.get('cursor')).toBeNull();
    expect(api.calls[0]?.url.searchParams.get('limit')).toBe('10');
    expect(result.data.map((record) => record.id)).toEqual(makeEnterprises(10).map((record) => record.id));
    expect(result.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false });
    expect(result.total).toBeUndefined();
  });

  it('reads page 2 from the nextCursor that page 1 returned', async () => {
    // Prepare
    const api = fakeFetch(cursorList(makeEnterprises(25)));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });
    await provider.getList('enterprises', { pagination: page(1), sort, filter: {} });

    // Act
    const result = await provider.getList('enterprises', { pagination: page(2), sort, filter: {} });

    // Assess
    expect(api.calls).toHaveLength(2);
    expect(api.calls[1]?.url.searchParams.get('cursor')).toBe('after-10');
    expect(result.data[0]?.id).toBe('E11');
    expect(result.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
  });

  it('says there is no next page when the API returns a null nextCursor', async () => {
    // Prepare
    const api = fakeFetch(cursorList(makeEnterprises(25)));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });
    await provider.getList('enterprises', { pagination: page(1), sort, filter: {} });
    await provider.getList('enterprises', { pagination: page(2), sort, filter: {} });

    // Act
    const result = await provider.getList('enterprises', { pagination: page(3), sort, filter: {} });

    // Assess
    expect(api.calls[2]?.url.searchParams.get('cursor')).toBe('after-20');
    expect(result.data.map((record) => record.id)).toEqual(['E21', 'E22', 'E23', 'E24', 'E25']);
    expect(result.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });

  it('reaches a page it has no cursor for by reading forward from the nearest known page', async () => {
    // Prepare
    const api = fakeFetch(cursorList(makeEnterprises(25)));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const result = await provider.getList('enterprises', { pagination: page(3), sort, filter: {} });

    // Assess
    expect(api.calls.map((call) => call.url.searchParams.get('cursor'))).toEqual([
      null,
      'after-10',
      'after-20',
    ]);
    expect(result.data[0]?.id).toBe('E21');
    expect(result.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });

  it('answers an empty last page when the list ends before the requested page', async () => {
    // Prepare
    const api = fakeFetch(cursorList(makeEnterprises(5)));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const result = await provider.getList('enterprises', { pagination: page(4), sort, filter: {} });

    // Assess
    expect(api.calls).toHaveLength(1);
    expect(result.data).toEqual([]);
    expect(result.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });

  it('keeps cursors apart per resource, filter, sort and page size', async () => {
    // Prepare
    const api = fakeFetch(cursorList(makeEnterprises(25)));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });
    await provider.getList('enterprises', { pagination: page(1), sort, filter: { districtId: 'wujin' } });

    // Act
    await provider.getList('enterprises', { pagination: page(2), sort, filter: { districtId: 'jintan' } });
    await provider.getList('riskPoints', { pagination: page(2), sort, filter: { districtId: 'wujin' } });
    await provider.getList('enterprises', {
      pagination: page(2),
      sort: { ...sort, order: 'DESC' },
      filter: {},
    });
    await provider.getList('enterprises', { pagination: page(2, 5), sort, filter: { districtId: 'wujin' } });

    // Assess: each new query starts again from its first page instead of borrowing another's cursor
    const cursors = api.calls.slice(1).map((call) => call.url.searchParams.get('cursor'));
    expect(cursors).toEqual([null, 'after-10', null, 'after-10', null, 'after-10', null, 'after-5']);
  });

  it('treats the same filter in another key order as the same query', async () => {
    // Prepare
    const api = fakeFetch(cursorList(makeEnterprises(25)));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });
    await provider.getList('enterprises', {
      pagination: page(1),
      sort,
      filter: { districtId: 'wujin', q: '粉尘' },
    });

    // Act
    await provider.getList('enterprises', {
      pagination: page(2),
      sort,
      filter: { q: '粉尘', districtId: 'wujin' },
    });

    // Assess
    expect(api.calls).toHaveLength(2);
    expect(api.calls[1]?.url.searchParams.get('cursor')).toBe('after-10');
  });

  it('sends filters, sort and page size as query parameters and leaves empty filters out', async () => {
    // Prepare
    const api = fakeFetch(() => ({ body: { data: [], nextCursor: null } }));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    await provider.getList('hazards', {
      pagination: page(1, 50),
      sort: { field: 'deadline', order: 'DESC' },
      filter: { q: '', level: ['red', 'orange'], major: true, townId: undefined },
    });

    // Assess
    const search = api.calls[0]?.url.searchParams;
    expect(Object.fromEntries(search ?? [])).toEqual({
      level: 'red,orange',
      major: 'true',
      limit: '50',
      sort: 'deadline',
      order: 'desc',
    });
  });

  it('lists references by adding the target as a filter', async () => {
    // Prepare
    const api = fakeFetch(() => ({ body: { data: [{ id: 'R1', enterpriseId: 'E1' }], nextCursor: null } }));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const result = await provider.getManyReference('riskPoints', {
      target: 'enterpriseId',
      id: 'E1',
      pagination: page(1),
      sort,
      filter: {},
    });

    // Assess
    expect(api.calls[0]?.url.pathname).toBe('/api/riskPoints');
    expect(api.calls[0]?.url.searchParams.get('enterpriseId')).toBe('E1');
    expect(result.data).toEqual([{ id: 'R1', enterpriseId: 'E1' }]);
    expect(result.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false });
  });
});

describe('admin data provider: records', () => {
  it('maps getOne, create, update and delete to GET, POST, PUT and DELETE on the record URL', async () => {
    // Prepare
    const enterprise = { id: 'E1', name: '常州某机械有限公司' };
    const api = fakeFetch((call) => (call.method === 'DELETE' ? { status: 204 } : { body: enterprise }));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const read = await provider.getOne('enterprises', { id: 'E1' });
    const created = await provider.create('enterprises', { data: { name: enterprise.name } });
    const updated = await provider.update('enterprises', {
      id: 'E1',
      data: enterprise,
      previousData: enterprise,
    });
    const deleted = await provider.delete('enterprises', { id: 'E1', previousData: enterprise });

    // Assess
    expect(api.calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual([
      'GET /api/enterprises/E1',
      'POST /api/enterprises',
      'PUT /api/enterprises/E1',
      'DELETE /api/enterprises/E1',
    ]);
    expect(api.calls[1]?.body).toEqual({ name: enterprise.name });
    expect(api.calls[2]?.body).toEqual(enterprise);
    expect(api.calls[1]?.headers.get('content-type')).toBe('application/json');
    expect([read.data, created.data, updated.data, deleted.data]).toEqual([
      enterprise,
      enterprise,
      enterprise,
      enterprise,
    ]);
  });

  it('leaves out records that are gone or out of scope when getting many', async () => {
    // Prepare
    const api = fakeFetch((call) =>
      call.url.pathname.endsWith('/E2')
        ? { status: 404, body: { error: { code: 'NOT_FOUND', message: '记录不存在或无权查看' } } }
        : { body: { id: call.url.pathname.split('/').pop() } },
    );
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const result = await provider.getMany('enterprises', { ids: ['E1', 'E2', 'E3', 'E1'] });

    // Assess
    expect(api.calls).toHaveLength(3);
    expect(result.data).toEqual([{ id: 'E1' }, { id: 'E3' }]);
  });

  it('sends the token from localStorage as a bearer token', async () => {
    // Prepare
    vi.stubGlobal('localStorage', { getItem: (key: string) => (key === 'changan.token' ? 'jwt-abc' : null) });
    const api = fakeFetch(() => ({ body: { id: 'E1' } }));
    const provider = createDataProvider({ fetch: api.fetch });

    // Act
    await provider.getOne('enterprises', { id: 'E1' });

    // Assess
    expect(api.calls[0]?.headers.get('authorization')).toBe('Bearer jwt-abc');
  });

  it('sends no authorization header when nobody is logged in', async () => {
    // Prepare
    vi.stubGlobal('localStorage', { getItem: () => null });
    const api = fakeFetch(() => ({ body: { id: 'E1' } }));
    const provider = createDataProvider({ fetch: api.fetch });

    // Act
    await provider.getOne('enterprises', { id: 'E1' });

    // Assess
    expect(api.calls[0]?.headers.has('authorization')).toBe(false);
  });
});

describe('admin data provider: errors', () => {
  it("throws an HttpError with the API's Chinese message, status and body", async () => {
    // Prepare
    const body = { error: { code: 'FORBIDDEN', message: '当前账号无权执行此操作', requestId: 'req-1' } };
    const api = fakeFetch(() => ({ status: 403, body }));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const error = await provider.getOne('enterprises', { id: 'E1' }).catch((caught: unknown) => caught);

    // Assess
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ message: '当前账号无权执行此操作', status: 403, body });
  });

  it('turns field errors on the request body into form errors keyed by field', async () => {
    // Prepare
    const fields = [
      { path: 'body.creditCode', message: '统一社会信用代码校验位不正确', code: 'custom' },
      { path: 'body.contact.phone', message: '手机号格式不正确', code: 'invalid_format' },
      { path: 'query.limit', message: '每页数量须在 1 到 100 之间', code: 'too_big' },
    ];
    const body = { error: { code: 'VALIDATION', message: '请求参数有误，请按字段提示修改后重试', fields } };
    const api = fakeFetch(() => ({ status: 400, body }));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const error = await provider.create('enterprises', { data: {} }).catch((caught: unknown) => caught);

    // Assess
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ message: '请求参数有误，请按字段提示修改后重试', status: 400 });
    expect((error as HttpError).body).toEqual({
      ...body,
      errors: { creditCode: '统一社会信用代码校验位不正确', contact: { phone: '手机号格式不正确' } },
    });
  });

  it('explains in Chinese an error whose body is not ours, such as a proxy page', async () => {
    // Prepare
    const api = fakeFetch(() => ({ status: 502, text: '<html>Bad Gateway</html>' }));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const error = await provider
      .getList('enterprises', { pagination: page(1), sort, filter: {} })
      .catch((e) => e);

    // Assess
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ message: '服务暂时不可用（HTTP 502），请稍后重试', status: 502 });
  });

  it('explains in Chinese that the server cannot be reached when the network fails', async () => {
    // Prepare
    const api = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const error = await provider.getOne('enterprises', { id: 'E1' }).catch((caught: unknown) => caught);

    // Assess
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ message: '无法连接服务器，请检查网络后重试', status: 0 });
  });

  it('lets a cancelled request reject as an abort, not as a server error', async () => {
    // Prepare
    const controller = new AbortController();
    const api = fakeFetch(() => {
      controller.abort();
      return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
    });
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const error = await provider
      .getOne('enterprises', { id: 'E1', signal: controller.signal })
      .catch((caught: unknown) => caught);

    // Assess
    expect(error).not.toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });
});

function makeImportTask(overrides: Record<string, unknown> = {}) {
  return {
    id: 'IMP1',
    status: 'PENDING',
    fileName: '企业名单.xlsx',
    total: 0,
    processed: 0,
    created: 0,
    updated: 0,
    failed: 0,
    errors: [],
    createdAt: '2026-03-01T08:00:00Z',
    updatedAt: '2026-03-01T08:00:00Z',
    ...overrides,
  };
}

function makeExportTask(overrides: Record<string, unknown> = {}) {
  return {
    id: 'EXP1',
    status: 'RUNNING',
    total: 120,
    processed: 40,
    createdAt: '2026-03-01T08:00:00Z',
    updatedAt: '2026-03-01T08:00:01Z',
    ...overrides,
  };
}

describe('admin data provider: transfers and account actions', () => {
  it('starts an import with the file name, format and size, and returns the task and the upload', async () => {
    // Prepare
    const upload = { url: 'http://s3.test/changan-transfers', fields: { key: 'imports/wujin/IMP1.xlsx' } };
    const api = fakeFetch(() => ({ status: 201, body: { task: makeImportTask(), upload } }));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => 'jwt-1' });

    // Act
    const started = await provider.startEnterpriseImport({
      fileName: '企业名单.xlsx',
      format: 'xlsx',
      size: 2048,
    });

    // Assess
    expect(api.calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual([
      'POST /api/enterprise-imports',
    ]);
    expect(api.calls[0]?.body).toEqual({ fileName: '企业名单.xlsx', format: 'xlsx', size: 2048 });
    expect(api.calls[0]?.headers.get('authorization')).toBe('Bearer jwt-1');
    expect(started).toEqual({ task: makeImportTask(), upload });
  });

  it('reads an import task by id', async () => {
    // Prepare
    const task = makeImportTask({
      status: 'DONE',
      total: 3,
      processed: 3,
      created: 1,
      failed: 2,
      errors: [{ row: 3, column: '统一社会信用代码', reason: '统一社会信用代码校验位不正确，请核对' }],
    });
    const api = fakeFetch(() => ({ body: task }));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const read = await provider.getEnterpriseImport('IMP1');

    // Assess
    expect(api.calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual([
      'GET /api/enterprise-imports/IMP1',
    ]);
    expect(read).toEqual(task);
  });

  it("starts an export with the list's filter, leaving out empty and unknown fields", async () => {
    // Prepare
    const api = fakeFetch(() => ({ status: 201, body: makeExportTask({ status: 'PENDING', processed: 0 }) }));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const task = await provider.startEnterpriseExport({
      districtId: 'wujin',
      townId: '',
      gridId: 'none',
      flag: 'dust',
      q: ' 机械 ',
      status: null,
      page: 2,
    });

    // Assess
    expect(api.calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual([
      'POST /api/enterprise-exports',
    ]);
    expect(api.calls[0]?.body).toEqual({
      filter: { districtId: 'wujin', gridId: 'none', flag: 'dust', q: '机械' },
    });
    expect(task.status).toBe('PENDING');
  });

  it('reads an export task by id, with its download URL once done', async () => {
    // Prepare
    const done = makeExportTask({
      status: 'DONE',
      processed: 120,
      downloadUrl: 'http://s3.test/exports/EXP1.xlsx',
    });
    const api = fakeFetch(() => ({ body: done }));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const read = await provider.getEnterpriseExport('EXP1');

    // Assess
    expect(api.calls[0]?.url.pathname).toBe('/api/enterprise-exports/EXP1');
    expect(read.downloadUrl).toBe('http://s3.test/exports/EXP1.xlsx');
  });

  it('disables and enables a user through its status route', async () => {
    // Prepare
    const api = fakeFetch((call) => ({
      body: { id: 'U7', disabled: (call.body as { disabled: boolean }).disabled },
    }));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const disabled = await provider.setUserDisabled('U7', true);
    const enabled = await provider.setUserDisabled('U7', false);

    // Assess
    expect(api.calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual([
      'POST /api/users/U7/status',
      'POST /api/users/U7/status',
    ]);
    expect(api.calls.map((call) => call.body)).toEqual([{ disabled: true }, { disabled: false }]);
    expect([disabled.disabled, enabled.disabled]).toEqual([true, false]);
  });

  it('resets a password and returns the temporary one', async () => {
    // Prepare
    const api = fakeFetch(() => ({ body: { temporaryPassword: 'Kx7mPq2z' } }));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const result = await provider.resetUserPassword('U7');

    // Assess
    expect(api.calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual([
      'POST /api/users/U7/password-reset',
    ]);
    expect(result).toEqual({ temporaryPassword: 'Kx7mPq2z' });
  });

  it("rejects with the API's Chinese message when an action is refused", async () => {
    // Prepare
    const body = { error: { code: 'FORBIDDEN', message: '不能停用自己的账号' } };
    const api = fakeFetch(() => ({ status: 403, body }));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const error = await provider.setUserDisabled('U1', true).catch((caught: unknown) => caught);

    // Assess
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ message: '不能停用自己的账号', status: 403, body });
  });

  it('resends a given-up message through its resend route and returns it queued again', async () => {
    // Prepare
    const api = fakeFetch((call) => ({ body: { id: call.url.pathname.split('/')[3], status: 'PENDING' } }));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const message = await provider.resendMessage('M 1');

    // Assess
    expect(api.calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual([
      'POST /api/messages/M%201/resend',
    ]);
    expect(api.calls[0]?.body).toEqual({});
    expect(message).toMatchObject({ status: 'PENDING' });
  });

  it('sends a test message to one phone and returns the queued message', async () => {
    // Prepare
    const api = fakeFetch((call) => ({
      status: 201,
      body: { id: 'M9', status: 'PENDING', recipient: { phone: '138****1234' }, input: call.body },
    }));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const message = await provider.sendTestMessage('13800001234');

    // Assess
    expect(api.calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual([
      'POST /api/messages/test',
    ]);
    expect(api.calls[0]?.body).toEqual({ phone: '13800001234' });
    expect(message).toMatchObject({ id: 'M9', status: 'PENDING' });
  });

  it("rejects a test message with the API's field error on the phone", async () => {
    // Prepare
    const body = {
      error: {
        code: 'VALIDATION',
        message: '请求参数有误',
        fields: [{ path: 'body.phone', message: '请输入 11 位手机号码' }],
      },
    };
    const api = fakeFetch(() => ({ status: 400, body }));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const error = await provider.sendTestMessage('12345').catch((caught: unknown) => caught);

    // Assess
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 400, message: '请求参数有误' });
    expect((error as HttpError).body).toMatchObject({ errors: { phone: '请输入 11 位手机号码' } });
  });
});
