import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derivedId } from '#functions/platform/derived-id';
import { writeXlsx } from '#functions/platform/files/xlsx-writer';
import { importFile, makeSheetRow, postForm, sheetCells } from '#tests/fixtures/enterprise-sheets';
import { city, send, stack } from '#tests/integration/enterprises/support';
import {
  enterprisesOfTown,
  s3,
  startTransfersStack,
  stopTransfersStack,
  taskOf,
  wujin,
  xlsx,
} from '#tests/integration/enterprises/transfers-support';

beforeAll(startTransfersStack);
afterAll(stopTransfersStack);

describe('importing enterprises', () => {
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
    const rows = ['续跑甲', '续跑乙', '续跑丙'].map((name) =>
      makeSheetRow(wujin, { 企业名称: `${name}机械有限公司` }),
    );
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
    // Row 3's enterprise was written by the crashed run without its name tokens: the re-run builds them too.
    const found = await send('GET', `/api/enterprises?limit=100&q=${encodeURIComponent('续跑')}`, city);
    expect((found.body as { data: { id: string }[] }).data.map((e) => e.id).sort()).toEqual(
      rows.map(idOf).sort(),
    );
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
});
