import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvText, importFile, makeSheetRow } from '#tests/fixtures/enterprise-sheets';
import {
  city,
  send,
  stack,
  startEnterpriseStack,
  stopEnterpriseStack,
} from '#tests/integration/enterprises/support';

interface Entry {
  at: string;
  action: string;
  entityId: string;
  summary?: string;
}

const place = { district: '武进区', town: '湖塘镇', grid: '湖塘一网格', townId: '' };
const readLog = async () =>
  ((await send('GET', '/api/audit?limit=100', city)).body as { data: Entry[] }).data;

beforeAll(async () => {
  await startEnterpriseStack();
  const town = await send('POST', '/api/towns', city, { districtId: 'wujin', name: place.town });
  place.townId = (town.body as { id: string }).id;
  await send('POST', '/api/grids', city, { townId: place.townId, name: place.grid });
});
afterAll(stopEnterpriseStack);

describe('the audit log', () => {
  it('lists a finished import above its request: newest first by time, also within one second', async () => {
    // Prepare: a one-row import is requested and done within the same second
    const file = {
      name: '一行.csv',
      format: 'csv' as const,
      bytes: new TextEncoder().encode(csvText([makeSheetRow(place)])),
    };

    // Act
    const { taskId } = await importFile(stack, city, file);
    const log = await readLog();

    // Assess
    const times = log.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(log.filter((entry) => entry.entityId === taskId).map((entry) => entry.action)).toEqual([
      'import',
      'requestImport',
    ]);
  });

  it('appends one import entry, at the same time, when a run after a crash imports the file again', async () => {
    // Prepare: the run crashed after its audit append, before DONE; its lease has run out. The store modules
    // are loaded once the stack has set the emulators' endpoints.
    const { runImport } = await import('#functions/enterprises/events/import-run');
    const { transferTask } = await import('#functions/enterprises/store/entities/transfer-task');
    const { claimTransferTask } = await import('#functions/enterprises/store/transfer-runs');
    const file = {
      name: '重跑.csv',
      format: 'csv' as const,
      bytes: new TextEncoder().encode(csvText([makeSheetRow(place)])),
    };
    const { taskId } = await importFile(stack, city, file);
    const before = (await readLog()).filter(
      (entry) => entry.entityId === taskId && entry.action === 'import',
    );
    const { data: task } = await transferTask
      .patch({ taskId })
      .set({ status: 'RUNNING', leaseUntil: '2000-01-01T00:00:00.000Z' })
      .go({ response: 'all_new' });

    // Act
    const claim = await claimTransferTask('import', taskId, task.objectKey, 'another-delivery', new Date());
    if (!('run' in claim)) throw new Error(`not claimed: ${claim.skip}`);
    await runImport(claim.run, claim.task, () => new Date(Date.now() + 5000));

    // Assess
    const after = (await readLog()).filter((entry) => entry.entityId === taskId && entry.action === 'import');
    expect(before).toHaveLength(1);
    expect(after).toEqual(before);
  });

  it('names the filters of an export in Chinese: the field, then the value by its name', async () => {
    // Prepare
    const filter = {
      districtId: 'wujin',
      townId: place.townId,
      gridId: 'none',
      industry: '机械',
      status: '停产',
      flag: 'dust',
      q: '恒达',
    };

    // Act
    const filtered = await send('POST', '/api/enterprise-exports', city, { filter });
    const everything = await send('POST', '/api/enterprise-exports', city, { filter: {} });
    await stack.whenIdle();
    const log = await readLog();

    // Assess
    const summaryOf = (answer: { body: unknown }) =>
      log.find((entry) => entry.entityId === (answer.body as { id: string }).id)?.summary;
    expect(summaryOf(filtered)).toBe(
      '导出企业名录（筛选：辖市（区） 武进区，镇（街道） 湖塘镇，网格 网格外，行业 机械，状态 停产，标记 涉爆粉尘，名称或信用代码包含“恒达”）',
    );
    expect(summaryOf(everything)).toBe('导出企业名录（全部）');
  });
});
