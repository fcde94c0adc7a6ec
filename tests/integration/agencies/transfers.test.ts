import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '#functions/platform/files/xlsx-reader';
import { writeXlsx } from '#functions/platform/files/xlsx-writer';
import { postForm } from '#tests/fixtures/enterprise-sheets';
import { agencyByCode, HEADERS, importAs, type Row, sheetRow } from '#tests/integration/agencies/sheets';
import {
  city,
  type Headers,
  liyangAdmin,
  makeAgency,
  send,
  stack,
  startAgencyStack,
  stopAgencyStack,
  wujinAdmin,
} from '#tests/integration/agencies/support';

async function exportAs(headers: Headers, filter: Record<string, string>) {
  const started = await send('POST', '/api/agency-exports', headers, { filter });
  expect(started.status).toBe(201);
  await stack.whenIdle();
  const id = (started.body as { id: string }).id;
  const task = (await send('GET', `/api/agency-exports/${id}`, headers)).body as {
    status: string;
    total: number;
    downloadUrl?: string;
  };
  expect(task).toMatchObject({ status: 'DONE', downloadUrl: expect.stringContaining('exports/') });
  const response = await fetch(task.downloadUrl ?? '');
  expect(response.status).toBe(200);
  const sheet = readXlsx(new Uint8Array(await response.arrayBuffer()));
  return { task, header: sheet[0]?.cells, rows: sheet.slice(1).map((row) => row.cells) };
}

beforeAll(startAgencyStack);
afterAll(stopAgencyStack);

describe('importing agencies from XLSX', () => {
  it('registers the three good rows and refuses the two bad ones by row, column and reason, audited once', async () => {
    // Prepare: row 4 has a wrong check character, row 6 an unknown type and a landline
    const good = [sheetRow(), sheetRow(), sheetRow({ 从业辖区: '', 状态: '' })];
    const code = good[0]?.统一社会信用代码 ?? '';
    const badCode = `${code.slice(0, 17)}${code[17] === '0' ? '1' : '0'}`;
    const rows = [
      good[0],
      good[1],
      sheetRow({ 统一社会信用代码: badCode }),
      good[2],
      sheetRow({ 类型: '评估', 联系电话: '0519-8888' }),
    ] as Row[];

    // Act
    const { taskId, task } = await importAs(city, rows);

    // Assess
    expect(task).toMatchObject({ status: 'DONE', total: 5, created: 3, updated: 0, unchanged: 0, failed: 2 });
    expect(task.errors).toEqual([
      { row: 4, column: '统一社会信用代码', reason: '统一社会信用代码校验位不正确，请核对' },
      { row: 6, column: '类型', reason: '没有名为“评估”的机构类型' },
      { row: 6, column: '联系电话', reason: '请输入 11 位手机号码' },
    ]);
    expect(await agencyByCode(good[0]?.统一社会信用代码 ?? '')).toMatchObject({
      name: good[0]?.名称,
      type: 'testing',
      districtId: 'wujin',
      workDistrictIds: ['wujin', 'xinbei'],
      certificateExpiry: '2031-06-30',
      contactPhone: '13912340000',
      status: 'registered',
    });
    expect(await agencyByCode(good[2]?.统一社会信用代码 ?? '')).toMatchObject({
      workDistrictIds: ['wujin'],
      status: 'registered',
    });
    expect(await agencyByCode(badCode)).toBeUndefined();
    const log = await send('GET', '/api/audit?limit=100&entity=agency', city);
    const entries = (log.body as { data: { entityId: string; action: string; summary?: string }[] }).data;
    const ofTask = entries.filter((entry) => entry.entityId === taskId);
    expect(ofTask.map((entry) => entry.action).sort()).toEqual(['import', 'requestImport']);
    expect(ofTask.find((entry) => entry.action === 'import')?.summary).toBe(
      '导入中介机构：机构名单.xlsx，共 5 行，新增 3，更新 0，未变 0，失败 2',
    );
  });

  it('updates the agency of a known credit code, counts an identical row as unchanged and a repeated code as failed', async () => {
    // Prepare
    const first = sheetRow();
    const second = sheetRow();
    await importAs(city, [first, second]);

    // Act
    const { task } = await importAs(city, [
      { ...first, 名称: '改名后的检测有限公司', 状态: '暂停' },
      second,
      { ...second, 名称: '重复的一行' },
    ]);

    // Assess
    expect(task).toMatchObject({ status: 'DONE', total: 3, created: 0, updated: 1, unchanged: 1, failed: 1 });
    expect(task.errors).toEqual([
      { row: 4, column: '统一社会信用代码', reason: '与第 3 行的统一社会信用代码重复' },
    ]);
    expect(await agencyByCode(first.统一社会信用代码 ?? '')).toMatchObject({
      name: '改名后的检测有限公司',
      status: 'suspended',
    });
  });

  it('lets a district admin import only agencies registered in its district, refusing the others row by row', async () => {
    // Prepare: an agency of 溧阳市 that also works in 武进区 (the wujin admin reaches it but may not edit it)
    const liyangAgency = await makeAgency(city, 'liyang', { workDistrictIds: ['liyang', 'wujin'] });
    const own = sheetRow();

    // Act
    const { task } = await importAs(wujinAdmin, [
      own,
      sheetRow({ 注册辖区: '溧阳市', 从业辖区: '溧阳市' }),
      sheetRow({ 统一社会信用代码: liyangAgency.creditCode, 名称: '借道改名有限公司' }),
    ]);

    // Assess
    expect(task).toMatchObject({ status: 'DONE', total: 3, created: 1, updated: 0, failed: 2 });
    expect(task.errors).toEqual([
      { row: 3, column: '注册辖区', reason: '只能导入注册在本辖区（武进区）的机构' },
      {
        row: 4,
        column: '统一社会信用代码',
        reason: '该统一社会信用代码已由注册在溧阳市的机构登记，只能由其所在辖区或市局更新',
      },
    ]);
    expect(await agencyByCode(own.统一社会信用代码 ?? '')).toMatchObject({ districtId: 'wujin' });
    expect(await agencyByCode(liyangAgency.creditCode)).toMatchObject({ name: liyangAgency.name });
  });

  it('fails the whole task with a Chinese reason when the header lacks required columns', async () => {
    // Prepare
    const bytes = writeXlsx([
      ['名称', '类型'],
      ['某某公司', '咨询'],
    ]);
    const started = await send('POST', '/api/agency-imports', liyangAdmin, {
      fileName: 'x.xlsx',
      format: 'xlsx',
      size: bytes.length,
    });
    const { task, upload } = started.body as { task: { id: string }; upload: never };

    // Act
    await postForm(upload, bytes);
    await stack.whenIdle();

    // Assess
    const answer = await send('GET', `/api/agency-imports/${task.id}`, liyangAdmin);
    expect(answer.body).toMatchObject({
      status: 'FAILED',
      message:
        '缺少必填列：统一社会信用代码、注册辖区、资质证书编号、证书有效期、联系人、联系电话。请使用导出文件的表头',
    });
    expect((await send('GET', `/api/agency-imports/${task.id}`, wujinAdmin)).status).toBe(404);
  });
});

describe('exporting agencies to XLSX', () => {
  it('writes the filtered agencies with every column, this year’s score and 是否公告, readable by the importer', async () => {
    // Prepare
    const listed = await makeAgency(city, 'jintan', {
      type: 'consulting',
      workDistrictIds: ['jintan', 'liyang'],
    });
    const expired = await makeAgency(city, 'jintan', {
      certificateExpiry: '2020-01-31',
      status: 'suspended',
    });
    await makeAgency(city, 'zhonglou');

    // Act
    const { task, header, rows } = await exportAs(city, { districtId: 'jintan' });

    // Assess
    expect(task.total).toBe(2);
    expect(header).toEqual([...HEADERS, '本年度得分', '是否公告']);
    const byName = [listed, expired].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    expect(rows).toEqual(
      byName.map((agency) =>
        agency === listed
          ? [
              listed.name,
              listed.creditCode,
              '咨询',
              '金坛区',
              '金坛区、溧阳市',
              expect.any(String),
              '2031-06-30',
              '王工',
              '13912345678',
              '已登记',
              100,
              '是',
            ]
          : [
              expired.name,
              expired.creditCode,
              '安全评价',
              '金坛区',
              '金坛区',
              expect.any(String),
              '2020-01-31',
              '王工',
              '13912345678',
              '暂停',
              100,
              '否',
            ],
      ),
    );
  });

  it('exports for a district admin only the agencies it reaches, and the listed filter as the list takes it', async () => {
    // Prepare
    const liyangOnly = await makeAgency(city, 'liyang');
    const worksInWujin = await makeAgency(city, 'liyang', { workDistrictIds: ['liyang', 'wujin'] });
    const list = await send('GET', '/api/agencies?limit=100&listed=true', wujinAdmin);
    const expected = (list.body as { data: { creditCode: string }[] }).data.map((row) => row.creditCode);

    // Act
    const { rows } = await exportAs(wujinAdmin, { listed: 'true' });

    // Assess
    const codes = rows.map((row) => row[1]);
    expect(codes).toContain(worksInWujin.creditCode);
    expect(codes).not.toContain(liyangOnly.creditCode);
    expect([...codes].sort()).toEqual([...expected].sort());
    expect(rows.every((row) => row[11] === '是')).toBe(true);
  });
});
