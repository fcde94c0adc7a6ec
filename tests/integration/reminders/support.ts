import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake SMS gateway that counts every request per idempotency key and never dedupes: a message sent twice
 * shows as 2 here (the check the reminders and dispatcher tests make). Always answers 200.
 */
export function countingGateway() {
  const byKey = new Map<string, number>();
  const texts = new Map<string, string>();
  let total = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      total += 1;
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string; text: string };
      byKey.set(body.id, (byKey.get(body.id) ?? 0) + 1);
      texts.set(body.id, body.text);
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ messageId: `gw-${total}` }));
    });
  });
  return {
    byKey,
    texts,
    total: () => total,
    start: () =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
      ),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const DAY = 24 * 3600 * 1000;
export const daysBefore = (at: Date, days: number, ms = 0) =>
  new Date(at.getTime() - days * DAY - ms).toISOString();

let serial = 0;
/** A risk point item as the risk-points store writes it, at a chosen `nextDueAt` (setup writes it directly). */
export function pointItem(input: {
  enterpriseId: string;
  enterpriseName: string;
  districtId: string;
  townId: string;
  level: 'red' | 'orange' | 'yellow' | 'blue';
  nextDueAt: string;
  status?: 'active' | 'retired';
}) {
  serial += 1;
  const at = '2026-10-01T00:00:00.000Z';
  return {
    riskPointId: `rp-reminder-${serial}`,
    classId: 'rc-confined-01',
    className: '有限空间',
    name: `${serial} 号风险点`,
    location: '厂区',
    cycleDays: 7,
    controls: ['通风检测'],
    responsible: { name: '王建国' },
    status: input.status ?? 'active',
    token: `tok-reminder-${serial}`,
    codeIssuedAt: at,
    version: 1,
    createdBy: 'test',
    createdAt: at,
    updatedAt: at,
    ...input,
  };
}

/** A hazard item as the hazards store writes it, at a chosen deadline and status. */
export function hazardItem(input: {
  enterpriseId: string;
  districtId: string;
  townId: string;
  deadline: string;
  status?: 'OPEN' | 'RECTIFIED' | 'CLOSED';
}) {
  serial += 1;
  const at = '2026-10-01T00:00:00.000Z';
  return {
    hazardId: `hz-reminder-${serial}`,
    source: 'supervisor' as const,
    level: 'general' as const,
    description: `隐患${serial}：消防通道堵塞`,
    status: input.status ?? 'OPEN',
    photoIds: [],
    history: [],
    createdBy: 'test',
    createdByName: '测试',
    createdAt: at,
    updatedAt: at,
    version: 1,
    ...input,
  };
}
