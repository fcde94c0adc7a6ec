import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyByCode, importAs, sheetRow } from '#tests/integration/agencies/sheets';
import { city, makeAgency, startAgencyStack, stopAgencyStack } from '#tests/integration/agencies/support';

/**
 * How an import row of a known credit code is counted and written: what "unchanged" compares (the work
 * districts as stored, the registered one first), and which agency a code belongs to when its claim was left
 * behind by an agency that now carries another code.
 */
beforeAll(startAgencyStack);
afterAll(stopAgencyStack);

describe('importing rows of known credit codes', () => {
  it('updates an agency whose row changes only its work districts; the same districts in another order are unchanged', async () => {
    // Prepare: registered in 武进区, working in 武进区 and 新北区
    const row = sheetRow();
    await importAs(city, [row]);

    // Act
    const widened = await importAs(city, [{ ...row, 从业辖区: '武进区、新北区、溧阳市' }]);
    const reordered = await importAs(city, [{ ...row, 从业辖区: '新北区、武进区、溧阳市' }]);

    // Assess
    expect(widened.task).toMatchObject({ status: 'DONE', updated: 1, unchanged: 0, failed: 0 });
    expect(reordered.task).toMatchObject({ status: 'DONE', updated: 0, unchanged: 1, failed: 0 });
    expect(await agencyByCode(row.统一社会信用代码 ?? '')).toMatchObject({
      districtId: 'wujin',
      workDistrictIds: ['wujin', 'xinbei', 'liyang'],
    });
  });

  it('registers a new agency for a code whose left-behind claim names an agency that carries another code', async () => {
    // Prepare: `mover` claimed a code in a write that never finished (a month ago), and carries its own
    const mover = await makeAgency(city, 'wujin', { name: '换过代码的检测有限公司' });
    const row = sheetRow({ 名称: '新登记的检测有限公司' });
    const { claimAgencyCode } = await import('#functions/agencies/store/claims');
    expect(
      await claimAgencyCode(row.统一社会信用代码 ?? '', mover.id, new Date('2026-01-02T00:00:00Z')),
    ).toBeNull();

    // Act
    const { task } = await importAs(city, [row]);

    // Assess
    expect(task).toMatchObject({ status: 'DONE', created: 1, updated: 0, failed: 0 });
    const registered = await agencyByCode(row.统一社会信用代码 ?? '');
    expect(registered).toMatchObject({ name: '新登记的检测有限公司' });
    expect(registered?.id).not.toBe(mover.id);
    expect(await agencyByCode(mover.creditCode)).toMatchObject({
      id: mover.id,
      name: '换过代码的检测有限公司',
    });
  });

  it('fails a row whose code a write in flight has just claimed, with the store’s reason on the code column', async () => {
    // Prepare: another registration of the code is under way (claimed a moment ago, its agency not written yet)
    const row = sheetRow({ 名称: '撞上并发登记的检测有限公司' });
    const { claimAgencyCode } = await import('#functions/agencies/store/claims');
    expect(await claimAgencyCode(row.统一社会信用代码 ?? '', 'in-flight', new Date())).toBeNull();

    // Act
    const { task } = await importAs(city, [row]);

    // Assess
    expect(task).toMatchObject({ status: 'DONE', created: 0, failed: 1 });
    expect(task.errors).toEqual([
      {
        row: 2,
        column: '统一社会信用代码',
        reason: '该统一社会信用代码已被登记，如需核实请联系市应急管理局',
      },
    ]);
    expect(await agencyByCode(row.统一社会信用代码 ?? '')).toBeUndefined();
  });
});
