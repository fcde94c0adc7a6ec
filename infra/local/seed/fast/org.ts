import type { NewUser } from '#functions/identity/store/users';
import { grid } from '#functions/org/store/entities/grid';
import { town } from '#functions/org/store/entities/town';
import { derivedId } from '#functions/platform/derived-id';
import { districts } from '#functions/platform/districts';
import type { DemoTown } from '../generate';
import type { Random } from '../random';
import type { Reviewer } from '../risk-items';
import { demoTowns } from '../towns';
import { accountItems, itemOf, type PresenceSet } from './accounts';
import type { Item } from './batch-writer';

/** What every account of the fast seed shares: the demo password's hash (one per seed, scrypt is slow). */
export interface CityContext {
  seed: number;
  at: Date;
  passwordHash: string;
  presence: PresenceSet;
  /** No enterprise accounts and no enterprise name index (search tokens): a lean city for benchmarks. */
  lean?: boolean;
}

/** A deterministic id: the same seed, instant and key give the same ULID on every run. */
export const idOf = (context: CityContext, key: string) => derivedId(`${context.seed}\n${key}`, context.at);
/** An account's id, by its username. */
export const userIdOf = (context: CityContext, username: string) => idOf(context, `user\n${username}`);

/**
 * The 66 towns with 3–6 grids each and the staff accounts (district admins, town officers, grid members) the
 * slow seed creates, in the same order and with the same PRNG draws, as items. The city admin is not here: it is
 * written last (its account says the city is complete).
 */
export function organizationItems(random: Random, context: CityContext) {
  const at = context.at.toISOString();
  const items: Item[] = [];
  const towns: (DemoTown & { name: string })[] = [];
  const reviewers = new Map<string, Reviewer>();
  let accounts = 0;
  const account = (
    input: Omit<NewUser, 'passwordHash' | 'isPrincipal' | 'disabled' | 'mustChangePassword'>,
  ) => {
    const userId = userIdOf(context, input.username);
    const full = { ...input, userId, passwordHash: context.passwordHash, isPrincipal: false };
    items.push(
      ...accountItems({ ...full, disabled: false, mustChangePassword: false }, at, context.presence),
    );
    accounts += 1;
    return userId;
  };
  for (const district of districts) {
    for (const name of demoTowns[district.id]) {
      const townId = idOf(context, `town\n${district.id}\n${name}`);
      items.push(itemOf(town.put({ townId, districtId: district.id, name, createdAt: at, updatedAt: at })));
      const gridIds: string[] = [];
      for (let n = 1, count = random.int(3, 6); n <= count; n += 1) {
        const gridId = idOf(context, `grid\n${townId}\n${n}`);
        const gridName = `${name}第${n}网格`;
        const row = { gridId, districtId: district.id, townId, name: gridName, createdAt: at, updatedAt: at };
        items.push(itemOf(grid.put(row)));
        gridIds.push(gridId);
      }
      towns.push({ id: townId, districtId: district.id, name, gridIds });
    }
  }
  for (const district of districts) {
    account({
      username: `${district.id}.admin`,
      name: `${district.name}管理员`,
      role: 'districtAdmin',
      districtId: district.id,
    });
    towns
      .filter((candidate) => candidate.districtId === district.id)
      .forEach((place, t) => {
        const number = String(t + 1).padStart(2, '0');
        const officer = {
          username: `${district.id}.town${number}`,
          name: `${place.name}监管员`,
          role: 'townOfficer' as const,
          districtId: district.id,
          townId: place.id,
        };
        reviewers.set(place.id, { userId: account(officer), name: officer.name });
        place.gridIds.forEach((gridId, g) => {
          account({
            username: `${officer.username}.grid${g + 1}`,
            name: `${place.name}网格员${g + 1}`,
            role: 'gridMember',
            districtId: district.id,
            townId: place.id,
            gridId,
          });
        });
      });
  }
  return { items, towns, reviewers, accounts };
}

/** The city admin's account: written last, because `isSeeded` takes it for "the demo city is complete". */
export const cityAdminItems = (context: CityContext) =>
  accountItems(
    {
      userId: userIdOf(context, 'admin'),
      username: 'admin',
      name: '市应急管理局管理员',
      role: 'cityAdmin',
      passwordHash: context.passwordHash,
      isPrincipal: false,
      disabled: false,
      mustChangePassword: false,
    },
    context.at.toISOString(),
    context.presence,
  );
