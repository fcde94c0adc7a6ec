import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '#functions/platform/files/xlsx-reader';
import { writeXlsx } from '#functions/platform/files/xlsx-writer';
import { signedIn } from '#tests/fixtures/auth';
import { csvText, importFile, makeSheetRow, TEMPLATE_HEADERS } from '#tests/fixtures/enterprise-sheets';
import { encodeGbk } from '#tests/fixtures/gbk';
import { workbookParts } from '#tests/fixtures/xlsx-parts';
import { city, send, stack, wujinAdmin } from '#tests/integration/enterprises/support';
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

beforeAll(startTransfersStack);
afterAll(stopTransfersStack);

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
    const report = workbookParts(await download(task.reportUrl ?? ''));
    const detail = report.sheets[1];
    expect(detail?.name).toBe('错误明细');
    expect([1, 2, 3, 4].map((r) => ['A', 'B', 'C'].map((c) => detail?.cells.get(`${c}${r}`)))).toEqual([
      ['行号', '列', '错误原因'],
      ...task.errors.map((e) => [String(e.row), e.column, e.reason]),
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

  it('reports each failed row with its reasons and original values, named after the upload, and the fixed report imports', async () => {
    // Prepare
    const good = makeSheetRow(wujin);
    const badPhone = makeSheetRow(wujin, { 主要负责人电话: '0519-1234', 地址: '长虹路 1 号' });
    const badTown = makeSheetRow(wujin, { '镇（街道）': '不存在镇', 行业: '化工' });

    // Act
    const { taskId } = await importFile(stack, city, xlsx([good, badPhone, badTown], '企业名单.xlsx'));
    const task = await taskOf(taskId);
    const reportUrl = new URL(task.reportUrl ?? '');
    const report = readXlsx(await download(reportUrl.href)).map((row) => row.cells);

    // Assess: one line per failed row, its reasons first, then what the file had in the template's columns
    expect(task).toMatchObject({ created: 1, failed: 2 });
    expect(reportUrl.searchParams.get('response-content-disposition')?.split("filename*=UTF-8''")[1]).toBe(
      encodeURIComponent('导入错误报告-企业名单.xlsx'),
    );
    expect(report).toEqual([
      ['错误原因', '原行号', ...TEMPLATE_HEADERS],
      ['主要负责人电话：请输入 11 位手机号码', 3, ...TEMPLATE_HEADERS.map((h) => badPhone[h] || null)],
      [
        expect.stringMatching(/^镇（街道）：武进区没有名为“不存在镇”的镇（街道）；行业：行业须为/),
        4,
        ...TEMPLATE_HEADERS.map((h) => badTown[h] || null),
      ],
    ]);

    // Act: the user fixes the two rows in the report and imports the report itself
    const fixed = report.map((cells, i) => {
      const byHeader = new Map(report[0]?.map((header, c) => [header, c]));
      const set = (header: string, value: string) => {
        cells[byHeader.get(header) ?? -1] = value;
      };
      if (i === 1) set('主要负责人电话', '13812345678');
      if (i === 2) {
        set('镇（街道）', wujin.town);
        set('行业', '机械');
      }
      return cells;
    });
    const again = await importFile(stack, city, {
      name: '导入错误报告-企业名单.xlsx',
      format: 'xlsx',
      bytes: writeXlsx(fixed),
    });

    // Assess
    expect(await taskOf(again.taskId)).toMatchObject({ status: 'DONE', created: 2, failed: 0 });
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
