import { S3Client } from '@aws-sdk/client-s3';
import { expect } from 'vitest';
import type { Enterprise } from '#functions/enterprises/schemas/enterprises';
import { writeXlsx } from '#functions/platform/files/xlsx-writer';
import { sheetCells } from '#tests/fixtures/enterprise-sheets';
import {
  city,
  type Headers,
  idOf,
  send,
  stack,
  startEnterpriseStack,
  stopEnterpriseStack,
} from '#tests/integration/enterprises/support';

/** What the import and export tests share, over the stack of `startEnterpriseStack` (live bindings). */
export interface ImportTask {
  id: string;
  status: string;
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  errors: { row: number; column: string; reason: string }[];
  /** The name-index phase after DONE: new enterprises' tokens built so far, of `indexTotal`. */
  indexed: number;
  indexTotal: number;
  indexStatus: 'RUNNING' | 'DONE' | 'DEFERRED';
  reportUrl?: string;
  message?: string;
}

export let s3: S3Client;
/** 武进区 town 湖塘镇 with 湖塘一网格, and 溧阳市 town 天目湖镇. */
export const wujin = { district: '武进区', town: '湖塘镇', grid: '湖塘一网格', townId: '', gridId: '' };
export const liyang = { district: '溧阳市', town: '天目湖镇', grid: '', townId: '' };

export async function startTransfersStack() {
  await startEnterpriseStack();
  s3 = new S3Client({
    endpoint: stack.endpoints.s3,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  wujin.townId = idOf(await send('POST', '/api/towns', city, { districtId: 'wujin', name: wujin.town }));
  wujin.gridId = idOf(await send('POST', '/api/grids', city, { townId: wujin.townId, name: wujin.grid }));
  liyang.townId = idOf(await send('POST', '/api/towns', city, { districtId: 'liyang', name: liyang.town }));
}

export async function stopTransfersStack() {
  s3?.destroy();
  await stopEnterpriseStack();
}

export const taskOf = async (id: string, headers: Headers = city) =>
  (await send('GET', `/api/enterprise-imports/${id}`, headers)).body as ImportTask;
export const xlsx = (rows: Record<string, string>[], name = '企业名单.xlsx') => ({
  name,
  format: 'xlsx' as const,
  bytes: writeXlsx(sheetCells(rows)),
});

export async function enterprisesOfTown(townId: string): Promise<Enterprise[]> {
  const all: Enterprise[] = [];
  let cursor: string | null = null;
  do {
    const answer = await send(
      'GET',
      `/api/enterprises?limit=100&townId=${townId}${cursor ? `&cursor=${cursor}` : ''}`,
      city,
    );
    const page = answer.body as { data: Enterprise[]; nextCursor: string | null };
    all.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

export async function download(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}
