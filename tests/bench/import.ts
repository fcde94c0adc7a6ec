import { withCheckChar } from '#functions/enterprises/domain/credit-code';
import { mapLimit } from '#functions/platform/concurrency';
import { districts } from '#functions/platform/districts';
import { writeXlsx } from '#functions/platform/files/xlsx-writer';
import type { Principal } from '#functions/platform/principal';
import { type LocalStack, startLocalStack } from '#infra/local/stack';
import { countByAction, dynamoRequestsDuring } from '#tests/fixtures/dynamo-requests';
import { makeSheetRow, sheetCells } from '#tests/fixtures/enterprise-sheets';

/** The city: ~33,000 enterprises. `BENCH_IMPORT_ROWS` runs a smaller one (a quick look, a profile). */
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 33_000);
/** Enterprises the seed path writes in this run (the seed's own path, accounts included). */
const SEED_ROWS = Math.min(ROWS, 5_000);
const TOWNS_PER_DISTRICT = 9;
const GRIDS_PER_TOWN = 6;
const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
type Place = {
  district: string;
  town: string;
  grid: string;
  districtId: string;
  townId: string;
  gridId: string;
};
type Item = Record<string, unknown>;

/** The i-th of ROWS distinct, valid credit codes. */
function creditCode(i: number): string {
  let body = '';
  for (let rest = i, n = 0; n < 9; n += 1, rest = Math.floor(rest / 31))
    body = CODE_ALPHABET[rest % 31] + body;
  return withCheckChar(`91320400${body}`);
}

async function seedPlaces(): Promise<Place[]> {
  const { town } = await import('#functions/org/store/entities/town');
  const { grid } = await import('#functions/org/store/entities/grid');
  const at = new Date().toISOString();
  const places: Place[] = [];
  for (const district of districts)
    for (let t = 1; t <= TOWNS_PER_DISTRICT; t += 1) {
      const townId = `${district.id}-t${t}`;
      const townName = `${district.name.slice(0, 2)}${t}镇`;
      await town
        .create({ townId, districtId: district.id, name: townName, createdAt: at, updatedAt: at })
        .go();
      for (let g = 1; g <= GRIDS_PER_TOWN; g += 1) {
        const gridId = `${townId}-g${g}`;
        const gridName = `${townName}${g}网格`;
        await grid
          .create({ gridId, districtId: district.id, townId, name: gridName, createdAt: at, updatedAt: at })
          .go();
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

/** The task once DONE or FAILED; throws after 30 minutes (a worker that never started, e.g. failed to load). */
async function waitForTask<T extends { status: string; processed: number; total: number }>(
  read: () => Promise<T>,
) {
  for (const deadline = Date.now() + 30 * 60_000; Date.now() < deadline; ) {
    const task = await read();
    if (task.status === 'DONE' || task.status === 'FAILED') return task;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the task did not finish within 30 minutes (see the stack lines above)');
}

/** Plain BatchWriteItem requests of `items` (25 each, 8 in flight, as the import writes), unprocessed ones again. */
async function rawBatchWrite(items: readonly Item[]): Promise<number> {
  const { callDynamo, tableName } = await import('#functions/platform/dynamo');
  const batches = Array.from({ length: Math.ceil(items.length / 25) }, (_, b) =>
    items.slice(b * 25, b * 25 + 25),
  );
  const started = performance.now();
  await mapLimit(batches, 8, async (batch) => {
    let pending: unknown[] = batch.map((Item) => ({ PutRequest: { Item } }));
    while (pending.length > 0) {
      const answer = (await callDynamo('BatchWriteItem', { RequestItems: { [tableName]: pending } })) as {
        UnprocessedItems?: Record<string, unknown[]>;
      };
      pending = answer.UnprocessedItems?.[tableName] ?? [];
    }
  });
  return performance.now() - started;
}

/** What the claims alone cost: one conditional PutItem per row, as many in flight as the import uses. */
async function rawClaims(codes: readonly string[]): Promise<number> {
  const { creditCodeClaim } = await import('#functions/enterprises/store/entities/credit-code-claim');
  const { CLAIM_CONCURRENCY } = await import('#functions/enterprises/store/upserts');
  const at = new Date().toISOString();
  const started = performance.now();
  await mapLimit(codes, CLAIM_CONCURRENCY, (code) =>
    creditCodeClaim
      .create({ creditCode: `RAW${code}`, enterpriseId: code, claimedAt: at })
      .go({ response: 'none' }),
  );
  return performance.now() - started;
}

/** The enterprise items of the rows, as the import would put them, under other ids and codes (`prefix`). */
async function enterpriseItems(
  rows: readonly Record<string, string>[],
  places: readonly Place[],
  prefix: string,
) {
  const { enterprise } = await import('#functions/enterprises/store/entities/enterprise');
  const at = new Date().toISOString();
  return rows.map((row, i) => {
    const { townId, gridId } = places[i % places.length] as Place;
    // In a district of its own, so that the export of the city does not read these.
    const districtId = 'bench';
    return enterprise
      .put({
        id: `${prefix}${String(i).padStart(26 - prefix.length, '0')}`,
        creditCode: `${prefix}${row.统一社会信用代码}`,
        name: row.企业名称 ?? '',
        districtId,
        townId,
        gridId,
        industry: '机械',
        status: '正常生产',
        flags: [],
        address: row.地址,
        principal: { name: '王伟', phone: '13812341234' },
        safetyContact: { name: '李娜', phone: '13912345678' },
        createdAt: at,
        updatedAt: at,
      })
      .params<{ Item: Item }>().Item;
  });
}

/** The name index's token items of those enterprises (what an enterprise write adds beside it), if there is one. */
async function nameTokenItems(enterprises: readonly Item[]): Promise<Item[]> {
  try {
    const { nameTokensOf } = await import('#functions/enterprises/store/name-index');
    const { enterpriseNameToken } = await import(
      '#functions/enterprises/store/entities/enterprise-name-token'
    );
    return enterprises.flatMap((item) =>
      nameTokensOf(item as never).map(
        (token) => enterpriseNameToken.put(token).params<{ Item: Item }>().Item,
      ),
    );
  } catch {
    return [];
  }
}

const perSecond = (rows: number, ms: number) => Math.round((rows / ms) * 1000);
const perRow = (counts: Record<string, number>, rows: number) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([action, n]) => `${action} ${(n / rows).toFixed(3)}`)
    .join(', ');

async function importOnce(stack: LocalStack, requester: Principal, file: Uint8Array, label: string) {
  const { createImportTask, getImportTask } = await import('#functions/enterprises/store/transfer-tasks');
  const { putObject } = await import('#functions/platform/s3');
  const { task } = await createImportTask(requester, {
    fileName: 'bench.xlsx',
    format: 'xlsx',
    size: file.length,
  });
  const started = performance.now();
  let doneMs = 0;
  const { result: done, requests } = await dynamoRequestsDuring(stack, async () => {
    await putObject('changan-transfers', `imports/city/${task.id}.xlsx`, file, 'application/octet-stream');
    await waitForTask(() => getImportTask(requester, task.id));
    // DONE: the rows are in lists and counts; the name-index phase (new rows' tokens) runs on after it.
    doneMs = performance.now() - started;
    await stack.whenIdle();
    return getImportTask(requester, task.id);
  });
  const ms = performance.now() - started;
  const worker = requests.filter((request) => request.caller !== undefined);
  const counts = countByAction(worker);
  console.log(
    `  ${label}: to DONE ${perSecond(ROWS, doneMs)} rows/s (${(doneMs / 1000).toFixed(1)} s), with the name index ${perSecond(ROWS, ms)} rows/s (${(ms / 1000).toFixed(1)} s); ${(worker.length / ROWS).toFixed(3)} requests a row (${perRow(counts, ROWS)})`,
  );
  const { created, updated, unchanged, failed, status, indexed, indexTotal, indexStatus } = done;
  console.log(
    `    ${JSON.stringify({ status, created, updated, unchanged, failed, indexed, indexTotal, indexStatus })}`,
  );
  const indexOk = indexStatus === 'DONE' && indexed === indexTotal;
  return { doneMs, ms, ok: status === 'DONE' && failed === 0 && indexOk };
}

/** The demo seed's enterprises and their accounts, through the seed's own path. */
async function seedPath(places: readonly Place[]) {
  const { seedEnterprises } = await import('#infra/local/seed/seed-city');
  const { demoEnterprise } = await import('#infra/local/seed/generate');
  const { seededRandom } = await import('#infra/local/seed/random');
  const random = seededRandom(7);
  const taken = new Set<string>();
  const byTown = new Map<string, string[]>();
  for (const place of places) byTown.set(place.townId, [...(byTown.get(place.townId) ?? []), place.gridId]);
  const towns = [...byTown].map(([id, gridIds]) => ({
    id,
    districtId: (places.find((p) => p.townId === id) as Place).districtId as never,
    gridIds,
  }));
  const inputs = Array.from({ length: SEED_ROWS }, () => demoEnterprise(random, random.pick(towns), taken));
  const started = performance.now();
  await seedEnterprises(inputs, { passwordHash: 'x', now: new Date(), quiet: true });
  return performance.now() - started;
}

/**
 * `npm run bench -- import`: ROWS valid rows as one XLSX through the whole import (S3 event, worker in this
 * process, local dynalite + s3rver), then the same file again (all unchanged), then an export of the whole city
 * and the demo seed's path for SEED_ROWS enterprises. Baseline: raw BatchWriteItem of the same enterprises, in
 * the same run, before and after the imports (the machine may be shared: both are printed, their mean is used).
 */
export async function runImportBench(): Promise<number> {
  // The stack's own lines only when something goes wrong (a worker that fails, a denied request).
  const stack = await startLocalStack({
    port: 0,
    log: (line) => {
      if (/error|denied|timed out/i.test(line)) console.error(`  [stack] ${line.slice(0, 500)}`);
    },
  });
  try {
    const { createExportTask, getExportTask } = await import('#functions/enterprises/store/transfer-tasks');
    const { createUserDirect } = await import('#tests/fixtures/auth');
    const places = await seedPlaces();
    const user = await createUserDirect({ role: 'cityAdmin', username: 'bench' });
    const requester: Principal = {
      userId: user.id,
      username: user.username,
      name: user.name,
      role: 'cityAdmin',
    };
    const rows = Array.from({ length: ROWS }, (_, i) => {
      const place = places[i % places.length] as Place;
      // One in 40 outside the grid (网格外), roughly the seed report's share.
      return makeSheetRow(place, { 统一社会信用代码: creditCode(i), 网格: i % 40 === 0 ? '' : place.grid });
    });
    const file = writeXlsx(sheetCells(rows));
    console.log(
      `import benchmark: ${ROWS} rows, XLSX ${(file.length / 1024 / 1024).toFixed(1)} MB, ${places.length} grids; node ${process.version}`,
    );

    const rawBefore = await rawBatchWrite(await enterpriseItems(rows, places, 'RAWA'));
    console.log(`  raw BatchWriteItem of the enterprises (before): ${perSecond(ROWS, rawBefore)} rows/s`);
    const fresh = await importOnce(stack, requester, file, 'import (new rows)');
    if (process.env.BENCH_IMPORT_NEW_ONLY) {
      // A quick look at the new rows alone (the claims and the enterprises' batch writes), between two baselines.
      const rawAfterNew = await rawBatchWrite(await enterpriseItems(rows, places, 'RAWN'));
      const mean = (rawBefore + rawAfterNew) / 2;
      console.log(
        `  raw BatchWriteItem (after): ${perSecond(ROWS, rawAfterNew)} rows/s; new rows to DONE ${(mean / fresh.doneMs).toFixed(2)}× raw`,
      );
      return fresh.ok ? 0 : 1;
    }
    const again = await importOnce(stack, requester, file, 're-import (same file, unchanged)');
    const { task: exportTask } = await createExportTask(requester, {});
    const exportStarted = performance.now();
    const exported = await waitForTask(() => getExportTask(requester, exportTask.id));
    const exportMs = performance.now() - exportStarted;
    console.log(
      `  export (whole city): ${exported.total} rows, ${perSecond(exported.total, exportMs)} rows/s`,
    );

    const rawAfter = await rawBatchWrite(await enterpriseItems(rows, places, 'RAWB'));
    console.log(`  raw BatchWriteItem of the enterprises (after): ${perSecond(ROWS, rawAfter)} rows/s`);
    const withTokens = await enterpriseItems(rows, places, 'RAWC');
    const tokens = await nameTokenItems(withTokens);
    const rawAll = tokens.length > 0 ? await rawBatchWrite([...withTokens, ...tokens]) : 0;
    if (rawAll > 0)
      console.log(
        `  raw BatchWriteItem of what a new row writes (enterprise + ${(tokens.length / ROWS).toFixed(1)} name tokens): ${perSecond(ROWS, rawAll)} rows/s`,
      );
    const claimsMs = await rawClaims(rows.map((row) => row.统一社会信用代码 ?? ''));
    console.log(
      `  raw conditional PutItem of the claims alone (as many in flight as the import): ${perSecond(ROWS, claimsMs)} rows/s`,
    );

    const seedMs = await seedPath(places);
    console.log(
      `  seed path (enterprises + their accounts): ${perSecond(SEED_ROWS, seedMs)} rows/s (${SEED_ROWS} rows)`,
    );

    const raw = (rawBefore + rawAfter) / 2;
    const ratio = (ms: number) => (raw / ms).toFixed(2);
    console.log(
      `ratio to raw BatchWrite of the enterprises: ${ratio(fresh.doneMs)} new rows to DONE (target ≥ 0.5), ${ratio(fresh.ms)} new rows with the name index, ${ratio(again.ms)} unchanged re-import (target ≥ 0.8), ${((raw / seedMs) * (SEED_ROWS / ROWS)).toFixed(2)} seed`,
    );
    if (rawAll > 0)
      console.log(
        `ratio of new rows with the name index to raw BatchWrite of all they write: ${(rawAll / fresh.ms).toFixed(2)}`,
      );
    return fresh.ok && again.ok && exported.total === ROWS ? 0 : 1;
  } finally {
    await stack.stop();
  }
}
