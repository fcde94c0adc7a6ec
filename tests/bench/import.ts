import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { withCheckChar } from '#functions/enterprises/domain/credit-code';
import { mapLimit } from '#functions/platform/concurrency';
import { districts } from '#functions/platform/districts';
import { writeXlsx } from '#functions/platform/files/xlsx-writer';
import type { Principal } from '#functions/platform/principal';
import { startLocalStack } from '#infra/local/stack';
import { makeSheetRow, sheetCells } from '#tests/fixtures/enterprise-sheets';

const ROWS = 33_000;
const TOWNS_PER_DISTRICT = 9;
const GRIDS_PER_TOWN = 6;
const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
type Placement = { districtId: string; townId: string; gridId: string };
const cityAdmin: Principal = { userId: 'bench', username: 'bench', name: '基准测试', role: 'cityAdmin' };

/** The i-th of ROWS distinct, valid credit codes. */
function creditCode(i: number): string {
  let body = '';
  for (let rest = i, n = 0; n < 9; n += 1, rest = Math.floor(rest / 31))
    body = CODE_ALPHABET[rest % 31] + body;
  return withCheckChar(`91320400${body}`);
}

async function seedPlaces() {
  const { town } = await import('#functions/org/store/entities/town');
  const { grid } = await import('#functions/org/store/entities/grid');
  const at = new Date().toISOString();
  const places: (Placement & { district: string; town: string; grid: string })[] = [];
  for (const district of districts)
    for (let t = 1; t <= TOWNS_PER_DISTRICT; t += 1) {
      const townId = `${district.id}-t${t}`;
      const townName = `${district.name.slice(0, 2)}${t}镇`;
      await town
        .create({ townId, districtId: district.id, name: townName, createdAt: at, updatedAt: at })
        .go();
      for (let g = 1; g <= GRIDS_PER_TOWN; g += 1) {
        const gridName = `${townName}${g}网格`;
        await grid
          .create({
            gridId: `${townId}-g${g}`,
            districtId: district.id,
            townId,
            name: gridName,
            createdAt: at,
            updatedAt: at,
          })
          .go();
        const gridId = `${townId}-g${g}`;
        places.push({
          district: district.name,
          town: townName,
          grid: gridName,
          districtId: district.id,
          townId,
          gridId,
        });
      }
    }
  return places;
}

async function waitForTask<T extends { status: string; processed: number; total: number }>(
  read: () => Promise<T>,
) {
  let shown = '';
  for (;;) {
    const task = await read();
    const line = `  ${task.status} ${task.processed}/${task.total}`;
    if (line !== shown) process.stdout.write(`\r${line}      `);
    shown = line;
    if (task.status === 'DONE' || task.status === 'FAILED') {
      process.stdout.write('\n');
      return task;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** What the claims alone cost: one conditional PutItem per row, as many in flight as the import uses. */
async function rawClaims(codes: string[]) {
  const { creditCodeClaim } = await import('#functions/enterprises/store/entities/credit-code-claim');
  const { commandClient: documentClient } = await import('#tests/fixtures/dynamo-commands');
  const { PutCommand } = await import('@aws-sdk/lib-dynamodb');
  const at = new Date().toISOString();
  const started = performance.now();
  await mapLimit(codes, 16, async (code) => {
    const params = creditCodeClaim
      .put({ creditCode: `RAW${code}`, enterpriseId: code, claimedAt: at })
      .params();
    await documentClient.send(
      new PutCommand({ ...params, ConditionExpression: 'attribute_not_exists(pk)' } as never),
    );
  });
  return performance.now() - started;
}

/** The same enterprises as plain BatchWriteItem requests (25 items each, 8 in flight, as the import writes them). */
async function rawBatchWrite(rows: { row: ReturnType<typeof makeSheetRow>; place: Placement }[]) {
  const { enterprise } = await import('#functions/enterprises/store/entities/enterprise');
  const { tableName } = await import('#functions/platform/dynamo');
  const { commandClient: documentClient } = await import('#tests/fixtures/dynamo-commands');
  const at = new Date().toISOString();
  const items = rows.map(({ row, place }, i) => {
    return enterprise
      .put({
        id: `RAW${String(i).padStart(23, '0')}`,
        creditCode: row.统一社会信用代码 as string,
        name: row.企业名称 as string,
        ...place,
        industry: '机械',
        status: '正常生产',
        flags: [],
        address: row.地址,
        principal: { name: '王伟', phone: '13812341234' },
        safetyContact: { name: '李娜', phone: '13912345678' },
        createdAt: at,
        updatedAt: at,
      })
      .params<{ Item: Record<string, unknown> }>().Item;
  });
  const batches = Array.from({ length: Math.ceil(items.length / 25) }, (_, b) =>
    items.slice(b * 25, b * 25 + 25),
  );
  const started = performance.now();
  await mapLimit(batches, 8, async (batch) => {
    let pending = batch.map((Item) => ({ PutRequest: { Item } }));
    while (pending.length > 0) {
      const answer = await documentClient.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: pending } }),
      );
      pending = (answer.UnprocessedItems?.[tableName] ?? []) as typeof pending;
    }
  });
  return performance.now() - started;
}

/**
 * `npm run bench -- import`: 33,000 valid rows as one XLSX through the whole import (presigned key, S3 event,
 * worker in this process, local dynalite + s3rver), then a re-import of the same file (all unchanged), then an
 * export of the whole city; baseline: a raw BatchWriteItem of the same rows, in the same run.
 */
export async function runImportBench(): Promise<number> {
  const stack = await startLocalStack({ port: 0 });
  try {
    const { createImportTask, getImportTask, createExportTask, getExportTask } = await import(
      '#functions/enterprises/store/transfer-tasks'
    );
    const { PutObjectCommand } = await import('@aws-sdk/client-s3');
    const { s3Client } = await import('#functions/platform/s3');
    const places = await seedPlaces();
    const { createUserDirect } = await import('#tests/fixtures/auth');
    const user = await createUserDirect({ role: 'cityAdmin', username: 'bench' });
    Object.assign(cityAdmin, { userId: user.id, username: user.username, name: user.name });
    const rows = Array.from({ length: ROWS }, (_, i) => {
      const place = places[i % places.length] as (typeof places)[number];
      // One in 40 outside the grid (网格外), roughly the seed report's share.
      return makeSheetRow(place, { 统一社会信用代码: creditCode(i), 网格: i % 40 === 0 ? '' : place.grid });
    });
    const file = writeXlsx(sheetCells(rows));
    console.log(
      `import benchmark: ${ROWS} rows, XLSX ${(file.length / 1024 / 1024).toFixed(1)} MB, ${places.length} grids; node ${process.version}`,
    );

    const importOnce = async (label: string) => {
      const { task } = await createImportTask(cityAdmin, {
        fileName: 'bench.xlsx',
        format: 'xlsx',
        size: file.length,
      });
      const key = `imports/city/${task.id}.xlsx`;
      const started = performance.now();
      await s3Client.send(new PutObjectCommand({ Bucket: 'changan-transfers', Key: key, Body: file }));
      const done = await waitForTask(() => getImportTask(cityAdmin, task.id));
      const ms = performance.now() - started;
      console.log(
        `  ${label}: ${Math.round((ROWS / ms) * 1000)} rows/s (${(ms / 1000).toFixed(1)} s)`,
        JSON.stringify({ ...done, errors: done.errors.length, reportUrl: undefined }),
      );
      return ms;
    };
    const firstMs = await importOnce('import (new)');
    const againMs = await importOnce('re-import (same file, unchanged)');

    const { task: exportTask } = await createExportTask(cityAdmin, {});
    const exportStarted = performance.now();
    const exported = await waitForTask(() => getExportTask(cityAdmin, exportTask.id));
    const exportMs = performance.now() - exportStarted;
    console.log(
      `  export (whole city): ${exported.total} rows, ${Math.round((exported.total / exportMs) * 1000)} rows/s (${(exportMs / 1000).toFixed(1)} s)`,
    );

    const placeOf = (i: number) => places[i % places.length] as (typeof places)[number];
    const rawMs = await rawBatchWrite(rows.map((row, i) => ({ row, place: placeOf(i) })));
    const raw = (ROWS / rawMs) * 1000;
    console.log(`  baseline raw BatchWriteItem: ${Math.round(raw)} rows/s (${(rawMs / 1000).toFixed(1)} s)`);
    const claimsMs = await rawClaims(rows.map((row) => row.统一社会信用代码 as string));
    console.log(
      `  for reference, raw conditional PutItem of the claims alone: ${Math.round((ROWS / claimsMs) * 1000)} rows/s (${(claimsMs / 1000).toFixed(1)} s)`,
    );
    console.log(
      `ratio import / raw BatchWrite: ${(ROWS / firstMs / (ROWS / rawMs)).toFixed(2)} (new), ${(ROWS / againMs / (ROWS / rawMs)).toFixed(2)} (re-import)`,
    );
    return exported.total === ROWS ? 0 : 1;
  } finally {
    await stack.stop();
  }
}
