import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { consoleDist } from '#infra/local/console-build';
import { serveStatic } from '#infra/local/static-files';

/**
 * The phone's API as the team's contract describes it (brief: risk-point codes, uploads with presigned POSTs,
 * photos, scans, hazards), served next to the built pages by one plain HTTP server. Real sockets rather than
 * Playwright fulfilments, so that Chromium's network throttling applies to the API and the upload too.
 * The end-to-end test (done-when.test.ts) runs the same pages against the real local stack.
 */
export const POINT_TOKEN = 'Qm9pbGVyUm9vbURvb3JfMDAx';
export const ENTERPRISE_ID = 'ent-1';

const user = {
  id: 'u-ent-1',
  username: 'ent.safety',
  name: '张安全',
  role: 'enterpriseUser',
  scope: { districtId: 'wujin', townId: 'town-1', enterpriseId: ENTERPRISE_ID },
  isPrincipal: false,
  mustChangePassword: false,
};

export const scannedPoint = {
  riskPointId: 'rp-1',
  enterpriseId: ENTERPRISE_ID,
  enterpriseName: '常州市武进区喆堃机械有限公司',
  districtId: 'wujin',
  townId: 'town-1',
  classId: 'dust-1',
  className: '粉尘涉爆·除尘系统',
  name: '1号布袋除尘器',
  location: '抛光车间东侧',
  level: 'red',
  cycleDays: 1,
  status: 'active',
  nextDueAt: '2026-12-01T16:00:00.000Z',
  overdue: true,
  controls: ['除尘器泄爆口朝向安全区域', '每班清理积尘并记录'],
  checklist: [
    { itemId: 'c1', text: '泄爆片完好，无锈蚀变形', photoRequired: true },
    { itemId: 'c2', text: '锁气卸灰装置运行正常', photoRequired: false },
  ],
  canScan: true,
};

const listed = (id: string, name: string, nextDueAt: string, overdue: boolean) => ({
  id,
  name,
  location: '抛光车间',
  level: 'orange',
  status: 'active',
  nextDueAt,
  overdue,
  token: `${id}-token-0000000000000000`,
});

/** In the API's order (by id), not the phone's: the page puts the overdue ones first. */
export const listedPoints = [
  listed('rp-a', '2号打磨工位', '2026-12-30T16:00:00.000Z', false),
  listed('rp-b', '1号布袋除尘器', '2026-11-20T16:00:00.000Z', true),
  listed('rp-c', '喷漆房', '2026-11-28T16:00:00.000Z', true),
];

export interface Upload {
  photoId: string;
  contentType: string;
  bytes: Buffer;
}

/** What the fake saw, for the tests to assert on. */
export interface ContractState {
  policies: { photoId: string; kind: string; contentType: string }[];
  uploads: Upload[];
  scans: Record<string, unknown>[];
}

export interface ContractApi {
  url: string;
  state: ContractState;
  stop(): Promise<void>;
}

const readAll = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

const send = (response: ServerResponse, status: number, body?: unknown) => {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(body === undefined ? '' : JSON.stringify(body));
};

/** The `file` part of a multipart form (the presigned POST), and the form's `key` field. */
export function fileOfForm(body: Buffer, contentType: string): { key: string; file: Buffer } {
  const boundary = Buffer.from(`--${/boundary=(.+)$/.exec(contentType)?.[1] ?? ''}`);
  const parts: Buffer[] = [];
  let start = body.indexOf(boundary);
  while (start >= 0) {
    const next = body.indexOf(boundary, start + boundary.length);
    if (next < 0) break;
    parts.push(body.subarray(start + boundary.length + 2, next - 2));
    start = next;
  }
  const field = (name: string) => parts.find((part) => part.includes(`name="${name}"`));
  const contentOf = (part: Buffer | undefined) =>
    part?.subarray(part.indexOf('\r\n\r\n') + 4) ?? Buffer.alloc(0);
  return { key: contentOf(field('key')).toString(), file: contentOf(field('file')) };
}

export async function startContractApi(): Promise<ContractApi> {
  const state: ContractState = { policies: [], uploads: [], scans: [] };
  let url = '';
  const answer = async (request: IncomingMessage, response: ServerResponse, path: string) => {
    const method = request.method ?? 'GET';
    const body = await readAll(request);
    const json = () => JSON.parse(body.toString() || '{}') as Record<string, unknown>;
    if (method === 'POST' && path === '/api/auth/login')
      return send(response, 200, { token: 'token-1', expiresAt: '2099-01-01T00:00:00.000Z', user });
    if (method === 'GET' && path === `/api/risk-point-codes/${POINT_TOKEN}`)
      return send(response, 200, scannedPoint);
    if (method === 'GET' && path.startsWith('/api/risk-point-codes/'))
      return send(response, 404, { error: { code: 'NOT_FOUND', message: '二维码无效或已更换' } });
    if (method === 'POST' && path === '/api/uploads') {
      const { kind, contentType } = json() as { kind: string; contentType: string };
      const photoId = `ph-${state.policies.length + 1}`;
      state.policies.push({ photoId, kind, contentType });
      const upload = {
        url: `${url}/bucket`,
        fields: { key: `${kind}/wujin/${ENTERPRISE_ID}/${photoId}.jpg`, 'Content-Type': contentType },
      };
      return send(response, 201, {
        photoId,
        status: 'PENDING',
        key: upload.fields.key,
        expiresAt: '',
        maxBytes: 10485760,
        upload,
      });
    }
    if (method === 'POST' && path === '/bucket') {
      const { key, file } = fileOfForm(body, request.headers['content-type'] ?? '');
      const photoId = /\/(ph-\d+)\.jpg$/.exec(key)?.[1] ?? '';
      state.uploads.push({ photoId, contentType: request.headers['content-type'] ?? '', bytes: file });
      response.writeHead(204).end();
      return;
    }
    if (method === 'GET' && path.startsWith('/api/photos/')) {
      const photoId = path.slice('/api/photos/'.length);
      const uploaded = state.uploads.some((upload) => upload.photoId === photoId);
      return send(response, 200, { id: photoId, status: uploaded ? 'VERIFIED' : 'PENDING' });
    }
    if (method === 'POST' && path === '/api/scans') {
      const scan = json();
      const replay = state.scans.find((each) => each.clientScanId === scan.clientScanId);
      if (!replay) state.scans.push(scan);
      return send(response, replay ? 200 : 201, { id: `scan-${state.scans.length}`, ...scan });
    }
    if (method === 'GET' && path === '/api/risk-points')
      return send(response, 200, { data: listedPoints, nextCursor: null });
    if (method === 'GET' && path === '/api/hazards')
      return send(response, 200, { data: [], nextCursor: null });
    send(response, 404, { error: { code: 'NOT_FOUND', message: '接口不存在' } });
  };
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith('/api/') || path === '/bucket') void answer(request, response, path);
    else serveStatic(consoleDist, path, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, state, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
