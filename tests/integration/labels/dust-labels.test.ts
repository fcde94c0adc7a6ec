import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelCell } from '#functions/labels/domain/layout';
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
  message?: string;
}
interface Site {
  id: string;
  token: string;
}

const ORIGIN = 'https://changan.example.cn';
const DPI = 150;
let stack: LocalStack;
let city: Headers;
let dir: string;
let previousOrigin: string | undefined;
const mine = { id: '', name: '常州喆堃铝制品有限公司', sites: [] as Site[] };
const theirs = { id: '', name: '常州犇昇木业有限公司', sites: [] as Site[] };

async function send(method: string, path: string, headers: Headers, body?: unknown) {
  return callApi(stack, path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function made<T>(path: string, body: unknown): Promise<T> {
  const answer = await send('POST', path, city, body);
  if (answer.status !== 201) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as T;
}

async function printed(headers: Headers, selection: unknown): Promise<Sheet> {
  const answer = await send('POST', '/api/label-sheets', headers, selection);
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  await stack.whenIdle();
  return (await send('GET', `/api/label-sheets/${(answer.body as Sheet).id}`, headers)).body as Sheet;
}

/** The sheet rendered by pdftoppm, and what the QR code of each of its first page's labels says. */
async function decodedCodes(url: string, labels: number): Promise<(string | null)[]> {
  const response = await fetch(url);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  const name = Math.random().toString(36).slice(2);
  writeFileSync(join(dir, `${name}.pdf`), new Uint8Array(await response.arrayBuffer()));
  execFileSync('pdftoppm', [
    '-r',
    String(DPI),
    '-f',
    '1',
    '-l',
    '1',
    '-png',
    join(dir, `${name}.pdf`),
    join(dir, name),
  ]);
  const file = readdirSync(dir).find((entry) => entry.startsWith(name) && entry.endsWith('.png')) as string;
  const page = PNG.sync.read(readFileSync(join(dir, file)));
  return Array.from({ length: labels }, (_, index) => {
    const cell = labelCell(index);
    const scale = DPI / 72;
    const [x, y] = [Math.round(cell.x * scale) + 3, Math.round(cell.y * scale) + 3];
    const [width, height] = [Math.floor(cell.width * scale) - 6, Math.floor(cell.height * scale) - 6];
    const data = new Uint8ClampedArray(width * height * 4);
    for (let row = 0; row < height; row++) {
      const from = ((y + row) * page.width + x) * 4;
      data.set(page.data.subarray(from, from + width * 4), row * width * 4);
    }
    return jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  });
}

/** The sheet's text without white space (pdftotext -raw, drawing order). */
async function sheetText(url: string): Promise<string> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, new Uint8Array(await (await fetch(url)).arrayBuffer()));
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

beforeAll(async () => {
  previousOrigin = process.env.CONSOLE_ORIGIN;
  process.env.CONSOLE_ORIGIN = ORIGIN;
  stack = await startTestStack();
  dir = mkdtempSync(join(tmpdir(), 'dust-labels-'));
  ({ headers: city } = await signedIn(stack, { role: 'cityAdmin' }));
  const town = await made<{ id: string }>('/api/towns', { districtId: 'wujin', name: '湖塘镇' });
  const grid = await made<{ id: string }>('/api/grids', { townId: town.id, name: '湖塘镇第1网格' });
  const place = { districtId: 'wujin', townId: town.id, gridId: grid.id };
  for (const enterprise of [mine, theirs]) {
    const record = await made<{ id: string }>('/api/enterprises', {
      ...validEnterprise(place),
      name: enterprise.name,
      flags: ['dust'],
    });
    enterprise.id = record.id;
    for (const [name, dustType] of [
      ['一号抛光车间', '铝粉'],
      ['二号打磨工位', '木粉'],
    ] as const)
      enterprise.sites.push(
        await made<Site>('/api/dust-sites', {
          enterpriseId: record.id,
          name,
          location: '厂区南侧二号厂房',
          dustType,
          contactPhone: '13812345678',
        }),
      );
  }
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  rmSync(dir, { recursive: true, force: true });
  if (previousOrigin === undefined) delete process.env.CONSOLE_ORIGIN;
  else process.env.CONSOLE_ORIGIN = previousOrigin;
});

describe('printing dust site labels (场所码)', () => {
  it('prints the selected sites with QR codes that open the daily upload page /m/d/<token>', async () => {
    // Prepare
    const [first, second] = mine.sites as [Site, Site];

    // Act
    const done = await printed(city, { kind: 'dustSite', ids: [first.id, second.id] });

    // Assess
    expect(done).toMatchObject({ status: 'DONE', total: 2, processed: 2, skipped: 0 });
    expect(await decodedCodes(done.downloadUrl ?? '', 2)).toEqual([
      `https://changan.example.cn/m/d/${first.token}`,
      `https://changan.example.cn/m/d/${second.token}`,
    ]);
    const text = await sheetText(done.downloadUrl ?? '');
    expect(text).toContain('涉爆粉尘·铝粉');
    expect(text).toContain('常州喆堃铝制品有限公司');
    expect(text).toContain('一号抛光车间');
    expect(text).toContain('铝粉');
    expect(text).not.toContain('扫码自查');
  }, 60_000);

  it("prints by enterprise only that enterprise's active sites, and an enterprise user only its own", async () => {
    // Prepare
    const retired = theirs.sites[1] as Site;
    expect((await send('DELETE', `/api/dust-sites/${retired.id}`, city)).status).toBe(204);
    const { headers: owner } = await signedIn(stack, {
      role: 'enterpriseUser',
      districtId: 'wujin',
      enterpriseId: mine.id,
    });

    // Act
    const theirSheet = await printed(city, { kind: 'dustSite', filter: { enterpriseId: theirs.id } });
    const ownAll = await printed(owner, { kind: 'dustSite', filter: {} });
    const ownPick = await printed(owner, { kind: 'dustSite', ids: [mine.sites[0]?.id, theirs.sites[0]?.id] });
    const { headers: liyang } = await signedIn(stack, { role: 'districtAdmin', districtId: 'liyang' });
    const elsewhereAll = await printed(liyang, { kind: 'dustSite', filter: {} });
    const elsewherePick = await printed(liyang, { kind: 'dustSite', ids: [mine.sites[0]?.id] });

    // Assess
    expect(theirSheet).toMatchObject({ status: 'DONE', total: 1 });
    expect(await decodedCodes(theirSheet.downloadUrl ?? '', 1)).toEqual([
      `https://changan.example.cn/m/d/${theirs.sites[0]?.token}`,
    ]);
    expect(ownAll).toMatchObject({ status: 'DONE', total: 2, skipped: 0 });
    expect(await sheetText(ownAll.downloadUrl ?? '')).not.toContain('常州犇昇木业有限公司');
    expect(ownPick).toMatchObject({ status: 'DONE', total: 1, skipped: 1 });
    expect(elsewhereAll).toMatchObject({ status: 'DONE', total: 0 });
    expect(elsewherePick).toMatchObject({ status: 'DONE', total: 0, skipped: 1 });
  }, 60_000);

  it('stops printing a code once it is re-issued: the sheet carries the new token', async () => {
    // Prepare
    const site = mine.sites[0] as Site;
    const reissued = await send('POST', `/api/dust-sites/${site.id}/code`, city, {});
    const token = (reissued.body as Site).token;

    // Act
    const done = await printed(city, { kind: 'dustSite', ids: [site.id] });

    // Assess
    expect(token).not.toBe(site.token);
    expect(await decodedCodes(done.downloadUrl ?? '', 1)).toEqual([
      `https://changan.example.cn/m/d/${token}`,
    ]);
  }, 60_000);

  it('refuses risk point filters and an unknown kind for a dust sheet, in Chinese', async () => {
    // Act
    const level = await send('POST', '/api/label-sheets', city, {
      kind: 'dustSite',
      filter: { level: 'red' },
    });
    const kind = await send('POST', '/api/label-sheets', city, { kind: 'hazard', filter: {} });

    // Assess
    expect(level.status).toBe(400);
    expect(JSON.stringify(level.body)).toContain('不按风险类别、等级或超期');
    expect(kind.status).toBe(400);
    expect(JSON.stringify(kind.body)).toContain('标签种类须为');
  });
});
