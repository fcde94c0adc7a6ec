import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import { validEnterprise } from '#tests/fixtures/enterprises';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';

type Headers = Record<string, string>;
interface Sheet {
  id: string;
  status: string;
  total: number;
  processed: number;
  skipped: number;
  downloadUrl?: string;
}

let stack: LocalStack;
let city: Headers;
let dir: string;
const mine = { id: '', name: '', points: [] as string[] };
const theirs = { id: '', name: '', points: [] as string[] };

async function send(method: string, path: string, headers: Headers, body?: unknown) {
  return callApi(stack, path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function made(path: string, body: unknown): Promise<{ id: string; name: string }> {
  const answer = await send('POST', path, city, body);
  if (answer.status !== 201) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as { id: string; name: string };
}

/** Starts a sheet, lets the worker finish it and reads it back. */
async function printed(headers: Headers, selection: unknown): Promise<{ started: Sheet; done: Sheet }> {
  const answer = await send('POST', '/api/label-sheets', headers, selection);
  expect(answer.status).toBe(201);
  const started = answer.body as Sheet;
  await stack.whenIdle();
  const done = (await send('GET', `/api/label-sheets/${started.id}`, headers)).body as Sheet;
  return { started, done };
}

/** The sheet's text as pdftotext reads it (poppler-utils, as .ci/run installs it), without white space. */
async function sheetText(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, new Uint8Array(await response.arrayBuffer()));
  // -raw: in drawing order, so a name wrapped over two lines of one label reads as one once spaces are dropped
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

beforeAll(async () => {
  stack = await startTestStack();
  dir = mkdtempSync(join(tmpdir(), 'label-sheets-'));
  ({ headers: city } = await signedIn(stack, { role: 'cityAdmin' }));
  const town = await made('/api/towns', { districtId: 'wujin', name: '湖塘镇' });
  const grid = await made('/api/grids', { townId: town.id, name: '湖塘镇第1网格' });
  const place = { districtId: 'wujin', townId: town.id, gridId: grid.id };
  for (const [enterprise, name] of [
    [mine, '常州喆堃精密机械有限公司'],
    [theirs, '常州犇昇珺彧赟纺织有限公司'],
  ] as const) {
    const record = await made('/api/enterprises', { ...validEnterprise(place), name });
    enterprise.id = record.id;
    enterprise.name = record.name;
    for (const point of ['液氨制冷机房', '铝镁粉尘除尘系统'])
      enterprise.points.push(
        (
          await made('/api/risk-points', {
            classId: 'rc-confined-01',
            enterpriseId: record.id,
            name: `${point}（${name.slice(2, 4)}）`,
            location: '二号车间东侧',
            responsible: { name: '王建国', phone: '13812345678' },
          })
        ).id,
      );
  }
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('printing label sheets', () => {
  it("prints an enterprise user's own selected points and skips the other enterprise's ids without naming them", async () => {
    // Prepare
    const { headers } = await signedIn(stack, {
      role: 'enterpriseUser',
      districtId: 'wujin',
      enterpriseId: mine.id,
    });

    // Act
    const { started, done } = await printed(headers, { ids: [...mine.points, theirs.points[0]] });

    // Assess
    expect(started).toMatchObject({ status: 'PENDING', total: 3, processed: 0, skipped: 0 });
    expect(done).toMatchObject({ status: 'DONE', total: 2, processed: 2, skipped: 1 });
    const text = await sheetText(done.downloadUrl ?? '');
    expect(text).toContain(mine.name);
    expect(text).toContain('扫码自查');
    expect(text).not.toContain(theirs.name);
  });

  it("prints by filter only the enterprise user's own points, whatever the filter names", async () => {
    // Prepare
    const { headers } = await signedIn(stack, {
      role: 'enterpriseUser',
      districtId: 'wujin',
      enterpriseId: mine.id,
    });

    // Act
    const own = await printed(headers, { filter: {} });
    const other = await printed(headers, { filter: { enterpriseId: theirs.id } });

    // Assess
    expect(own.done).toMatchObject({ status: 'DONE', total: 2, processed: 2, skipped: 0 });
    expect(other.done).toMatchObject({ status: 'DONE', total: 0, skipped: 0 });
    expect(await sheetText(own.done.downloadUrl ?? '')).not.toContain(theirs.name);
  });

  it("prints a district admin's filter across enterprises, with every rare name character as text", async () => {
    // Prepare
    const { headers } = await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' });

    // Act
    const { done } = await printed(headers, { filter: { districtId: 'wujin' } });

    // Assess
    expect(done).toMatchObject({ status: 'DONE', total: 4, processed: 4 });
    const text = await sheetText(done.downloadUrl ?? '');
    expect(text).toContain(mine.name);
    expect(text).toContain(theirs.name);
    // rc-confined-01 (有限空间) is a 较大 class
    expect(text).toContain('较大风险');
  });

  it("hides a sheet from another enterprise's user (404) and refuses a body with both ids and a filter", async () => {
    // Prepare
    const { headers: owner } = await signedIn(stack, {
      role: 'enterpriseUser',
      districtId: 'wujin',
      enterpriseId: mine.id,
    });
    const { headers: stranger } = await signedIn(stack, {
      role: 'enterpriseUser',
      districtId: 'wujin',
      enterpriseId: theirs.id,
    });
    const { started } = await printed(owner, { filter: {} });

    // Act
    const read = await send('GET', `/api/label-sheets/${started.id}`, stranger);
    const both = await send('POST', '/api/label-sheets', owner, { ids: mine.points, filter: {} });

    // Assess
    expect(read.status).toBe(404);
    expect(both.status).toBe(400);
    expect(JSON.stringify(both.body)).toContain('二者选一');
  });
});
