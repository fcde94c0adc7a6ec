import { expect } from 'vitest';
import { writeXlsx } from '#functions/platform/files/xlsx-writer';
import { postForm } from '#tests/fixtures/enterprise-sheets';
import { freshCreditCode } from '#tests/fixtures/enterprises';
import { city, type Headers, send, stack } from '#tests/integration/agencies/support';

/** The agency sheet as the import tests write it: the export's header, good rows, an import run to its end. */
export const HEADERS = [
  '名称',
  '统一社会信用代码',
  '类型',
  '注册辖区',
  '从业辖区',
  '资质证书编号',
  '证书有效期',
  '联系人',
  '联系电话',
  '状态',
];

export type Row = Record<string, string>;
export type ImportTask = {
  status: string;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  errors: { row: number; column: string; reason: string }[];
  message?: string;
};

let serial = 0;
/** One good row of the sheet, registered in 武进区 and working in 新北区 too. */
export function sheetRow(overrides: Row = {}): Row {
  serial += 1;
  return {
    名称: `导入测试${serial}检测有限公司`,
    统一社会信用代码: freshCreditCode(),
    类型: '检测检验',
    注册辖区: '武进区',
    从业辖区: '武进区、新北区',
    资质证书编号: `JC-${2000 + serial}`,
    证书有效期: '2031-06-30',
    联系人: '李工',
    联系电话: '13912340000',
    状态: '已登记',
    ...overrides,
  };
}

export const xlsxOf = (rows: Row[]) =>
  writeXlsx([HEADERS, ...rows.map((row) => HEADERS.map((h) => row[h] ?? ''))]);

export async function importAs(headers: Headers, rows: Row[]) {
  const bytes = xlsxOf(rows);
  const started = await send('POST', '/api/agency-imports', headers, {
    fileName: '机构名单.xlsx',
    format: 'xlsx',
    size: bytes.length,
  });
  expect(started.status).toBe(201);
  const { task, upload } = started.body as {
    task: { id: string };
    upload: { url: string; fields: Record<string, string> };
  };
  await postForm(upload, bytes);
  await stack.whenIdle();
  const answer = await send('GET', `/api/agency-imports/${task.id}`, headers);
  expect(answer.status).toBe(200);
  return { taskId: task.id, task: answer.body as ImportTask };
}

export async function agencyByCode(creditCode: string) {
  const answer = await send('GET', '/api/agencies?limit=100', city);
  const rows = (answer.body as { data: { id: string; creditCode: string }[] }).data;
  const found = rows.find((row) => row.creditCode === creditCode);
  if (!found) return undefined;
  return (await send('GET', `/api/agencies/${found.id}`, city)).body as Record<string, unknown>;
}
