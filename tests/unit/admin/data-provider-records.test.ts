import { HttpError } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDataProvider } from '../../../admin/src/dataProvider';
import { fakeFetch, page, sort } from './data-provider-support';

afterEach(() => {
  vi.unstubAllGlobals();
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
