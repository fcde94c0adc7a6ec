import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '#functions/platform/files/xlsx-reader';
import { signedIn } from '#tests/fixtures/auth';
import { importFile, makeSheetRow, TEMPLATE_HEADERS } from '#tests/fixtures/enterprise-sheets';
import { city, type Headers, idOf, send, stack, wujinAdmin } from '#tests/integration/enterprises/support';
import {
  download,
  enterprisesOfTown,
  liyang,
  startTransfersStack,
  stopTransfersStack,
  wujin,
  xlsx,
} from '#tests/integration/enterprises/transfers-support';

/** A sibling town of 湖塘镇 in the same district, holding enterprises a town officer's export must not leak. */
const sibling = { district: '武进区', town: '牛塘镇', grid: '', townId: '' };

beforeAll(async () => {
  await startTransfersStack();
  sibling.townId = idOf(await send('POST', '/api/towns', city, { districtId: 'wujin', name: sibling.town }));
  // Enterprises of 湖塘镇, its sibling and 溧阳市 for the exports (the imports are tested in imports.test.ts).
  const rows = [makeSheetRow(wujin), makeSheetRow(wujin), makeSheetRow(wujin), makeSheetRow(sibling)];
  await importFile(stack, city, xlsx([...rows, makeSheetRow(sibling), makeSheetRow(liyang)]));
});
afterAll(stopTransfersStack);

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

    expect((await enterprisesOfTown(sibling.townId)).length).toBe(2);

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
