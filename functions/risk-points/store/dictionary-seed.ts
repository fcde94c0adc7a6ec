import { isConditionFailure } from '#functions/platform/conditions';
import { seedClasses } from '#functions/risk-points/domain/dictionary/index';
import { riskClass } from '#functions/risk-points/store/entities/risk-class';
import { riskDictionarySeed } from '#functions/risk-points/store/entities/risk-dictionary-seed';

/** Bump when the seed list changes: the next cold start writes the classes that are new (never overwrites). */
const SEED_VERSION = 'v1';

let seeded: Promise<boolean> | undefined;

async function writeSeed(at: Date): Promise<boolean> {
  const { data } = await riskDictionarySeed.get({ seedVersion: SEED_VERSION }).go();
  if (data) return false;
  const createdAt = at.toISOString();
  await Promise.all(
    seedClasses.map(async (seed, index) => {
      try {
        await riskClass
          .create({
            ...seed,
            status: 'active',
            seeded: true,
            position: `s${String(index).padStart(3, '0')}`,
            version: 1,
            createdAt,
            updatedAt: createdAt,
          })
          .go();
      } catch (error) {
        // Already there (an earlier, interrupted seeding, or a class a city admin has edited since): kept.
        if (!isConditionFailure(error)) throw error;
      }
    }),
  );
  await riskDictionarySeed.put({ seedVersion: SEED_VERSION, count: seedClasses.length, at: createdAt }).go();
  return true;
}

/**
 * The 80 seeded classes exist in every deployment without a separate seeding step: the first dictionary read
 * of a cold start checks one marker item and writes them if missing (conditional puts, so racing cold starts
 * and re-runs are harmless). A failure is retried on the next call. True when this call wrote them.
 */
export function ensureDictionary(at: Date): Promise<boolean> {
  seeded ??= writeSeed(at).catch((error: unknown) => {
    seeded = undefined;
    throw error;
  });
  return seeded;
}
