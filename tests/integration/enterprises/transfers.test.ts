import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enterprise } from '#functions/enterprises/schemas/enterprises';
import { derivedId } from '#functions/platform/derived-id';
import { readXlsx } from '#functions/platform/files/xlsx-reader';
import { writeXlsx } from '#functions/platform/files/xlsx-writer';
import type { LocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import {
  csvText,
  importFile,
  makeSheetRow,
  postForm,
  sheetCells,
  TEMPLATE_HEADERS,
} from '#tests/fixtures/enterprise-sheets';
import { encodeGbk } from '#tests/fixtures/gbk';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';

type Headers = Record<string, string>;
interface ImportTask {
  id: string;
  status: string;
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  errors: { row: number; column: string; reason: string }[];
  reportUrl?: string;
  message?: string;
}

let stack: LocalStack;
let s3: S3Client;
let city: Headers;
let wujinAdmin: Headers;
/** 武进区 town 湖塘镇 with 湖塘一网格, and 溧阳市 town 天目湖镇. */
const wujin = { district: '武进区', town: '湖塘镇', grid: '湖塘一网格', townId: '', gridId: '' };
const liyang = { district: '溧阳市', town: '天目湖镇', grid: '', townId: '' };

const send = (method: string, path: string, headers: Headers, body?: unknown) =>
  callApi(stack, path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const idOf = (answer: { body: unknown }) => (answer.body as { id: string }).id;
const taskOf = async (id: string, headers: Headers = city) =>
  (await send('GET', `/api/enterprise-imports/${id}`, headers)).body as ImportTask;
const xlsx = (rows: Record<string, string>[], name = '企业名单.xlsx') => ({
  name,
  format: 'xlsx' as const,
  bytes: writeXlsx(sheetCells(rows)),
});

async function enterprisesOfTown(townId: string): Promise<Enterprise[]> {
  const all: Enterprise[] = [];
  let cursor: string | null = null;
  do {
    const answer = await send(
      'GET',
      `/api/enterprises?limit=100&townId=${townId}${cursor ? `&cursor=${cursor}` : ''}`,
      city,
    );
    const page = answer.body as { data: Enterprise[]; nextCursor: string | null };
    all.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

async function download(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

beforeAll(async () => {
  stack = await startTestStack();
  s3 = new S3Client({
    endpoint: stack.endpoints.s3,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  city = (await signedIn(stack, { role: 'cityAdmin' })).headers;
  wujinAdmin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' })).headers;
  wujin.townId = idOf(await send('POST', '/api/towns', city, { districtId: 'wujin', name: wujin.town }));
  wujin.gridId = idOf(await send('POST', '/api/grids', city, { townId: wujin.townId, name: wujin.grid }));
  liyang.townId = idOf(await send('POST', '/api/towns', city, { districtId: 'liyang', name: liyang.town }));
});
afterAll(async () => {
  s3?.destroy();
  await stack?.stop();
});

describe('importing enterprises', () => {
  it('writes the good rows of an XLSX file and reports the two bad ones by row, column and reason', async () => {
    // Prepare
    const rows = Array.from({ length: 6 }, () => makeSheetRow(wujin));
    rows[1] = makeSheetRow(wujin, { 统一社会信用代码: '91320412MA1XYW1230' });
    rows[4] = makeSheetRow(wujin, { 主要负责人电话: '0519-1234', 行业: '化工' });

    // Act
    const { taskId } = await importFile(stack, wujinAdmin, xlsx(rows));

    // Assess
    const task = await taskOf(taskId, wujinAdmin);
    expect(task).toMatchObject({ status: 'DONE', total: 6, processed: 6, created: 4, updated: 0, failed: 2 });
    expect(task.errors).toEqual([
      { row: 3, column: '统一社会信用代码', reason: '统一社会信用代码校验位不正确，请核对' },
      { row: 6, column: '行业', reason: expect.stringContaining('行业须为') },
      { row: 6, column: '主要负责人电话', reason: '请输入 11 位手机号码' },
    ]);
    const report = readXlsx(await download(task.reportUrl ?? ''));
    expect(report.map((row) => row.cells)).toEqual([
      ['行号', '列', '错误原因'],
      ...task.errors.map((e) => [e.row, e.column, e.reason]),
    ]);
    const written = await enterprisesOfTown(wujin.townId);
    const good = [rows[0], rows[2], rows[3], rows[5]].map((row) => row?.统一社会信用代码);
    expect(written.filter((e) => good.includes(e.creditCode))).toHaveLength(4);
    expect(written.find((e) => e.creditCode === good[0])).toMatchObject({
      districtId: 'wujin',
      townId: wujin.townId,
      gridId: wujin.gridId,
      industry: '机械',
    });
    const log = await send('GET', '/api/audit?limit=100&entity=enterprise', city);
    const entries = (log.body as { data: { entityId: string; action: string; summary?: string }[] }).data;
    expect(
      entries
        .filter((entry) => entry.entityId === taskId)
        .map((entry) => entry.action)
        .sort(),
    ).toEqual(['import', 'requestImport']);
    expect(
      entries.find((entry) => entry.entityId === taskId && entry.action === 'import')?.summary,
    ).toContain('新增 4，更新 0，未变 0，失败 2');
  });

  it('updates instead of duplicating when the same credit codes come again, and counts identical rows as unchanged', async () => {
    // Prepare
    const rows = Array.from({ length: 3 }, () => makeSheetRow(wujin));
    await importFile(stack, city, xlsx(rows));
    const before = await enterprisesOfTown(wujin.townId);
    const again = [
      { ...rows[0], 企业名称: '改名后的企业有限公司', 涉爆粉尘: '是' },
      rows[1],
      rows[2],
    ] as Record<string, string>[];

    // Act
    const { taskId } = await importFile(stack, city, xlsx(again));

    // Assess
    expect(await taskOf(taskId)).toMatchObject({
      status: 'DONE',
      created: 0,
      updated: 1,
      unchanged: 2,
      failed: 0,
    });
    const after = await enterprisesOfTown(wujin.townId);
    expect(after).toHaveLength(before.length);
    const renamed = after.find((e) => e.creditCode === rows[0]?.统一社会信用代码);
    expect(renamed).toMatchObject({
      name: '改名后的企业有限公司',
      flags: ['dust'],
      id: before.find((e) => e.creditCode === rows[0]?.统一社会信用代码)?.id,
    });
  });

  it('reads a GBK-encoded CSV file, as Excel on Chinese Windows saves it', async () => {
    // Prepare
    const rows = [
      makeSheetRow(wujin, { 地址: '湖塘镇长虹路 88 号, 东门' }),
      makeSheetRow(wujin, { 网格: '' }),
    ];
    const bytes = encodeGbk(csvText(rows));

    // Act
    const { taskId } = await importFile(stack, city, { name: '企业名单.csv', format: 'csv', bytes });

    // Assess
    expect(await taskOf(taskId)).toMatchObject({ status: 'DONE', created: 2, failed: 0 });
    const written = await enterprisesOfTown(wujin.townId);
    expect(written.find((e) => e.creditCode === rows[0]?.统一社会信用代码)).toMatchObject({
      name: rows[0]?.企业名称,
      address: '湖塘镇长虹路 88 号, 东门',
    });
    expect(written.find((e) => e.creditCode === rows[1]?.统一社会信用代码)).toMatchObject({ gridId: null });
  });

  it('keeps a district admin’s import to its district: other districts’ rows are errors', async () => {
    // Prepare
    const rows = [makeSheetRow(wujin), makeSheetRow(liyang)];

    // Act
    const { taskId } = await importFile(stack, wujinAdmin, xlsx(rows));

    // Assess
    const task = await taskOf(taskId, wujinAdmin);
    expect(task).toMatchObject({
      created: 1,
      failed: 1,
      errors: [{ row: 3, column: '辖市（区）', reason: '只能导入本辖区（武进区）的企业' }],
    });
    expect(await enterprisesOfTown(liyang.townId)).toEqual([]);
  });

  it('fails the task with a Chinese message when required columns are missing', async () => {
    // Act
    const { taskId } = await importFile(stack, city, {
      name: 'x.xlsx',
      format: 'xlsx',
      bytes: writeXlsx([['企业名称'], ['某某公司']]),
    });

    // Assess
    expect(await taskOf(taskId)).toMatchObject({
      status: 'FAILED',
      message: expect.stringContaining('缺少必填列：统一社会信用代码'),
    });
  });

  it('does nothing twice when the same upload event arrives again, and deletes a replayed upload', async () => {
    // Prepare
    const rows = [makeSheetRow(wujin)];
    const { taskId, upload } = await importFile(stack, city, xlsx(rows));
    const done = await taskOf(taskId);
    const { handler } = await import('#functions/enterprises/events/import');
    const key = upload.fields.key ?? '';
    const head = await s3.send(
      new (await import('@aws-sdk/client-s3')).HeadObjectCommand({ Bucket: 'changan-transfers', Key: key }),
    );
    const event = {
      Records: [
        {
          s3: { bucket: { name: 'changan-transfers' }, object: { key, eTag: head.ETag?.replace(/"/g, '') } },
        },
      ],
    };

    // Act
    const duplicate = await handler(event as never);
    await postForm(upload, writeXlsx(sheetCells([makeSheetRow(wujin)])));
    await stack.whenIdle();

    // Assess
    expect(duplicate).toEqual([{ key, skipped: 'duplicate' }]);
    expect(await taskOf(taskId)).toEqual(done);
    const replayed = await s3.send(
      new (await import('@aws-sdk/client-s3')).ListObjectsV2Command({
        Bucket: 'changan-transfers',
        Prefix: key,
      }),
    );
    expect(replayed.KeyCount).toBe(0);
  });

  it('finishes the work of a crashed run without duplicates: same ids, counted as created', async () => {
    // Prepare
    const rows = [makeSheetRow(wujin), makeSheetRow(wujin), makeSheetRow(wujin)];
    const file = xlsx(rows);
    const started = await send('POST', '/api/enterprise-imports', city, {
      fileName: file.name,
      format: 'xlsx',
      size: file.bytes.length,
    });
    const { task, upload } = started.body as {
      task: { id: string; createdAt: string };
      upload: { url: string; fields: Record<string, string> };
    };
    const idOf = (row: Record<string, string> | undefined) =>
      derivedId(`${task.id}/${row?.统一社会信用代码}`, new Date(task.createdAt));
    // The crashed run had claimed row 2's code, claimed and written row 3, then died holding the task.
    const { claimCreditCode } = await import('#functions/enterprises/store/credit-code-claims');
    const { putEnterprises } = await import('#functions/enterprises/store/batches');
    const { enterpriseItem } = await import('#functions/enterprises/store/records');
    const { transferTask } = await import('#functions/enterprises/store/entities/transfer-task');
    const crashedAt = new Date(Date.now() - 10 * 60_000);
    await claimCreditCode(rows[1]?.统一社会信用代码 ?? '', idOf(rows[1]), crashedAt);
    await claimCreditCode(rows[2]?.统一社会信用代码 ?? '', idOf(rows[2]), crashedAt);
    const third = {
      creditCode: rows[2]?.统一社会信用代码 ?? '',
      name: rows[2]?.企业名称 ?? '',
      districtId: 'wujin' as const,
      townId: wujin.townId,
      gridId: wujin.gridId,
      industry: '机械' as const,
      status: '正常生产' as const,
      flags: [],
      principal: { name: '王伟', phone: '13812341234' },
    };
    await putEnterprises([
      enterpriseItem(idOf(rows[2]), third, crashedAt.toISOString(), crashedAt.toISOString()),
    ]);
    await transferTask
      .patch({ taskId: task.id })
      .set({
        status: 'RUNNING',
        runId: 'dead',
        eTag: 'old',
        leaseUntil: crashedAt.toISOString(),
        attempts: 1,
      })
      .go();

    // Act
    await postForm(upload, file.bytes);
    await stack.whenIdle();

    // Assess
    expect(await taskOf(task.id)).toMatchObject({
      status: 'DONE',
      created: 3,
      updated: 0,
      unchanged: 0,
      failed: 0,
    });
    const written = (await enterprisesOfTown(wujin.townId)).filter((e) =>
      rows.some((row) => row.统一社会信用代码 === e.creditCode),
    );
    expect(written).toHaveLength(3);
    expect(written.find((e) => e.creditCode === rows[1]?.统一社会信用代码)?.id).toBe(idOf(rows[1]));
    expect(written.find((e) => e.creditCode === rows[2]?.统一社会信用代码)).toMatchObject({
      id: idOf(rows[2]),
      address: rows[2]?.地址,
    });
  });

  it('deletes an object uploaded under imports/ without a task', async () => {
    // Prepare
    const key = 'imports/wujin/01ARZ3NDEKTSV4RRFFQ69G5FAV.xlsx';

    // Act
    await s3.send(
      new PutObjectCommand({
        Bucket: 'changan-transfers',
        Key: key,
        Body: writeXlsx(sheetCells([makeSheetRow(wujin)])),
      }),
    );
    await stack.whenIdle();

    // Assess
    const listed = await s3.send(
      new (await import('@aws-sdk/client-s3')).ListObjectsV2Command({
        Bucket: 'changan-transfers',
        Prefix: 'imports/wujin/01ARZ3',
      }),
    );
    expect(listed.KeyCount).toBe(0);
  });

  it('shows an import task to its district and the city, and 404 to another district', async () => {
    // Prepare
    const { taskId } = await importFile(stack, wujinAdmin, xlsx([makeSheetRow(wujin)]));
    const liyangAdmin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'liyang' })).headers;

    // Act
    const statuses = await Promise.all(
      [wujinAdmin, city, liyangAdmin].map(
        async (h) => (await send('GET', `/api/enterprise-imports/${taskId}`, h)).status,
      ),
    );

    // Assess
    expect(statuses).toEqual([200, 200, 404]);
  });
});

describe('exporting enterprises', () => {
  async function exportAs(headers: Headers, filter: Record<string, string>) {
    const started = await send('POST', '/api/enterprise-exports', headers, { filter });
    expect(started.status).toBe(201);
    await stack.whenIdle();
    return (await send('GET', `/api/enterprise-exports/${idOf(started)}`, headers)).body as {
      status: string;
      total: number;
      downloadUrl?: string;
    };
  }

  it('writes every enterprise of the filter to an XLSX with the import’s columns, phones full for a district admin', async () => {
    // Prepare
    const expected = await enterprisesOfTown(wujin.townId);

    // Act
    const task = await exportAs(wujinAdmin, { townId: wujin.townId });

    // Assess
    expect(task).toMatchObject({
      status: 'DONE',
      total: expected.length,
      downloadUrl: expect.stringContaining('exports/'),
    });
    const sheet = readXlsx(await download(task.downloadUrl ?? ''));
    expect(sheet[0]?.cells).toEqual(TEMPLATE_HEADERS);
    const rows = sheet
      .slice(1)
      .map((row) => Object.fromEntries(TEMPLATE_HEADERS.map((h, i) => [h, row.cells[i]])));
    expect(rows.map((row) => row.统一社会信用代码).sort()).toEqual(expected.map((e) => e.creditCode).sort());
    expect(rows.every((row) => row['镇（街道）'] === '湖塘镇' && row['辖市（区）'] === '武进区')).toBe(true);
    expect(rows.every((row) => /^1\d{10}$/.test(String(row.主要负责人电话)))).toBe(true);
  });

  it('masks phones in a town officer’s export and keeps it to the town', async () => {
    // Prepare
    const officer = (
      await signedIn(stack, { role: 'townOfficer', districtId: 'wujin', townId: wujin.townId })
    ).headers;

    // Act
    const task = await exportAs(officer, {});

    // Assess
    const rows = readXlsx(await download(task.downloadUrl ?? '')).slice(1);
    expect(rows.length).toBe((await enterprisesOfTown(wujin.townId)).length);
    expect(
      rows.every((row) => row.cells[3] === '湖塘镇' && /^\d{3}\*{4}\d{4}$/.test(String(row.cells[12]))),
    ).toBe(true);
  });
});
