/**
 * Seeds the lists benchmark's city straight into a dynalite LevelDB folder (`tsx tests/bench/lists-seed.ts <dir>
 * <enterprises>`), through dynalite's own BatchWriteItem action, without HTTP: about three times faster than
 * the API's client, for a city whose name index is ~20 items per enterprise. Run in its own process, because
 * the store modules read the table endpoint once (this process has none) and LevelDB allows one owner.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { marshall } from '@aws-sdk/util-dynamodb';
import { buckets, tables } from '#functions/manifest';
import { mapLimit } from '#functions/platform/concurrency';
import { districts } from '#functions/platform/districts';
import type { TableSpec } from '#functions/platform/manifest-types';
import { BENCH_PASSWORD, SEED_VERSION, type SeededCity } from '#tests/bench/lists-city';

const [dir = '.bench/lists', count = '32800'] = process.argv.slice(2);
for (const table of Object.values(tables)) process.env[table.envVar] = table.localName;
for (const bucket of Object.values(buckets)) process.env[bucket.envVar] = bucket.localName;
process.env.AWS_REGION ??= 'cn-north-1';

const ENTERPRISE_USER_EVERY = 8;

type Callback<T> = (error: Error | null, result?: T) => void;
type Action<T = unknown> = (store: unknown, data: object, callback: Callback<T>) => void;
const require = createRequire(import.meta.url);
const dynaliteDb = require('dynalite/db') as { create: (options: object) => DynaliteStore };
const action = (name: string) => require(`dynalite/actions/${name}`) as Action;
interface DynaliteStore {
  lifecycleManager: { gracefulClose: () => Promise<void> };
}

const run = <T>(store: DynaliteStore, name: string, data: object) =>
  new Promise<T>((resolve, reject) =>
    action(name)(store, data, (error, result) => (error ? reject(error) : resolve(result as T))),
  );

/** The table as infra/local/dynamo.ts creates it (the same definition the CDK stack uses). */
function createTableInput(spec: TableSpec) {
  const names = new Set([
    spec.partitionKey,
    spec.sortKey,
    ...spec.indexes.flatMap((i) => [i.partitionKey, i.sortKey]),
  ]);
  return {
    TableName: spec.localName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...names].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: spec.partitionKey, KeyType: 'HASH' },
      { AttributeName: spec.sortKey, KeyType: 'RANGE' },
    ],
    ...(spec.indexes.length === 0
      ? {}
      : {
          GlobalSecondaryIndexes: spec.indexes.map((index) => ({
            IndexName: index.name,
            KeySchema: [
              { AttributeName: index.partitionKey, KeyType: 'HASH' },
              { AttributeName: index.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          })),
        }),
  };
}

async function createTables(store: DynaliteStore) {
  for (const spec of Object.values(tables)) await run(store, 'createTable', createTableInput(spec));
  for (const spec of Object.values(tables))
    for (;;) {
      const { Table } = await run<{ Table: { TableStatus: string } }>(store, 'describeTable', {
        TableName: spec.localName,
      });
      if (Table.TableStatus === 'ACTIVE') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
}

/** Items written 25 a request, 8 requests in flight, a few thousand buffered at most. */
function batchWriter(store: DynaliteStore) {
  let buffer: Record<string, unknown>[] = [];
  let written = 0;
  const write = async (items: Record<string, unknown>[]) => {
    const batches = Array.from({ length: Math.ceil(items.length / 25) }, (_, b) =>
      items.slice(b * 25, b * 25 + 25),
    );
    await mapLimit(batches, 8, async (batch) => {
      let pending = batch.map((item) => ({
        PutRequest: { Item: marshall(item, { removeUndefinedValues: true }) },
      }));
      while (pending.length > 0) {
        const answer = await run<{ UnprocessedItems?: Record<string, typeof pending> }>(
          store,
          'batchWriteItem',
          {
            RequestItems: { main: pending },
          },
        );
        pending = answer.UnprocessedItems?.main ?? [];
      }
    });
    written += items.length;
    process.stdout.write(`\r  seeding: ${written} items`);
  };
  return {
    add: (item: Record<string, unknown>) => buffer.push(item),
    drain: async () => {
      const items = buffer;
      buffer = [];
      await write(items);
    },
    flush: async () => write(buffer.splice(0)),
    written: () => written,
  };
}

async function seed(): Promise<SeededCity> {
  const started = performance.now();
  const { newId } = await import('#functions/platform/ids');
  const { town } = await import('#functions/org/store/entities/town');
  const { grid } = await import('#functions/org/store/entities/grid');
  const { enterprise } = await import('#functions/enterprises/store/entities/enterprise');
  const { enterpriseNameToken } = await import('#functions/enterprises/store/entities/enterprise-name-token');
  const { creditCodeClaim } = await import('#functions/enterprises/store/entities/credit-code-claim');
  const { nameTokensOf } = await import('#functions/enterprises/store/name-index');
  const { enterpriseItem } = await import('#functions/enterprises/store/records');
  const { user } = await import('#functions/identity/store/entities/user');
  const { usernameClaim } = await import('#functions/identity/store/entities/username-claim');
  const { userNameToken } = await import('#functions/identity/store/entities/user-name-token');
  const { userTokensOf } = await import('#functions/identity/store/user-name-index');
  const { hashPassword } = await import('#functions/identity/domain/passwords');
  const { tokenPresence } = await import('#functions/platform/text-index/presence');
  const present = new Set<string>();
  const { demoEnterprise, enterprisesPerDistrict } = await import('#infra/local/seed/generate');
  const { demoTowns } = await import('#infra/local/seed/towns');
  const { seededRandom } = await import('#infra/local/seed/random');

  const random = seededRandom(2022);
  const now = new Date();
  const at = now.toISOString();
  const store = dynaliteDb.create({
    path: join(dir, 'dynamo'),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  await createTables(store);
  const writer = batchWriter(store);
  const add = (built: { params: () => object }) =>
    writer.add((built.params() as { Item: Record<string, unknown> }).Item);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  let users = 0;
  const addUser = (account: Parameters<typeof userTokensOf>[0] & Record<string, unknown>) => {
    const record = {
      passwordHash,
      isPrincipal: false,
      mustChangePassword: false,
      tokenVersion: 0,
      createdAt: at,
      updatedAt: at,
      ...account,
    };
    add(user.put(record as never));
    add(usernameClaim.put({ username: account.username, userId: account.userId, claimedAt: at }));
    for (const token of userTokensOf(record)) {
      add(userNameToken.put(token));
      present.add(`user\u0001${token.token}\u0001${token.districtKey}`);
    }
    users += 1;
  };

  addUser({
    userId: newId(now),
    username: 'bench.city',
    name: '市局管理员',
    role: 'cityAdmin',
    disabled: false,
  });
  const towns: { id: string; districtId: (typeof districts)[number]['id']; gridIds: string[] }[] = [];
  for (const district of districts) {
    addUser({
      userId: newId(now),
      username: `${district.id}.admin`,
      name: `${district.name}管理员`,
      role: 'districtAdmin',
      districtId: district.id,
      disabled: false,
    });
    for (const [t, name] of demoTowns[district.id].entries()) {
      const townId = newId(now);
      add(town.put({ townId, districtId: district.id, name, createdAt: at, updatedAt: at }));
      const number = String(t + 1).padStart(2, '0');
      addUser({
        userId: newId(now),
        username: `${district.id}.town${number}`,
        name: `${name}监管员`,
        role: 'townOfficer',
        districtId: district.id,
        townId,
        disabled: false,
      });
      const gridIds: string[] = [];
      for (let g = 1, grids = random.int(3, 6); g <= grids; g += 1) {
        const gridId = newId(now);
        gridIds.push(gridId);
        add(
          grid.put({
            gridId,
            districtId: district.id,
            townId,
            name: `${name}第${g}网格`,
            createdAt: at,
            updatedAt: at,
          }),
        );
        addUser({
          userId: newId(now),
          username: `${district.id}.town${number}.grid${g}`,
          name: `${name}网格员${g}`,
          role: 'gridMember',
          districtId: district.id,
          townId,
          gridId,
          disabled: false,
        });
      }
      towns.push({ id: townId, districtId: district.id, gridIds });
    }
  }
  const perDistrict = enterprisesPerDistrict(Number(count));
  const taken = new Set<string>();
  let enterprises = 0;
  let enterpriseUser = '';
  for (const district of districts) {
    const own = towns.filter((candidate) => candidate.districtId === district.id);
    for (let n = 0; n < perDistrict[district.id]; n += 1) {
      const input = demoEnterprise(random, random.pick(own), taken);
      const record = enterpriseItem(newId(now), input, at, at);
      add(enterprise.put(record));
      add(creditCodeClaim.put({ creditCode: record.creditCode, enterpriseId: record.id, claimedAt: at }));
      for (const token of nameTokensOf(record)) {
        add(enterpriseNameToken.put(token));
        present.add(`enterprise\u0001${token.token}\u0001${token.districtId}`);
      }
      if (enterprises % 500 === 0) await writer.drain();
      enterprises += 1;
      if (enterprises % ENTERPRISE_USER_EVERY === 0) {
        enterpriseUser = `e${record.creditCode.toLowerCase()}`;
        addUser({
          userId: newId(now),
          username: enterpriseUser,
          name: input.principal.name,
          role: 'enterpriseUser',
          districtId: district.id,
          enterpriseId: record.id,
          isPrincipal: true,
          phone: input.principal.phone,
          disabled: false,
        });
      }
    }
  }

  for (const occurrence of present) {
    const [kind, token, partition] = occurrence.split('\u0001') as [string, string, string];
    add(tokenPresence.put({ kind, token, partition }));
  }
  await writer.flush();
  process.stdout.write('\n');
  await store.lifecycleManager.gracefulClose();
  const wujin = towns.find((candidate) => candidate.districtId === 'wujin') as (typeof towns)[number];
  return {
    version: SEED_VERSION,
    enterprises,
    users,
    items: writer.written(),
    seconds: Math.round((performance.now() - started) / 1000),
    place: { districtId: 'wujin', townId: wujin.id, gridId: wujin.gridIds[0] as string },
    usernames: {
      cityAdmin: 'bench.city',
      districtAdmin: 'wujin.admin',
      townOfficer: 'wujin.town01',
      gridMember: 'wujin.town01.grid1',
      enterpriseUser,
    },
  };
}

if (process.argv[1]?.endsWith('lists-seed.ts')) {
  const city = await seed();
  writeFileSync(join(dir, 'seeded.json'), JSON.stringify(city, null, 2));
  console.log(
    `  seeded ${city.enterprises} enterprises, ${city.users} accounts, ${city.items} items in ${city.seconds} s`,
  );
}
