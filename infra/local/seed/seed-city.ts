import type { EnterpriseInput } from '#functions/enterprises/schemas/enterprises';
import { districts } from '#functions/platform/districts';
import type { Principal } from '#functions/platform/principal';
import { progressBar } from '../progress';
import { type DemoTown, demoEnterprise, enterprisesPerDistrict } from './generate';
import { settleOutsideGrid } from './outside-grid';
import { forEachLimit } from './pool';
import { seededRandom } from './random';
import { demoTowns } from './towns';

/** Every demo account's password (it passes the password rules). */
export const DEMO_PASSWORD = 'Changan2026';
export const DEMO_ENTERPRISES_AT_SCALE_1 = 2000;
/** The seed report's city (一（三）): what `--scale 16.4` builds, exactly (2000 × 16.4 would be 32,800). */
export const REPORT_CITY = { scale: 16.4, enterprises: 32_742, riskPoints: 475_404 } as const;

export interface SeedSummary {
  towns: number;
  grids: number;
  enterprises: number;
  users: number;
  seconds: number;
}

// The seed writes through the store as the city: no request, so no audit item (it is not a supervisor's act).
const seeder: Principal = { userId: 'seed', username: 'seed', name: '演示数据', role: 'cityAdmin' };

/** The demo city is complete when its city admin exists: that account is written last. */
export async function isSeeded(): Promise<boolean> {
  const { findUserByUsername } = await import('#functions/identity/store/users');
  return !!(await findUserByUsername('admin'));
}

async function seedOrganization(random: ReturnType<typeof seededRandom>, now: Date) {
  const { createTown } = await import('#functions/org/store/towns');
  const { createGrid } = await import('#functions/org/store/grids');
  const towns: (DemoTown & { name: string })[] = [];
  for (const district of districts) {
    for (const name of demoTowns[district.id]) {
      const { town } = await createTown(seeder, { districtId: district.id, name }, now);
      const gridIds: string[] = [];
      for (let n = 1, count = random.int(3, 6); n <= count; n += 1) {
        const { grid } = await createGrid(seeder, { townId: town.id, name: `${name}第${n}网格` }, now);
        gridIds.push(grid.id);
      }
      towns.push({ id: town.id, districtId: district.id, name, gridIds });
    }
  }
  return towns;
}

/** Rows the seed hands the import path at a time (the import's own chunk). */
const SEED_CHUNK = 500;

/**
 * Writes demo enterprises through the import's batch path (claims, BatchWriteItem, the name index) and then one
 * account per enterprise (`e` + its credit code in lower case, the principal's phone). A re-run after a crash
 * converges: the import path updates what is there, and accounts that exist are left as they are.
 * Answers how many accounts it created.
 */
export async function seedEnterprises(
  inputs: readonly EnterpriseInput[],
  options: { passwordHash: string; now: Date; quiet?: boolean },
): Promise<number> {
  const { upsertEnterprises } = await import('#functions/enterprises/store/upserts');
  const { insertUser } = await import('#functions/identity/store/users');
  const { ConflictError } = await import('#functions/platform/errors');
  const bar = options.quiet ? undefined : progressBar('演示企业', inputs.length);
  const context = { taskId: 'demo-seed', taskCreatedAt: options.now, requester: seeder, now: options.now };
  let accounts = 0;
  for (let start = 0; start < inputs.length; start += SEED_CHUNK) {
    const chunk = inputs.slice(start, start + SEED_CHUNK).map((input, i) => ({ row: start + i + 1, input }));
    const { written, errors } = await upsertEnterprises(chunk, context);
    if (errors.length > 0) throw new Error(`demo enterprises refused: ${JSON.stringify(errors.slice(0, 3))}`);
    await forEachLimit(written, 16, async ({ row, id }) => {
      const input = (chunk[row - start - 1] as (typeof chunk)[number]).input;
      try {
        await insertUser(
          {
            passwordHash: options.passwordHash,
            disabled: false,
            mustChangePassword: false,
            username: `e${input.creditCode.toLowerCase()}`,
            name: input.principal.name,
            role: 'enterpriseUser',
            districtId: input.districtId,
            enterpriseId: id,
            isPrincipal: true,
            phone: input.principal.phone,
          },
          options.now,
        );
        accounts += 1;
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error; // the account of an earlier, interrupted seed
      }
    });
    bar?.update(start + chunk.length);
  }
  bar?.done();
  return accounts;
}

/**
 * Seeds the demo city: the 7 districts' 66 towns, 3–6 grids each, `2000 × scale` fictional enterprises spread
 * like the seed report's city (scale 16.4 ≈ 32,742), and accounts for every role. Deterministic for a seed.
 */
export async function seedDemoCity(options: { scale?: number; seed?: number } = {}): Promise<SeedSummary> {
  const started = performance.now();
  const { insertUser } = await import('#functions/identity/store/users');
  const { hashPassword } = await import('#functions/identity/domain/passwords');
  const random = seededRandom(options.seed ?? 2022);
  const now = new Date();
  const passwordHash = await hashPassword(DEMO_PASSWORD); // one hash for all demo accounts: scrypt is slow on purpose
  const account = { passwordHash, isPrincipal: false, disabled: false, mustChangePassword: false };
  let users = 0;
  const addUser = async (input: Parameters<typeof insertUser>[0]) => {
    await insertUser(input, now);
    users += 1;
  };

  const towns = await seedOrganization(random, now);
  for (const district of districts) {
    await addUser({
      ...account,
      username: `${district.id}.admin`,
      name: `${district.name}管理员`,
      role: 'districtAdmin',
      districtId: district.id,
    });
  }
  const townsSoFar = new Map<string, number>();
  for (const town of towns) {
    const index = (townsSoFar.get(town.districtId) ?? 0) + 1;
    townsSoFar.set(town.districtId, index);
    const number = String(index).padStart(2, '0');
    await addUser({
      ...account,
      username: `${town.districtId}.town${number}`,
      name: `${town.name}监管员`,
      role: 'townOfficer',
      districtId: town.districtId,
      townId: town.id,
    });
    for (const [g, gridId] of town.gridIds.entries()) {
      await addUser({
        ...account,
        username: `${town.districtId}.town${number}.grid${g + 1}`,
        name: `${town.name}网格员${g + 1}`,
        role: 'gridMember',
        districtId: town.districtId,
        townId: town.id,
        gridId,
      });
    }
  }

  const total = Math.round(DEMO_ENTERPRISES_AT_SCALE_1 * (options.scale ?? 1));
  const perDistrict = enterprisesPerDistrict(total);
  const taken = new Set<string>();
  const inputs = districts.flatMap((district) => {
    const own = towns.filter((town) => town.districtId === district.id);
    const drawn = Array.from({ length: perDistrict[district.id] }, () =>
      demoEnterprise(random, random.pick(own), taken),
    );
    settleOutsideGrid(drawn, own, district.id, total); // 网格外: the seed's 800+, scaled (as the fast path)
    return drawn;
  });
  users += await seedEnterprises(inputs, { passwordHash, now });

  await addUser({ ...account, username: 'admin', name: '市应急管理局管理员', role: 'cityAdmin' });
  const grids = towns.reduce((sum, town) => sum + town.gridIds.length, 0);
  return {
    towns: towns.length,
    grids,
    enterprises: inputs.length,
    users,
    seconds: (performance.now() - started) / 1000,
  };
}
