import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Unzip, UnzipInflate } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckChar } from '#functions/enterprises/domain/credit-code';
import { districts } from '#functions/platform/districts';
import { type LocalStack, startLocalStack } from '#infra/local/stack';
import { createUserDirect } from '#tests/fixtures/auth';
import { captureDynaliteStore, putItemsDirect } from '#tests/fixtures/dynalite-direct';
import { TEMPLATE_HEADERS } from '#tests/fixtures/enterprise-sheets';

/** The figure: a city and a half of enterprises, exported by a worker that must stay under 256 MB. */
const ROWS = 300_000;
const LIMIT_MIB = 256;
const TEMPLATE_ID = 'TEMPLATE0000000000000000000';
const child = fileURLToPath(new URL('./export-memory-child.ts', import.meta.url));

let stack: LocalStack;
let dataDir: string;

interface ChildReport {
  results: { total?: number; parts?: number; failed?: string }[];
  seconds: number;
  baselineMiB: number;
  peakRssMiB: number;
  maxRssMiB: number;
}

/** One export worker in a fresh `node` whose heap may not pass 256 MB; its JSON line, or how it died. */
function exportInChild(taskId: string): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const run = spawn(process.execPath, [`--max-old-space-size=${LIMIT_MIB}`, '--import', 'tsx', child], {
      env: { ...process.env, EXPORT_TASK_ID: taskId, POWERTOOLS_LOG_LEVEL: 'ERROR' },
    });
    let out = '';
    let err = '';
    run.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    run.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    run.on('error', reject);
    run.on('close', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0)
        reject(new Error(`export worker exited with ${code}: ${err.slice(-2000) || out.slice(-2000)}`));
      else resolve(JSON.parse(line) as ChildReport);
    });
  });
}

/** Rows of the workbook's first sheet and its first row's cells, counted as the sheet inflates (never held). */
function countSheetRows(bytes: Uint8Array): { rows: number; firstRow: string[] } {
  let rows = 0;
  let head = '';
  let tail = '';
  const unzip = new Unzip((file) => {
    if (file.name !== 'xl/worksheets/sheet1.xml') return;
    const decoder = new TextDecoder();
    file.ondata = (error, chunk) => {
      if (error) throw error;
      const text = tail + decoder.decode(chunk, { stream: true });
      rows += text.split('</row>').length - 1;
      if (head.length < 20_000) head += text;
      tail = text.slice(-5);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.push(bytes, true);
  const firstRow = /<row r="1">([\s\S]*?)<\/row>/.exec(head)?.[1] ?? '';
  return { rows, firstRow: [...firstRow.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1] ?? '') };
}

/** 2 towns × 2 grids in every district, then ROWS enterprises spread over them, written straight into dynalite. */
async function seedEnterprises() {
  const { town } = await import('#functions/org/store/entities/town');
  const { grid } = await import('#functions/org/store/entities/grid');
  const { enterprise } = await import('#functions/enterprises/store/entities/enterprise');
  const { tableName } = await import('#functions/platform/dynamo');
  const at = new Date().toISOString();
  const places: { districtId: string; townId: string; gridId: string }[] = [];
  for (const district of districts)
    for (let t = 1; t <= 2; t += 1) {
      const townId = `${district.id}-t${t}`;
      await town
        .create({
          townId,
          districtId: district.id,
          name: `${district.name}${t}镇`,
          createdAt: at,
          updatedAt: at,
        })
        .go();
      for (let g = 1; g <= 2; g += 1) {
        const gridId = `${townId}-g${g}`;
        await grid
          .create({
            gridId,
            districtId: district.id,
            townId,
            name: `${t}镇${g}网格`,
            createdAt: at,
            updatedAt: at,
          })
          .go();
        places.push({ districtId: district.id, townId, gridId });
      }
    }
  // One ElectroDB item per place, then copies with their own id, code and name: building 300,000 through
  // ElectroDB alone takes longer than the export.
  const templates = places.map(
    (place) =>
      enterprise
        .put({
          id: TEMPLATE_ID,
          creditCode: 'TEMPLATE',
          name: '导出测试企业',
          ...place,
          industry: '机械',
          status: '正常生产',
          flags: [],
          address: '测试路',
          principal: { name: '王伟', phone: '13812341234' },
          safetyContact: { name: '李娜', phone: '13912345678' },
          createdAt: at,
          updatedAt: at,
        })
        .params<{ Item: Record<string, string> }>().Item,
  );
  const CHUNK = 10_000;
  // LevelDB writes a chunk (off the main thread) while the next one is built.
  let writing: Promise<void> = Promise.resolve();
  for (let start = 0; start < ROWS; start += CHUNK) {
    const items = Array.from({ length: Math.min(CHUNK, ROWS - start) }, (_, k) => {
      const i = start + k;
      const template = templates[i % templates.length] as Record<string, string>;
      const id = `E${String(i).padStart(25, '0')}`;
      const key = (field: string) =>
        (template[field] ?? '').replace(TEMPLATE_ID.toLowerCase(), id.toLowerCase());
      return {
        ...template,
        id,
        creditCode: withCheckChar(`913204${String(i).padStart(11, '0')}`),
        name: `导出测试企业${i}有限公司`,
        address: `测试路${i}号`,
        flags: i % 17 === 0 ? ['dust'] : [],
        pk: key('pk'),
        gsi1sk: key('gsi1sk'),
        gsi2sk: key('gsi2sk'),
        gsi3sk: key('gsi3sk'),
      };
    });
    await writing;
    // A city admin's unfiltered export reads the district index (byDistrict, gsi1) alone.
    writing = putItemsDirect(tableName, items, { indexes: ['gsi1'] });
  }
  await writing;
}

/**
 * Where the emulators keep their files: in memory (tmpfs) where the machine has one, else the temp folder. Only
 * the parent's emulators use it; the worker under test runs in its own process, so its memory is the same.
 */
const scratch = () => {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
};

beforeAll(async () => {
  captureDynaliteStore();
  dataDir = mkdtempSync(join(scratch(), 'changan-export-memory-'));
  // In files, not this process's heap, which 300,000 items would fill
  stack = await startLocalStack({ port: 0, dataDir });
  const started = performance.now();
  await seedEnterprises();
  console.info(`seeded ${ROWS} enterprises in ${Math.round((performance.now() - started) / 1000)} s`);
}, 300_000);

afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('exporting the enterprise registry', () => {
  it(`writes ${ROWS.toLocaleString('en-US')} rows with a worker whose memory stays under ${LIMIT_MIB} MB`, async () => {
    // Prepare: the task as POST /api/enterprise-exports leaves it, minus the request object (its event would
    // start a worker in this process; the one under test runs in the child)
    const { transferTask } = await import('#functions/enterprises/store/entities/transfer-task');
    const { requesterOf } = await import('#functions/enterprises/store/transfer-views');
    const admin = await createUserDirect({ role: 'cityAdmin' });
    const taskId = '01M8V0EXP0RTMEM0RYTEST0000';
    const at = new Date().toISOString();
    await transferTask
      .create({
        taskId,
        kind: 'export',
        status: 'PENDING',
        requester: requesterOf({
          userId: admin.id,
          username: admin.username,
          name: admin.name,
          role: 'cityAdmin',
        }),
        objectKey: `export-requests/${taskId}.json`,
        filter: {},
        createdAt: at,
        updatedAt: at,
      })
      .go();

    // Act
    const report = await exportInChild(taskId);

    // Assess: the worker's peak memory, and a file with every row
    console.info(
      `export of ${ROWS} rows: ${report.seconds} s, RSS ${report.baselineMiB} MiB at start, peak ${report.peakRssMiB} MiB (kernel: ${report.maxRssMiB} MiB), ${report.results[0]?.parts} parts`,
    );
    expect(report.results[0]).toMatchObject({ total: ROWS });
    expect(report.maxRssMiB).toBeLessThan(LIMIT_MIB);
    expect(report.peakRssMiB).toBeLessThan(LIMIT_MIB);
    const { data: task } = await transferTask.get({ taskId }).go();
    expect(task).toMatchObject({
      status: 'DONE',
      total: ROWS,
      processed: ROWS,
      downloadKey: `exports/${taskId}.xlsx`,
    });
    const s3 = new S3Client({
      endpoint: stack.endpoints.s3,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
    });
    const object = await s3.send(
      new GetObjectCommand({ Bucket: 'changan-transfers', Key: `exports/${taskId}.xlsx` }),
    );
    const sheet = countSheetRows(
      await (object.Body?.transformToByteArray() ?? Promise.resolve(new Uint8Array())),
    );
    s3.destroy();
    expect(sheet.rows).toBe(ROWS + 1);
    expect(sheet.firstRow).toEqual(TEMPLATE_HEADERS);
  }, 600_000);
});
