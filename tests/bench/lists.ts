import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '#functions/platform/principal';
import { type LocalStack, startLocalStack } from '#infra/local/stack';
import { BENCH_PASSWORD, SEED_VERSION, type SeededCity } from '#tests/bench/lists-city';
import { countByAction, dynamoRequestsDuring } from '#tests/fixtures/dynamo-requests';

/** `BENCH_ENTERPRISES=2000` for a quick look; the city scale is the default. */
const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 32_800);
const DIR = ENTERPRISES === 32_800 ? '.bench/lists' : `.bench/lists-${ENTERPRISES}`;
const PAGE = 25;
const RUNS = 25;
type Role = keyof SeededCity['usernames'];

/** The city of the benchmark: seeded once (a few minutes) into `.bench/lists`, reused while its version holds. */
function ensureCity(fresh: boolean): SeededCity {
  const marker = join(DIR, 'seeded.json');
  const known = existsSync(marker) ? (JSON.parse(readFileSync(marker, 'utf8')) as SeededCity) : null;
  if (known && known.version === SEED_VERSION && known.enterprises === ENTERPRISES && !fresh) return known;
  rmSync(DIR, { recursive: true, force: true });
  console.log(`  seeding the city into ${DIR} (once; \`npm run bench -- lists --fresh\` seeds it again)`);
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'tests/bench/lists-seed.ts', DIR, String(ENTERPRISES)],
    {
      stdio: 'inherit',
    },
  );
  if (child.status !== 0) throw new Error(`seeding failed (${child.status})`);
  return JSON.parse(readFileSync(marker, 'utf8')) as SeededCity;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** p50 of `act` and of the raw Query, run alternately so that both see the same machine. */
async function measure(act: () => Promise<unknown>, raw: () => Promise<unknown>) {
  for (let i = 0; i < 3; i += 1) await act();
  const own: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    let started = performance.now();
    await raw();
    base.push(performance.now() - started);
    started = performance.now();
    await act();
    own.push(performance.now() - started);
  }
  return { ms: median(own), raw: median(base) };
}

interface Case {
  list: string;
  role: Role;
  /** The store call, as the route handler makes it. */
  store: (principal: Principal) => Promise<{ data: unknown[] }>;
  /** The same page through the local gateway (authentication, the handler, JSON). */
  path: string;
  /** ≤ 2 for a list's first page, ≤ 3 for a search no name matches (issue 10, items 14 and 15). */
  target: number;
}

async function casesFor(city: SeededCity): Promise<Case[]> {
  const { listEnterprises } = await import('#functions/enterprises/store/list');
  const { listUsers } = await import('#functions/identity/store/user-lists');
  const { listTowns, listGrids } = await import('#functions/org/store/lists');
  const page = { limit: PAGE };
  const { townId, gridId } = city.place;
  const none = encodeURIComponent('并无此名的企业');
  const enterprises = (list: string, role: Role, filter: Record<string, string>, target = 2): Case => ({
    list,
    role,
    store: (principal) => listEnterprises(principal, filter as never, page),
    path: `/api/enterprises?limit=${PAGE}&${new URLSearchParams(filter)}`,
    target,
  });
  const users = (list: string, role: Role, filter: Record<string, string>, target = 2): Case => ({
    list,
    role,
    store: (principal) => listUsers(principal, filter as never, page),
    path: `/api/users?limit=${PAGE}&${new URLSearchParams(filter)}`,
    target,
  });
  return [
    enterprises('enterprises', 'cityAdmin', {}),
    enterprises('enterprises', 'districtAdmin', {}),
    enterprises('enterprises ?townId', 'districtAdmin', { townId }),
    enterprises('enterprises ?districtId&townId', 'cityAdmin', { districtId: 'wujin', townId }),
    enterprises('enterprises ?gridId', 'districtAdmin', { gridId }),
    enterprises('enterprises', 'townOfficer', {}),
    enterprises('enterprises ?gridId', 'townOfficer', { gridId }),
    enterprises('enterprises', 'gridMember', {}),
    enterprises('enterprises', 'enterpriseUser', {}),
    enterprises('enterprises ?status=正常生产 (a filter)', 'districtAdmin', { status: '正常生产' }),
    users('users', 'cityAdmin', {}),
    users('users', 'districtAdmin', {}),
    users('users ?townId', 'districtAdmin', { townId }),
    users('users ?role=gridMember', 'districtAdmin', { role: 'gridMember' }),
    {
      list: 'towns',
      role: 'cityAdmin',
      store: (p) => listTowns(p, {}, page),
      path: `/api/towns?limit=${PAGE}`,
      target: 2,
    },
    {
      list: 'towns',
      role: 'townOfficer',
      store: (p) => listTowns(p, {}, page),
      path: `/api/towns?limit=${PAGE}`,
      target: 2,
    },
    {
      list: 'grids',
      role: 'districtAdmin',
      store: (p) => listGrids(p, {}, page),
      path: `/api/grids?limit=${PAGE}`,
      target: 2,
    },
    {
      list: 'grids',
      role: 'gridMember',
      store: (p) => listGrids(p, {}, page),
      path: `/api/grids?limit=${PAGE}`,
      target: 2,
    },
    enterprises('search ?q=恒泰 (2 characters)', 'cityAdmin', { q: '恒泰' }),
    enterprises('search ?q=恒泰机械 (pairs + text)', 'districtAdmin', { q: '恒泰机械' }),
    enterprises('search, no match, whole city', 'cityAdmin', { q: decodeURIComponent(none) }, 3),
    enterprises('search, no match, district', 'districtAdmin', { q: decodeURIComponent(none) }, 3),
    users('user search ?q=town0 (username)', 'cityAdmin', { q: 'town0' }),
    users('user search, no match, whole city', 'cityAdmin', { q: '查无此人' }, 3),
  ];
}

async function signIn(stack: LocalStack, username: string): Promise<string> {
  const answer = await fetch(`${stack.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  });
  if (answer.status !== 200) throw new Error(`login ${username}: ${answer.status} ${await answer.text()}`);
  return ((await answer.json()) as { token: string }).token;
}

/** What the search did before the name index: every district's enterprises through a `contains` filter. */
async function filterWalk(q: string): Promise<{ ms: number; requests: number }> {
  const { sendCommand } = await import('#tests/fixtures/dynamo-commands');
  const { districtIds } = await import('#functions/platform/districts');
  const started = performance.now();
  let requests = 0;
  for (const districtId of districtIds) {
    let start: Record<string, unknown> | undefined;
    do {
      const answer = await sendCommand(
        new QueryCommand({
          TableName: 'main',
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk',
          FilterExpression: 'contains(#name, :q)',
          ExpressionAttributeNames: { '#name': 'name' },
          ExpressionAttributeValues: { ':pk': `$changan#districtid_${districtId}`, ':q': q },
          Limit: 500,
          ExclusiveStartKey: start,
        }),
      );
      requests += 1;
      start = answer.LastEvaluatedKey;
    } while (start);
  }
  return { ms: performance.now() - started, requests };
}

const fmt = (ms: number) => `${ms.toFixed(1).padStart(6)} ms`;

/**
 * `npm run bench -- lists`: every list's first page (25 rows) for each role at city scale, and searches that
 * match nothing, through the store and through the gateway, each next to a raw DynamoDB Query of 25 items of the
 * enterprise district index measured alternately in the same run (ratios; targets: ≤ 2 lists, ≤ 3 no-match).
 */
export async function runListsBench(): Promise<number> {
  const city = ensureCity(process.argv.includes('--fresh'));
  const stack = await startLocalStack({ port: 0, dataDir: DIR });
  try {
    const { findUserByUsername, principalOf } = await import('#functions/identity/store/users');
    const { sendCommand } = await import('#tests/fixtures/dynamo-commands');
    const principals = {} as Record<Role, Principal>;
    const tokens = {} as Record<Role, string>;
    for (const [role, username] of Object.entries(city.usernames) as [Role, string][]) {
      const record = await findUserByUsername(username);
      if (!record) throw new Error(`no account ${username} in ${DIR}: run with --fresh`);
      principals[role] = principalOf(record);
      tokens[role] = await signIn(stack, username);
    }
    const raw = () =>
      sendCommand(
        new QueryCommand({
          TableName: 'main',
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': '$changan#districtid_wujin' },
          Limit: PAGE,
        }),
      );
    console.log(
      `lists benchmark: ${city.enterprises} enterprises, ${city.users} accounts, ${city.items} items (seeded in ${city.seconds} s, kept in ${DIR}); page ${PAGE}, p50 of ${RUNS}; node ${process.version}`,
    );
    console.log(`  ${'list'.padEnd(40)}${'role'.padEnd(16)}   store  ×raw      api  ×raw   raw   target`);
    let missed = 0;
    for (const test of await casesFor(city)) {
      const principal = principals[test.role];
      const { requests } = await dynamoRequestsDuring(stack, () => test.store(principal));
      const counts = Object.entries(countByAction(requests))
        .map(([action, n]) => `${n} ${action}`)
        .join(', ');
      const store = await measure(() => test.store(principal), raw);
      const headers = { authorization: `Bearer ${tokens[test.role]}` };
      const api = await measure(async () => {
        const answer = await fetch(`${stack.url}${test.path}`, { headers });
        if (answer.status !== 200) throw new Error(`${test.path}: ${answer.status}`);
        await answer.arrayBuffer();
      }, raw);
      const [storeRatio, apiRatio] = [store.ms / store.raw, api.ms / api.raw];
      if (storeRatio > test.target) missed += 1;
      console.log(
        `  ${test.list.padEnd(40)}${test.role.padEnd(16)}${fmt(store.ms)} ${storeRatio.toFixed(2).padStart(5)} ${fmt(api.ms)} ${apiRatio.toFixed(2).padStart(5)} ${fmt(store.raw)}  ≤ ${test.target}${storeRatio > test.target ? '  MISSED' : ''}  (${counts})`,
      );
    }
    const walk = await filterWalk('并无此名的企业');
    console.log(
      `  for reference, the search before the name index (a contains filter over the 7 districts): ${fmt(walk.ms)}, ${walk.requests} Queries of up to 500 items`,
    );
    console.log(
      missed === 0
        ? 'every first page within its target (store)'
        : `${missed} first page(s) missed the target`,
    );
    return missed === 0 ? 0 : 1;
  } finally {
    await stack.stop();
  }
}
