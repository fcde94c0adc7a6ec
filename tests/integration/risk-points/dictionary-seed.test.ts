import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * The risk dictionary's seeding on a cold start (no separate seeding step), on dynalite: written once with its
 * marker (`v1`), in the seed's order; a cold start after an interrupted seeding writes what is missing and keeps
 * what a city admin edited; a cold start after a complete one writes nothing. `vi.resetModules` is the cold start.
 */
let stack: LocalStack;
const AT = new Date('2026-12-06T02:00:00.000Z');

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

async function coldStart() {
  vi.resetModules();
  const { ensureDictionary } = await import('#functions/risk-points/store/dictionary-seed');
  const { riskClass, DICTIONARY } = await import('#functions/risk-points/store/entities/risk-class');
  const { riskDictionarySeed } = await import('#functions/risk-points/store/entities/risk-dictionary-seed');
  const { seedClasses } = await import('#functions/risk-points/domain/dictionary/index');
  const classes = async () =>
    (await riskClass.query.byDictionary({ dictionary: DICTIONARY }).go({ pages: 'all' })).data;
  return { ensureDictionary, riskClass, riskDictionarySeed, seedClasses, classes };
}

describe('seeding the risk dictionary', () => {
  it('writes the 80 classes once, in the seed’s order, and marks seed v1 done', async () => {
    const { ensureDictionary, riskDictionarySeed, seedClasses, classes } = await coldStart();
    expect(await ensureDictionary(AT)).toBe(true);
    expect(await ensureDictionary(AT)).toBe(true); // the same call's answer, kept for the process
    const written = await classes();
    expect(written).toHaveLength(80);
    expect(written.map((row) => row.name)).toEqual(seedClasses.map((seed) => seed.name));
    expect(written[0]).toMatchObject({ position: 's000', seeded: true, status: 'active', version: 1 });
    expect((await riskDictionarySeed.get({ seedVersion: 'v1' }).go()).data).toMatchObject({ count: 80 });
  });

  it('after an interrupted seeding, writes the missing classes and keeps an edited one', async () => {
    // Prepare: one class edited by the city admin, one never written, the marker never put
    const before = await coldStart();
    const [edited, lost] = await before.classes();
    await before.riskClass
      .patch({ classId: edited?.classId as string })
      .set({ name: '改过的名称' })
      .go();
    await before.riskClass.delete({ classId: lost?.classId as string }).go();
    await before.riskDictionarySeed.delete({ seedVersion: 'v1' }).go();

    // Act
    const after = await coldStart();
    const wrote = await after.ensureDictionary(AT);

    // Assess
    const now = await after.classes();
    expect(wrote).toBe(true);
    expect(now).toHaveLength(80);
    expect(now.find((row) => row.classId === edited?.classId)?.name).toBe('改过的名称');
    expect(now.find((row) => row.classId === lost?.classId)?.name).toBe(lost?.name);
  });

  it('writes nothing on a cold start after a complete seeding', async () => {
    const { ensureDictionary, riskClass, classes } = await coldStart();
    const [first] = await classes();
    await riskClass.delete({ classId: first?.classId as string }).go();
    expect(await ensureDictionary(AT)).toBe(false);
    expect(await classes()).toHaveLength(79);
  });
});
