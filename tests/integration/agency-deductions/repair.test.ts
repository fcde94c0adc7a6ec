import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from '#functions/platform/clock';
import {
  deduct,
  deduction,
  makeAgency,
  scoreOf,
  startDeductionStack,
  stopDeductionStack,
  wujinAdmin,
} from '#tests/integration/agency-deductions/support';

/**
 * The nightly counter repair of one agency and year, on dynalite: it leaves an agency alone while any of its
 * deductions was written less than 2 minutes ago (exactly 2 minutes is old enough), fixes a count that drifted
 * even when the points agree, rebuilds a counter that is missing, and stamps what it repaired.
 */
const NOW = '2030-05-21T10:00:00+08:00';
const at = (ms: number) => new Date(new Date(NOW).getTime() + ms);

beforeAll(async () => {
  pinClock(NOW);
  await startDeductionStack();
}, 120_000);

afterAll(async () => {
  pinClock(null);
  await stopDeductionStack();
});

const entities = async () => ({
  ...(await import('#functions/agency-deductions/store/entities/score-counter')),
  ...(await import('#functions/agency-deductions/store/repair')),
});

describe('counter repair', () => {
  it('waits until every deduction of the agency is 2 minutes old, then fixes a count that drifted alone', async () => {
    // Prepare: one deduction at NOW, one a minute later; the counter's count is off by one, its points right
    const agency = await makeAgency('wujin');
    await deduct(wujinAdmin, deduction(agency.id, { points: 2 }));
    pinClock(at(60_000).toISOString());
    await deduct(wujinAdmin, deduction(agency.id, { points: 3 }));
    pinClock(NOW);
    const { agencyScoreCounter, repairCounter } = await entities();
    await agencyScoreCounter
      .update({ agencyId: agency.id, year: 2030 })
      .set({ points: 5, deductions: 3 })
      .go();

    // Act
    const whileRecent = await repairCounter(agency.id, 2030, at(60_000 + 119_999));
    const onTheDot = await repairCounter(agency.id, 2030, at(60_000 + 120_000));

    // Assess
    expect(whileRecent).toBe('busy');
    expect(onTheDot).toBe('fixed');
    const { data } = await agencyScoreCounter.get({ agencyId: agency.id, year: 2030 }).go();
    expect(data).toMatchObject({ points: 5, deductions: 2, repairedAt: at(180_000).toISOString() });
  });

  it('rebuilds a counter that is missing from the year’s live deductions', async () => {
    // Prepare
    const agency = await makeAgency('wujin');
    await deduct(wujinAdmin, deduction(agency.id, { points: 2 }));
    await deduct(wujinAdmin, deduction(agency.id, { ruleCode: 'A-01', points: 5 }));
    const { agencyScoreCounter, repairCounter } = await entities();
    await agencyScoreCounter.delete({ agencyId: agency.id, year: 2030 }).go();

    // Act
    const outcome = await repairCounter(agency.id, 2030, at(10 * 60_000));

    // Assess
    expect(outcome).toBe('fixed');
    expect(await scoreOf(agency.id)).toEqual({ score: 93, points: 7, deductions: 2 });
  });

  it('changes nothing where the counter is right', async () => {
    // Prepare
    const agency = await makeAgency('wujin');
    await deduct(wujinAdmin, deduction(agency.id, { points: 3 }));
    const { agencyScoreCounter, repairCounter } = await entities();

    // Act
    const outcome = await repairCounter(agency.id, 2030, at(10 * 60_000));

    // Assess
    expect(outcome).toBe('ok');
    const { data } = await agencyScoreCounter.get({ agencyId: agency.id, year: 2030 }).go();
    expect(data).toMatchObject({ points: 3, deductions: 1 });
    expect(data?.repairedAt).toBeUndefined();
  });
});
