import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { createDataProvider } from '../../../admin/src/dataProvider';
import { fakeFetch } from './data-provider-support';

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

  it('unlocks a locked user through its unlock route and returns the user', async () => {
    // Prepare
    const api = fakeFetch(() => ({ body: { id: 'U7', name: '赵六', disabled: false } }));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const result = await provider.unlockUser('U7');

    // Assess
    expect(api.calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual([
      'POST /api/users/U7/unlock',
    ]);
    expect(result).toMatchObject({ id: 'U7' });
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
