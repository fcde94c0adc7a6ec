import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseHeaders } from '#functions/enterprises/domain/columns';
import { withCheckChar } from '#functions/enterprises/domain/credit-code';
import { readXlsx } from '#functions/platform/files/xlsx-reader';
import { writeXlsx } from '#functions/platform/files/xlsx-writer';
import { rangeValues, workbookParts } from '#tests/fixtures/xlsx-parts';
import { chromiumPath } from '../support/chromium';
import { loginThroughForm, tableRows } from '../support/console-login';
import {
  api,
  CITY_ADMIN,
  demoPassword,
  type Listed,
  page,
  problems,
  required,
  screenshotDir,
  shot,
  stack,
  startRegistryConsole,
  stopRegistryConsole,
} from './support';

/** Picks `option` in the filter or form select labelled `label`. */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe.skipIf(!chromiumPath && !required)('registry in the console (real local stack, demo city)', () => {
  beforeAll(startRegistryConsole);
  afterAll(stopRegistryConsole);

  it('logs the city administrator in and narrows the enterprises to one district', async () => {
    // Prepare
    const expected = await api<{ data: Listed[] }>('/api/enterprises?districtId=wujin&limit=25');
    await loginThroughForm(page, stack.url, CITY_ADMIN, demoPassword);

    // Act
    await page.goto(`${stack.url}/#/enterprises`);
    await tableRows(page);
    await choose(page, '辖市（区）', '武进区');

    // Assess
    await expect.poll(async () => (await tableRows(page)).every((row) => row.includes('武进区'))).toBe(true);
    const rows = await tableRows(page);
    expect(rows).toHaveLength(expected.data.length);
    expect(
      rows.map((row) => expected.data.some((enterprise) => row.includes(enterprise.name))),
    ).not.toContain(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await shot('enterprises-wujin');
  });

  it('opens an enterprise, edits its address, and finds the change in the audit log', async () => {
    // Prepare
    const address = `武进区湖塘镇端到端测试路 ${Date.now() % 1000} 号`;
    const firstRow = page.locator('tbody tr').first();
    const name = (await firstRow.locator('td').first().textContent()) ?? '';

    // Act
    await firstRow.click();
    await page.getByRole('link', { name: '编辑' }).click();
    const addressInput = page.getByLabel('地址');
    // the form resets (pristine, 保存 disabled) when its record arrives: type only after it has (every demo
    // enterprise has an address)
    await expect.poll(() => addressInput.inputValue(), { timeout: 15_000 }).not.toBe('');
    await addressInput.fill(address);
    await shot('enterprise-edit');
    await page.getByRole('button', { name: '保存' }).click();

    // Assess: back on the record, which the API has too
    await page.getByText(address).waitFor();
    const id = decodeURIComponent(page.url().split('/enterprises/')[1]?.split('/')[0] ?? '');
    const saved = await api<Listed>(`/api/enterprises/${encodeURIComponent(id)}`);
    expect(saved.address).toBe(address);
    expect(name).toContain(saved.name);
    await shot('enterprise-show');

    // Assess: 操作日志, newest first, opens to the changed field
    await page.goto(`${stack.url}/#/audit`);
    const newest = page.locator('tbody tr').first();
    await newest.waitFor();
    expect(await newest.textContent()).toContain(saved.name);
    await newest.click();
    const changes = page.getByTestId('audit-changes').first();
    await changes.waitFor();
    expect(await changes.textContent()).toContain('地址');
    expect(await changes.textContent()).toContain(address);
    await shot('audit-expanded');
  });

  it('imports an XLSX of four rows and reports the two bad ones row by row', async () => {
    // Prepare
    const towns = await api<{ data: { name: string }[] }>('/api/towns?districtId=wujin&limit=100');
    const town = towns.data[0]?.name ?? '';
    const stamp = String(Date.now()).slice(-6);
    const code = (n: number) => withCheckChar(`91320412E2E${String(Number(stamp) + n).padStart(6, '0')}`);
    const badCheck = code(3).slice(0, 17) + (code(3).endsWith('0') ? '1' : '0');
    const row = (creditCode: string, name: string, townName: string) => [
      creditCode,
      name,
      '武进区',
      townName,
      '',
      '机械',
      '正常生产',
      '否',
      '否',
      '否',
      '武进区端到端导入路 1 号',
      '王导入',
      '13912340001',
      '',
      '',
    ];
    const file = join(screenshotDir, `企业导入-${stamp}.xlsx`);
    writeFileSync(
      file,
      writeXlsx([
        enterpriseHeaders,
        row(code(1), `端到端导入甲${stamp}有限公司`, town),
        row(code(2), `端到端导入乙${stamp}有限公司`, town),
        row(badCheck, `端到端导入丙${stamp}有限公司`, town),
        row(code(4), `端到端导入丁${stamp}有限公司`, '不存在的镇'),
      ]),
    );
    await page.goto(`${stack.url}/#/enterprises`);
    await tableRows(page);

    // Act
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-start').click();
    const result = page.getByTestId('import-result');
    const failure = page.getByTestId('import-dialog').getByRole('alert');
    await result.or(failure).first().waitFor({ timeout: 30_000 });
    const dialogText = await page.getByTestId('import-dialog').textContent();
    expect(await result.count(), `the import did not finish: ${dialogText}`).toBe(1);

    // Assess
    await shot('import-result');
    expect(await page.getByTestId('import-created').textContent()).toBe('新增 2');
    expect(await page.getByTestId('import-failed').textContent()).toBe('失败 2');
    const errorRows = await page.getByTestId('import-errors').locator('tbody tr').allTextContents();
    expect(errorRows).toHaveLength(2);
    expect(errorRows[0]).toMatch(/^4统一社会信用代码/);
    expect(errorRows[1]).toMatch(/^5镇（街道）/);
    // New enterprises become searchable by name once the name-index phase after DONE has ended
    await page.getByTestId('import-indexing').waitFor({ state: 'detached', timeout: 30_000 });
    const imported = await api<{ data: Listed[] }>(`/api/enterprises?q=${encodeURIComponent(stamp)}`);
    expect(imported.data.map((enterprise) => enterprise.name).sort()).toEqual([
      `端到端导入乙${stamp}有限公司`,
      `端到端导入甲${stamp}有限公司`,
    ]);
    await page.getByRole('button', { name: '关闭' }).click();
  });

  it('downloads the import template with an example row and the city’s towns in its drop-down lists', async () => {
    // Prepare
    const towns = await api<{ data: { name: string }[] }>('/api/towns?districtId=wujin&limit=100');
    await page.goto(`${stack.url}/#/enterprises`);
    await tableRows(page);
    await page.getByTestId('import-button').click();

    // Act
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-template').click(),
    ]);
    const bytes = new Uint8Array(readFileSync((await download.path()) ?? ''));

    // Assess
    const parts = workbookParts(bytes);
    expect(download.suggestedFilename()).toBe('企业导入模板.xlsx');
    expect(readXlsx(bytes)[1]?.cells[1]).toContain('示例');
    expect(rangeValues(parts, parts.definedNames.get('镇街_武进区') ?? '').sort()).toEqual(
      towns.data.map((town) => town.name).sort(),
    );
    expect(parts.sheets.map((sheet) => sheet.name)).toEqual(['企业名录', '填写说明', '选项']);
    await page.getByRole('button', { name: '关闭' }).click();
  });

  it('exports the filtered list and offers the XLSX to download', async () => {
    // Prepare
    await page.goto(`${stack.url}/#/enterprises`);
    await tableRows(page);
    await choose(page, '辖市（区）', '武进区');
    await expect.poll(async () => (await tableRows(page)).every((row) => row.includes('武进区'))).toBe(true);

    // Act
    await page.getByTestId('export-button').click();
    const download = page.getByTestId('export-download');
    await download.waitFor({ timeout: 30_000 });

    // Assess
    await shot('export-done');
    const href = (await download.getAttribute('href')) ?? '';
    const file = await fetch(href);
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(file.status).toBe(200);
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK'); // a zip: the XLSX
    await page.getByRole('button', { name: '关闭' }).click();
    expect(problems).toEqual([]);
  });

  it('exports every town of the list, not only the page on screen, to XLSX', async () => {
    // Prepare
    const towns = await api<{ data: { name: string }[]; nextCursor: string | null }>('/api/towns?limit=100');
    await page.goto(`${stack.url}/#/towns`);
    await tableRows(page);

    // Act
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出' }).click(),
    ]);

    // Assess
    expect(download.suggestedFilename()).toMatch(/^镇（街道）-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = readXlsx(new Uint8Array(readFileSync(await download.path())));
    expect(rows[0]?.cells).toEqual(['名称', '辖市（区）', '更新时间']);
    expect(
      rows
        .slice(1)
        .map((row) => row.cells[0])
        .sort(),
    ).toEqual(towns.data.map((town) => town.name).sort());
    expect(rows.length - 1).toBeGreaterThan(25); // more than one page of the list
    expect(problems).toEqual([]);
  });
});
