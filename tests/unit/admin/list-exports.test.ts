import type { DataProvider, Exporter, FetchRelatedRecords, RaRecord } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readXlsx } from '#functions/platform/files/xlsx-reader';
import { downloadImportTemplate, TEMPLATE_FILE_NAME } from '../../../admin/src/enterprises/importTemplate';
import {
  auditExporter,
  gridExporter,
  messageExporter,
  townExporter,
  userExporter,
} from '../../../admin/src/shared/listExports';
import { saveFile, XLSX_TYPE } from '../../../admin/src/shared/saveFile';
import { EXPORT_MAX_ROWS, xlsxExporter } from '../../../admin/src/shared/xlsxExporter';
import { stubBrowserDownloads } from './download-support';

/** 00:30 on 2 December in Beijing, still 1 December in UTC: the file name must carry the Beijing day. */
const EXPORTED_AT = new Date('2026-12-01T16:30:00Z');

type FetchRelated = (
  records: unknown[],
  field: string,
  resource: string,
) => Promise<Record<string, RaRecord>>;

/** react-admin's fetchRelatedRecords over fixed records per resource, remembering what it was asked. */
function makeFetchRelated(byResource: Record<string, Record<string, RaRecord>> = {}) {
  const calls: { field: string; resource: string; ids: unknown[] }[] = [];
  const fetchRelated: FetchRelated = async (records, field, resource) => {
    calls.push({ field, resource, ids: (records as RaRecord[]).map((record) => record[field]) });
    return byResource[resource] ?? {};
  };
  return { fetchRelated, calls };
}

const makeTown = (overrides: Partial<RaRecord> = {}): RaRecord => ({
  id: 'T1',
  districtId: 'wujin',
  name: '湖塘镇',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-03-04T05:06:07Z',
  ...overrides,
});

async function runExport(
  exporter: Exporter,
  records: RaRecord[],
  fetchRelated: FetchRelated = makeFetchRelated().fetchRelated,
) {
  // The list exporters use neither the data provider nor the resource name.
  await exporter(records, fetchRelated as FetchRelatedRecords, {} as DataProvider, 'any');
  return browser.downloads();
}

let browser: ReturnType<typeof stubBrowserDownloads>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(EXPORTED_AT);
  browser = stubBrowserDownloads();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('saving a file in the browser', () => {
  it('downloads the bytes under the given name and type through a link it takes away again', async () => {
    // Prepare
    const bytes = new Uint8Array([80, 75, 3, 4]);

    // Act
    saveFile(bytes, '网格-2026-12-02.xlsx', XLSX_TYPE);
    const downloads = await browser.downloads();

    // Assess
    expect(downloads).toEqual([
      {
        fileName: '网格-2026-12-02.xlsx',
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        bytes: new Uint8Array([80, 75, 3, 4]),
      },
    ]);
    expect(browser.linksLeftInPage()).toBe(0);
  });

  it('frees the object URL a second later, not before', () => {
    // Prepare
    saveFile(new Uint8Array([1]), 'a.xlsx', XLSX_TYPE);

    // Act
    vi.advanceTimersByTime(999);
    const early = [...browser.revoked];
    vi.advanceTimersByTime(1);

    // Assess
    expect(early).toEqual([]);
    expect(browser.revoked).toEqual(['blob:console/1']);
  });
});

describe('list exports', () => {
  it('names the file after the list and the Beijing day, not the UTC one', async () => {
    // Act
    const [download] = await runExport(townExporter, [makeTown()]);

    // Assess
    expect(download?.fileName).toBe('镇（街道）-2026-12-02.xlsx');
    expect(download?.type).toBe(XLSX_TYPE);
  });

  it('writes towns with Chinese headers, district names and Beijing update times', async () => {
    // Prepare
    const records = [
      makeTown(),
      makeTown({ id: 'T2', name: '奔牛镇', districtId: 'xinbei', updatedAt: '2026-12-01T16:30:00Z' }),
    ];

    // Act
    const [download] = await runExport(townExporter, records);
    const rows = readXlsx(download?.bytes ?? new Uint8Array());

    // Assess
    expect(rows.map((row) => row.cells)).toEqual([
      ['名称', '辖市（区）', '更新时间'],
      ['湖塘镇', '武进区', '2026/3/4 13:06:07'],
      ['奔牛镇', '新北区', '2026/12/2 00:30:00'],
    ]);
  });

  it('leaves a cell empty for an unknown district and a missing time', async () => {
    // Prepare
    const records = [makeTown({ districtId: 'nanjing', updatedAt: undefined })];

    // Act
    const [download] = await runExport(townExporter, records);
    const rows = readXlsx(download?.bytes ?? new Uint8Array());

    // Assess
    expect(rows[1]?.cells).toEqual(['湖塘镇']);
  });

  it('fetches the towns of the grids once and writes each grid with its town name', async () => {
    // Prepare
    const { fetchRelated, calls } = makeFetchRelated({ towns: { T1: makeTown() } });
    const grids = [
      { id: 'G1', townId: 'T1', districtId: 'wujin', name: '湖塘一网格', updatedAt: '2026-05-06T01:02:03Z' },
      { id: 'G2', townId: 'T9', districtId: 'wujin', name: '孤立网格', updatedAt: '2026-05-06T01:02:03Z' },
    ];

    // Act
    const [download] = await runExport(gridExporter, grids, fetchRelated);
    const rows = readXlsx(download?.bytes ?? new Uint8Array());

    // Assess
    expect(calls).toEqual([{ field: 'townId', resource: 'towns', ids: ['T1', 'T9'] }]);
    expect(download?.fileName).toBe('网格-2026-12-02.xlsx');
    expect(rows.map((row) => row.cells)).toEqual([
      ['名称', '镇（街道）', '辖市（区）', '更新时间'],
      ['湖塘一网格', '湖塘镇', '武进区', '2026/5/6 09:02:03'],
      ['孤立网格', null, '武进区', '2026/5/6 09:02:03'],
    ]);
  });

  it('writes users with role names, masked phones and 正常 or 停用, fetching nothing else', async () => {
    // Prepare
    const { fetchRelated, calls } = makeFetchRelated();
    const users = [
      {
        id: 'U1',
        username: 'lixq',
        name: '李小青',
        role: 'districtAdmin',
        districtId: 'liyang',
        phone: '138****5678',
        disabled: false,
        createdAt: '2026-02-03T04:05:06Z',
      },
      { id: 'U2', username: 'ops', name: '运维', role: 'robot', phone: '', disabled: true },
    ];

    // Act
    const [download] = await runExport(userExporter, users, fetchRelated);
    const rows = readXlsx(download?.bytes ?? new Uint8Array());

    // Assess
    expect(calls).toEqual([]);
    expect(download?.fileName).toBe('用户-2026-12-02.xlsx');
    expect(rows.map((row) => row.cells)).toEqual([
      ['用户名', '姓名', '角色', '辖市（区）', '手机（脱敏）', '状态', '创建时间'],
      ['lixq', '李小青', '辖区管理员', '溧阳市', '138****5678', '正常', '2026/2/3 12:05:06'],
      ['ops', '运维', 'robot', null, null, '停用'],
    ]);
  });

  it('writes the audit log with the actor, the names of role, action and record, and the summary', async () => {
    // Prepare
    const entries = [
      {
        id: 'A1',
        at: '2026-11-30T23:59:59Z',
        actorName: '张伟',
        role: 'cityAdmin',
        districtId: 'tianning',
        action: 'update',
        entity: 'enterprise',
        entityId: 'E1',
        summary: '修改企业 常州市武进恒达机械有限公司',
      },
    ];

    // Act
    const [download] = await runExport(auditExporter, entries);
    const rows = readXlsx(download?.bytes ?? new Uint8Array());

    // Assess
    expect(download?.fileName).toBe('操作日志-2026-12-02.xlsx');
    expect(rows.map((row) => row.cells)).toEqual([
      ['时间', '操作人', '角色', '辖市（区）', '操作', '对象', '对象编号', '摘要'],
      [
        '2026/12/1 07:59:59',
        '张伟',
        '市局管理员',
        '天宁区',
        '修改',
        '企业',
        'E1',
        '修改企业 常州市武进恒达机械有限公司',
      ],
    ]);
  });

  it('writes messages with the recipient, template and status names, segment and attempt counts as numbers', async () => {
    // Prepare
    const messages = [
      {
        id: 'M1',
        createdAt: '2026-06-01T00:00:00Z',
        recipient: { name: '王芳', phone: '139****0000' },
        template: 'dustRemind',
        text: '【常安码】请于本周完成自查。',
        segments: 1,
        status: 'SENT',
        attempts: 2,
      },
      { id: 'M2', template: 'inspectionDue', text: '无收件人', segments: 0, status: 'FAILED', attempts: 0 },
    ];

    // Act
    const [download] = await runExport(messageExporter, messages);
    const rows = readXlsx(download?.bytes ?? new Uint8Array());

    // Assess
    expect(download?.fileName).toBe('消息-2026-12-02.xlsx');
    expect(rows.map((row) => row.cells)).toEqual([
      ['时间', '收件人', '手机（脱敏）', '模板', '内容', '条数', '状态', '尝试次数'],
      [
        '2026/6/1 08:00:00',
        '王芳',
        '139****0000',
        '粉尘清扫一天提醒',
        '【常安码】请于本周完成自查。',
        1,
        '已发送',
        2,
      ],
      [null, null, null, 'inspectionDue', '无收件人', 0, '失败待重试', 0],
    ]);
  });

  it('fetches a related resource once even when two columns need it', async () => {
    // Prepare
    const { fetchRelated, calls } = makeFetchRelated({ towns: { T1: makeTown() } });
    const exporter = xlsxExporter('两列', [
      {
        header: '镇',
        value: (r, related) => related.towns?.[r.townId]?.name,
        related: { field: 'townId', resource: 'towns' },
      },
      {
        header: '镇编号',
        value: (r, related) => related.towns?.[r.townId]?.id,
        related: { field: 'townId', resource: 'towns' },
      },
    ]);

    // Act
    const [download] = await runExport(exporter, [{ id: 'G1', townId: 'T1' }], fetchRelated);
    const rows = readXlsx(download?.bytes ?? new Uint8Array());

    // Assess
    expect(calls).toHaveLength(1);
    expect(rows.map((row) => row.cells)).toEqual([
      ['镇', '镇编号'],
      ['湖塘镇', 'T1'],
    ]);
  });

  it('writes only the header row for an empty list', async () => {
    // Act
    const [download] = await runExport(townExporter, []);
    const rows = readXlsx(download?.bytes ?? new Uint8Array());

    // Assess
    expect(rows.map((row) => row.cells)).toEqual([['名称', '辖市（区）', '更新时间']]);
  });

  it('reads at most 50 000 rows', () => {
    // Assess
    expect(EXPORT_MAX_ROWS).toBe(50000);
  });
});

describe('import template download', () => {
  it('saves the template as 企业导入模板.xlsx with the importer columns and the towns in scope', async () => {
    // Prepare
    const asked: unknown[] = [];
    const dataProvider = {
      getList: async (resource: string, params: unknown) => {
        asked.push({ resource, params });
        return { data: [{ id: 'T1', districtId: 'wujin', name: '湖塘镇' }] };
      },
    } as unknown as DataProvider;

    // Act
    await downloadImportTemplate(dataProvider);
    const [download] = await browser.downloads();
    const rows = readXlsx(download?.bytes ?? new Uint8Array());

    // Assess
    expect(TEMPLATE_FILE_NAME).toBe('企业导入模板.xlsx');
    expect(download?.fileName).toBe('企业导入模板.xlsx');
    expect(download?.type).toBe(XLSX_TYPE);
    expect(asked).toMatchObject([{ resource: 'towns', params: { filter: {} } }]);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.cells[0]).toBe('统一社会信用代码');
    expect(rows[1]?.cells.slice(2, 4)).toEqual(['武进区', '湖塘镇']);
  });
});
