import { get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enterprise } from '#functions/enterprises/schemas/enterprises';
import { readXlsx } from '#functions/platform/files/xlsx-reader';
import type { Principal } from '#functions/platform/principal';
import { signedIn } from '#tests/fixtures/auth';
import { importFile, makeSheetRow, postForm, TEMPLATE_HEADERS } from '#tests/fixtures/enterprise-sheets';
import { validEnterprise } from '#tests/fixtures/enterprises';
import { xlsxBomb } from '#tests/fixtures/xlsx-bomb';
import { city, idOf, send, stack } from '#tests/integration/enterprises/support';
import {
  download,
  enterprisesOfTown,
  liyang,
  startTransfersStack,
  stopTransfersStack,
  taskOf,
  wujin,
  xlsx,
} from '#tests/integration/enterprises/transfers-support';

/** Security findings of issue 9 (items 2, 5, 6, 9) on the import and export workers and the registry. */
let bomb: Uint8Array;
beforeAll(async () => {
  // Built first (≈10 s of CPU): before the stack, so that no keep-alive connection goes stale meanwhile, and
  // before any measurement. The test process never holds the inflated sheet.
  bomb = xlsxBomb(250);
  await startTransfersStack();
}, 60_000);
afterAll(stopTransfersStack);

const NEUTRAL_DUPLICATE = '该统一社会信用代码已被登记，如需核实请联系市应急管理局';

/** GET on a fresh connection (no keep-alive reuse), its status or the error's text, given up after `ms`. */
function healthStatus(url: string, ms: number): Promise<number | string> {
  return new Promise((resolve) => {
    const request = get(url, { agent: false, timeout: ms }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('timeout', () => request.destroy(new Error(`no answer in ${ms} ms`)));
    request.on('error', (error) => resolve(String(error)));
  });
}

/** The store's own export request (the API's half of POST /api/enterprise-exports), loaded once the stack is up. */
async function requestExport(requester: Principal) {
  const { createExportTask } = await import('#functions/enterprises/store/transfer-tasks');
  return createExportTask(requester, {});
}

async function districtAdmin(districtId: string) {
  return signedIn(stack, { role: 'districtAdmin', districtId });
}

describe('a decompression bomb (item 2)', () => {
  it('fails a 250 MB-inflating XLSX with a Chinese message, memory bounded, /api/health answering throughout', async () => {
    // Prepare
    expect(bomb.length).toBeLessThan(1024 * 1024);
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    let slowest = 0;
    let healthFailures = 0;
    let importing = true;

    // Act
    const polling = (async () => {
      while (importing) {
        const started = performance.now();
        const status = await healthStatus(`${stack.url}/api/health`, 2000);
        if (status !== 200) healthFailures += 1;
        slowest = Math.max(slowest, performance.now() - started);
        peak = Math.max(peak, process.memoryUsage().rss);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const { taskId } = await importFile(stack, city, { name: '炸弹.xlsx', format: 'xlsx', bytes: bomb });
    importing = false;
    await polling;
    peak = Math.max(peak, process.memoryUsage().rss);

    // Assess
    const task = await taskOf(taskId);
    expect(task).toMatchObject({ status: 'FAILED', message: expect.stringContaining('文件解压后过大') });
    expect(peak - before).toBeLessThan(300 * 1024 * 1024);
    expect({ healthFailures, slow: slowest > 2000 }).toEqual({ healthFailures: 0, slow: false });
  }, 120_000);
});

describe('a requester disabled or changed after asking (item 5)', () => {
  it('fails an import whose requester was disabled before the upload, writing no enterprise', async () => {
    // Prepare
    const admin = await districtAdmin('wujin');
    const row = makeSheetRow(wujin);
    const started = await send('POST', '/api/enterprise-imports', admin.headers, {
      fileName: '停用后.xlsx',
      format: 'xlsx',
      size: xlsx([row]).bytes.length,
    });
    expect(started.status).toBe(201);
    const { task, upload } = started.body as {
      task: { id: string };
      upload: { url: string; fields: Record<string, string> };
    };
    const disabled = await send('POST', `/api/users/${admin.user.id}/status`, city, { disabled: true });
    expect(disabled.status).toBe(200);

    // Act
    await postForm(upload, xlsx([row]).bytes);
    await stack.whenIdle();

    // Assess
    expect(await taskOf(task.id)).toMatchObject({
      status: 'FAILED',
      message: '发起导入的账号已停用或权限已变更，导入未执行',
    });
    const written = await enterprisesOfTown(wujin.townId);
    expect(written.find((e) => e.creditCode === row.统一社会信用代码)).toBeUndefined();
  });

  it('fails an export whose requester was disabled, writing no file', async () => {
    // Prepare: the task as the API stored it while the account was enabled, its request written after.
    const admin = await districtAdmin('wujin');
    await send('POST', `/api/users/${admin.user.id}/status`, city, { disabled: true });
    const requester = {
      userId: admin.user.id,
      username: admin.user.username,
      name: admin.user.name,
      role: 'districtAdmin' as const,
      districtId: 'wujin',
    };

    // Act
    const { task } = await requestExport(requester);
    await stack.whenIdle();

    // Assess
    const read = await send('GET', `/api/enterprise-exports/${task.id}`, city);
    expect(read.body).toMatchObject({
      status: 'FAILED',
      message: '发起导出的账号已停用或权限已变更，导出未执行',
    });
    expect((read.body as { downloadUrl?: string }).downloadUrl).toBeUndefined();
  });

  it('fails an export whose requester moved to another district meanwhile', async () => {
    // Prepare
    const admin = await districtAdmin('wujin');
    const requester = {
      userId: admin.user.id,
      username: admin.user.username,
      name: admin.user.name,
      role: 'districtAdmin' as const,
      districtId: 'liyang', // the account is 武进区's: the stored scope no longer matches it
    };

    // Act
    const { task } = await requestExport(requester);
    await stack.whenIdle();

    // Assess
    expect((await send('GET', `/api/enterprise-exports/${task.id}`, city)).body).toMatchObject({
      status: 'FAILED',
      message: '发起导出的账号已停用或权限已变更，导出未执行',
    });
  });
});

describe('another district’s credit code (item 6)', () => {
  it('answers a create with a 409 that does not name the district holding the code', async () => {
    // Prepare
    const admin = await districtAdmin('wujin');
    const held = await send('POST', '/api/enterprises', city, {
      ...validEnterprise({ districtId: 'liyang', townId: liyang.townId, gridId: null }),
    });
    expect(held.status).toBe(201);
    const code = (held.body as Enterprise).creditCode;

    // Act
    const answer = await send('POST', '/api/enterprises', admin.headers, {
      ...validEnterprise({ districtId: 'wujin', townId: wujin.townId, gridId: wujin.gridId }),
      creditCode: code,
    });

    // Assess
    expect(answer).toMatchObject({
      status: 409,
      body: { error: { code: 'DUPLICATE_CREDIT_CODE', message: NEUTRAL_DUPLICATE } },
    });
    expect(JSON.stringify(answer.body)).not.toMatch(/溧阳|liyang/);
  });

  it('reports an import row with another district’s code without naming the district', async () => {
    // Prepare
    const admin = await districtAdmin('wujin');
    const held = await send('POST', '/api/enterprises', city, {
      ...validEnterprise({ districtId: 'liyang', townId: liyang.townId, gridId: null }),
    });
    const code = (held.body as Enterprise).creditCode;

    // Act
    const { taskId } = await importFile(
      stack,
      admin.headers,
      xlsx([makeSheetRow(wujin, { 统一社会信用代码: code })]),
    );

    // Assess
    const task = await taskOf(taskId);
    expect(task).toMatchObject({ status: 'DONE', failed: 1 });
    expect(task.errors).toEqual([{ row: 2, column: '统一社会信用代码', reason: NEUTRAL_DUPLICATE }]);
    expect(JSON.stringify(task)).not.toMatch(/溧阳/);
  });

  it('still tells a caller whose scope holds the code to look it up in the list', async () => {
    // Prepare
    const held = await send('POST', '/api/enterprises', city, {
      ...validEnterprise({ districtId: 'wujin', townId: wujin.townId, gridId: wujin.gridId }),
    });
    const code = (held.body as Enterprise).creditCode;

    // Act
    const answer = await send('POST', '/api/enterprises', city, {
      ...validEnterprise({ districtId: 'wujin', townId: wujin.townId, gridId: wujin.gridId }),
      creditCode: code,
    });

    // Assess
    expect(answer).toMatchObject({
      status: 409,
      body: { error: { code: 'DUPLICATE_CREDIT_CODE', message: expect.stringContaining('企业列表') } },
    });
  });
});

describe('formula injection in the export (item 9)', () => {
  it('exports a name starting with = as text with a leading quote', async () => {
    // Prepare
    const name = '=HYPERLINK("http://x","y")有限公司';
    const made = await send('POST', '/api/enterprises', city, {
      ...validEnterprise({ districtId: 'wujin', townId: wujin.townId, gridId: wujin.gridId }),
      name,
      address: '@SUM(1+1)',
    });
    expect(made.status).toBe(201);

    // Act
    const started = await send('POST', '/api/enterprise-exports', city, { filter: { townId: wujin.townId } });
    await stack.whenIdle();
    const task = (await send('GET', `/api/enterprise-exports/${idOf(started)}`, city)).body as {
      downloadUrl?: string;
    };

    // Assess
    const sheet = readXlsx(await download(task.downloadUrl ?? ''));
    const nameColumn = TEMPLATE_HEADERS.indexOf('企业名称');
    const row = sheet.find((r) => r.cells[0] === (made.body as Enterprise).creditCode);
    expect(row?.cells[nameColumn]).toBe(`'${name}`);
    expect(row?.cells[TEMPLATE_HEADERS.indexOf('地址')]).toBe("'@SUM(1+1)");
    expect(row?.cells[TEMPLATE_HEADERS.indexOf('主要负责人电话')]).toBe('13800001234');
  });
});
