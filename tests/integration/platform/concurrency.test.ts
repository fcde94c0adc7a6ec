import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeXlsx } from '#functions/platform/files/xlsx-writer';
import type { LocalJob } from '#infra/local/bindings';
import { invoke } from '#infra/local/handlers';
import { runJob } from '#infra/local/scheduler';
import type { LocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import { makeSheetRow, sheetCells } from '#tests/fixtures/enterprise-sheets';
import { validEnterprise } from '#tests/fixtures/enterprises';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';
import { dispatcherOf, useHttpSmsGateway } from '#tests/fixtures/sms-gateway';

/**
 * Races on dynalite, through the real handlers: each side effect must happen once however many callers race.
 * The SMS gateway here counts every request it accepts, per idempotency key, and dedupes nothing: a message
 * claimed twice is sent twice and seen twice.
 */
const received = new Map<string, number>();
let gateway: Server;
let stack: LocalStack;
let dispatcher: LocalJob;
let restoreEnv: (() => void) | undefined;
let city: Record<string, string>;
const place = { districtId: 'wujin', townId: '', gridId: null as string | null };
const send = (path: string, headers: Record<string, string>, body: unknown, method = 'POST') =>
  callApi(stack, path, { method, headers, body: JSON.stringify(body) });

beforeAll(async () => {
  gateway = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => {
      raw += chunk;
    });
    request.on('end', () => {
      const key = String(request.headers['idempotency-key'] ?? '');
      received.set(key, (received.get(key) ?? 0) + 1);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ messageId: `raw-${raw.length}-${received.size}` }));
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  restoreEnv = useHttpSmsGateway((gateway.address() as AddressInfo).port, 'race-secret');
  stack = await startTestStack();
  dispatcher = dispatcherOf(stack);
  city = (await signedIn(stack, { role: 'cityAdmin' })).headers;
  place.townId = (
    (await send('/api/towns', city, { districtId: 'wujin', name: '湖塘镇' })).body as { id: string }
  ).id;
}, 60_000);

afterAll(async () => {
  restoreEnv?.();
  await stack?.stop();
  await new Promise<void>((resolve) => gateway.close(() => resolve()));
});

describe('concurrent callers', () => {
  it('sends each due message once when two dispatchers run at the same time', async () => {
    // Prepare: 120 due messages, 10:00 Beijing time (outside quiet hours)
    const { enqueue } = await import('#functions/messages/index');
    const start = new Date('2026-12-09T02:00:00Z');
    const keys = Array.from({ length: 120 }, (_, i) => `race#${i}`);
    for (const [i, key] of keys.entries())
      await enqueue(
        key,
        {
          template: 'campaignRemind',
          params: { campaign: '冬季消防安全', deadline: '2026-12-31' },
          recipient: { phone: `137${String(i).padStart(8, '0')}` },
          enqueuedBy: 'job:test',
          districtId: 'wujin',
        },
        start,
      );

    // Act: two runs (different minutes, so neither is skipped as the same period) racing on the same messages
    await Promise.all([
      runJob(dispatcher, new Date(start.getTime() + 60_000)),
      runJob(dispatcher, new Date(start.getTime() + 120_000)),
    ]);

    // Assess: at the gateway, every key exactly once
    expect(keys.filter((key) => received.get(key) !== 1)).toEqual([]);
  });

  it('registers one of two enterprises that claim the same credit code at the same time', async () => {
    // Prepare
    const first = validEnterprise(place);
    const second = { ...validEnterprise(place), creditCode: first.creditCode };

    // Act
    const answers = await Promise.all([
      send('/api/enterprises', city, first),
      send('/api/enterprises', city, second),
    ]);

    // Assess
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const listed = await callApi(stack, `/api/enterprises?limit=100&townId=${place.townId}`, {
      headers: city,
    });
    const codes = (listed.body as { data: { creditCode: string }[] }).data.map((row) => row.creditCode);
    expect(codes.filter((code) => code === first.creditCode)).toHaveLength(1);
  });

  it('writes one audit entry per write when 40 supervisor writes land at once', async () => {
    // Prepare
    const before = await auditCount();

    // Act
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        send('/api/grids', city, { townId: place.townId, name: `并发网格${i}` }),
      ),
    );

    // Assess
    expect(answers.every((answer) => answer.status === 201)).toBe(true);
    expect((await auditCount()) - before).toBe(40);
  });

  it('imports a file once when three workers take the same upload at the same time', async () => {
    // Prepare: a task, its file put straight into the bucket (the event bus starts one worker)
    const rows = Array.from({ length: 30 }, () =>
      makeSheetRow({ district: '武进区', town: '湖塘镇', grid: '' }),
    );
    const bytes = writeXlsx(sheetCells(rows));
    const started = await send('/api/enterprise-imports', city, {
      fileName: '并发导入.xlsx',
      format: 'xlsx',
      size: bytes.length,
    });
    const { task, upload } = started.body as {
      task: { id: string };
      upload: { fields: Record<string, string> };
    };
    const key = upload.fields.key ?? '';
    const s3 = new S3Client({
      endpoint: stack.endpoints.s3,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
    });
    const put = await s3.send(
      new PutObjectCommand({
        Bucket: 'changan-transfers',
        Key: key,
        Body: bytes,
        ContentType: upload.fields['Content-Type'],
      }),
    );
    s3.destroy();
    const event = {
      Records: [
        { s3: { bucket: { name: 'changan-transfers' }, object: { key, eTag: put.ETag?.replace(/"/g, '') } } },
      ],
    };

    // Act: two more workers beside the bus's own
    await Promise.allSettled([
      invoke('enterprises/events/import', event, 60_000),
      invoke('enterprises/events/import', event, 60_000),
    ]);
    await stack.whenIdle();

    // Assess: the task counts each row once and each code is registered once
    const done = (await callApi(stack, `/api/enterprise-imports/${task.id}`, { headers: city })).body;
    expect(done).toMatchObject({ status: 'DONE', total: 30, created: 30, failed: 0 });
    const listed = await callApi(stack, `/api/enterprises?limit=100&townId=${place.townId}`, {
      headers: city,
    });
    const codes = (listed.body as { data: { creditCode: string }[] }).data.map((row) => row.creditCode);
    const imported = rows.map((row) => row.统一社会信用代码);
    expect(codes.filter((code) => imported.includes(code)).sort()).toEqual([...imported].sort());
  });
});

describe('concurrent imports', () => {
  it('registers each credit code once when two imports of the same new codes run at the same time', async () => {
    // Prepare: two tasks for files with the same 40 new codes (their new ids differ: they derive from the task)
    const rows = Array.from({ length: 40 }, () =>
      makeSheetRow({ district: '武进区', town: '湖塘镇', grid: '' }),
    );
    const bytes = writeXlsx(sheetCells(rows));
    const tasks = await Promise.all(
      ['甲.xlsx', '乙.xlsx'].map(async (fileName) => {
        const started = await send('/api/enterprise-imports', city, {
          fileName,
          format: 'xlsx',
          size: bytes.length,
        });
        return started.body as { task: { id: string }; upload: { fields: Record<string, string> } };
      }),
    );
    const s3 = new S3Client({
      endpoint: stack.endpoints.s3,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
    });

    // Act: both uploads land at once; the event bus starts a worker for each
    await Promise.all(
      tasks.map(({ upload }) =>
        s3.send(new PutObjectCommand({ Bucket: 'changan-transfers', Key: upload.fields.key, Body: bytes })),
      ),
    );
    s3.destroy();
    await stack.whenIdle();

    // Assess: every code is registered once, and created by one of the two imports only
    const done = await Promise.all(
      tasks.map(
        async ({ task }) =>
          (await callApi(stack, `/api/enterprise-imports/${task.id}`, { headers: city })).body as {
            status: string;
            created: number;
          },
      ),
    );
    expect(done.map((task) => task.status)).toEqual(['DONE', 'DONE']);
    expect(done.reduce((sum, task) => sum + task.created, 0)).toBe(40);
    const listed = await callApi(stack, `/api/enterprises?limit=100&townId=${place.townId}`, {
      headers: city,
    });
    const codes = (listed.body as { data: { creditCode: string }[] }).data.map((row) => row.creditCode);
    for (const row of rows) expect(codes.filter((code) => code === row.统一社会信用代码)).toHaveLength(1);
  });
});

/** Items in the audit table, read straight from the emulator (all pages). */
async function auditCount(): Promise<number> {
  const { DynamoDBClient, ScanCommand } = await import('@aws-sdk/client-dynamodb');
  const client = new DynamoDBClient({ endpoint: stack.endpoints.dynamo });
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({ TableName: 'audit', Select: 'COUNT', ExclusiveStartKey: start as never }),
    );
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  client.destroy();
  return count;
}
