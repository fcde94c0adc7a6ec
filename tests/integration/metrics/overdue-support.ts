import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { invoke } from '#infra/local/handlers';
import type { LocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import { validEnterprise } from '#tests/fixtures/enterprises';
import { callApi } from '#tests/fixtures/local-stack';

type Headers = Record<string, string>;

/** Beijing 2026-12-02 10:00 (02:00Z): instant 1. Instant 2 is Beijing midnight ending 12-02; 3 an hour later. */
export const I1 = new Date('2026-12-02T02:00:00Z');
export const I2 = new Date('2026-12-02T16:00:00Z');
export const I3 = new Date('2026-12-02T17:00:00Z');

/**
 * 武进区 town A (E1 in grid G1, E2 outside any grid) and town B (E3); 溧阳市 town C (E4). Points, by due time:
 * - E1: red due 12-01 (overdue), red due 12-03, orange due 11-30 (overdue), blue due 2027-01
 * - E2: orange due 11-28 (overdue), yellow due 12-10
 * - E3: yellow due 11-01 (overdue)
 * - E4: red due 12-02T01:59Z (overdue a minute at I1), blue due exactly I1 (not overdue), and a retired red
 *   point long overdue (not active: never counted)
 * Between I1 and I2 E1's orange point is scanned (due 12-09), so at I2 it is no longer overdue.
 */
export async function buildOverdueCity(stack: LocalStack) {
  const city = await signedIn(stack, { role: 'cityAdmin' });
  const post = async (path: string, body: unknown) => {
    const answer = await callApi(stack, path, {
      method: 'POST',
      headers: city.headers,
      body: JSON.stringify(body),
    });
    if (answer.status !== 201)
      throw new Error(`setup ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return (answer.body as { id: string }).id;
  };
  const townA = await post('/api/towns', { districtId: 'wujin', name: '逾期甲镇' });
  const townB = await post('/api/towns', { districtId: 'wujin', name: '逾期乙镇' });
  const townC = await post('/api/towns', { districtId: 'liyang', name: '逾期丙镇' });
  const gridG1 = await post('/api/grids', { townId: townA, name: '逾期第1网格' });
  const firm = (districtId: string, townId: string, gridId: string | null, name: string) =>
    post('/api/enterprises', { ...validEnterprise({ districtId, townId, gridId }), name });
  const E1 = await firm('wujin', townA, gridG1, '逾期甲厂');
  const E2 = await firm('wujin', townA, null, '逾期乙厂');
  const E3 = await firm('wujin', townB, null, '逾期丙厂');
  const E4 = await firm('liyang', townC, null, '逾期丁厂');
  const place: Record<
    string,
    { enterpriseName: string; districtId: string; townId: string; gridId?: string }
  > = {
    [E1]: { enterpriseName: '逾期甲厂', districtId: 'wujin', townId: townA, gridId: gridG1 },
    [E2]: { enterpriseName: '逾期乙厂', districtId: 'wujin', townId: townA },
    [E3]: { enterpriseName: '逾期丙厂', districtId: 'wujin', townId: townB },
    [E4]: { enterpriseName: '逾期丁厂', districtId: 'liyang', townId: townC },
  };
  const points: [string, string, 'red' | 'orange' | 'yellow' | 'blue', string, ('retired' | undefined)?][] = [
    ['p1', E1, 'red', '2026-12-01T00:00:00.000Z'],
    ['p2', E1, 'red', '2026-12-03T00:00:00.000Z'],
    ['p3', E1, 'orange', '2026-11-30T00:00:00.000Z'],
    ['p4', E1, 'blue', '2027-01-15T00:00:00.000Z'],
    ['p5', E2, 'orange', '2026-11-28T00:00:00.000Z'],
    ['p6', E2, 'yellow', '2026-12-10T00:00:00.000Z'],
    ['p7', E3, 'yellow', '2026-11-01T00:00:00.000Z'],
    ['p8', E4, 'red', '2026-12-02T01:59:00.000Z'],
    ['p9', E4, 'blue', '2026-12-02T02:00:00.000Z'],
    ['p10', E4, 'red', '2026-10-01T00:00:00.000Z', 'retired'],
  ];
  for (const [id, enterpriseId, level, nextDueAt, status] of points)
    await putPoint(`ov-${id}`, {
      enterpriseId,
      ...(place[enterpriseId] as (typeof place)[string]),
      level,
      nextDueAt,
      status: status ?? 'active',
    });
  const user = async (input: Parameters<typeof signedIn>[1]) => (await signedIn(stack, input)).headers;
  return {
    towns: { townA, townB, townC },
    grids: { gridG1 },
    firms: { E1, E2, E3, E4 },
    headers: {
      city: city.headers,
      wujin: await user({ role: 'districtAdmin', districtId: 'wujin' }),
      townA: await user({ role: 'townOfficer', districtId: 'wujin', townId: townA }),
      gridG1: await user({ role: 'gridMember', districtId: 'wujin', townId: townA, gridId: gridG1 }),
      firmE1: await user({ role: 'enterpriseUser', districtId: 'wujin', enterpriseId: E1 }),
    } satisfies Record<string, Headers>,
  };
}

export async function putPoint(
  riskPointId: string,
  fields: {
    enterpriseId: string;
    enterpriseName: string;
    districtId: string;
    townId: string;
    gridId?: string;
    level: 'red' | 'orange' | 'yellow' | 'blue';
    nextDueAt: string;
    status: 'active' | 'retired';
  },
) {
  // Imported late: the entity's client reads the stack's endpoint when first loaded.
  const { riskPoint } = await import('#functions/risk-points/store/entities/risk-point');
  await riskPoint
    .put({
      riskPointId,
      ...fields,
      classId: `class-${fields.level}`,
      className: `${fields.level}类`,
      name: `风险点${riskPointId}`,
      location: '一号车间',
      cycleDays: 1,
      controls: ['按周期检查'],
      responsible: { name: '王工' },
      token: `tok${riskPointId}`,
      codeIssuedAt: '2026-10-01T00:00:00.000Z',
      version: 1,
      createdBy: 'test',
      createdAt: '2026-10-01T00:00:00.000Z',
      updatedAt: '2026-10-01T00:00:00.000Z',
    })
    .go();
}

/** Runs the manifest's overdue job at `at`, as one run or as one segment of several. */
export async function runOverdue(
  stack: LocalStack,
  at: Date,
  segments?: { segment: number; totalSegments: number },
) {
  const job = stack.bindings.jobs.find((candidate) => candidate.name === 'overdue');
  if (!job) throw new Error('the manifest has no overdue job');
  return invoke(job.module, { at: at.toISOString(), ...segments }, job.timeoutMs);
}

/**
 * Runs `act` while every DynamoDB request of the overdue job after its first `writes` BatchWriteItem requests is
 * cut off: what a Lambda killed mid-write leaves (some snapshot rows written, the rest and the pointer not).
 */
export async function killedAfterWrites<T>(stack: LocalStack, writes: number, act: () => Promise<T>) {
  const { host } = new URL(stack.endpoints.dynamo);
  let seen = 0;
  const onStart = (message: unknown) => {
    const { request } = message as { request: ClientRequest };
    if (String(request.getHeader('host') ?? '') !== host) return;
    if (request.getHeader('x-changan-function') !== 'overdue') return;
    if (String(request.getHeader('x-amz-target')).endsWith('.BatchWriteItem')) seen += 1;
    if (seen > writes) request.destroy(new Error('killed'));
  };
  subscribe('http.client.request.start', onStart);
  try {
    return await act().then(
      () => 'finished',
      () => 'killed',
    );
  } finally {
    unsubscribe('http.client.request.start', onStart);
  }
}

export const getOverdue = (stack: LocalStack, headers: Headers, query: string) =>
  callApi(stack, `/api/metrics/overdue?${query}`, { headers });
