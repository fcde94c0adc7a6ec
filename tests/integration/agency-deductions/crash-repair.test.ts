import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from '#functions/platform/clock';
import {
  agencyUser,
  type Deduction,
  deduct,
  deduction,
  type Headers,
  makeAgency,
  scoreOf,
  send,
  startDeductionStack,
  stopDeductionStack,
  wujinAdmin,
} from '#tests/integration/agency-deductions/support';

const NOW = '2030-05-21T10:00:00+08:00';

let agency: { id: string };
let firm: Headers;

beforeAll(async () => {
  pinClock(NOW);
  await startDeductionStack();
  agency = await makeAgency('wujin');
  firm = await agencyUser(agency.id);
}, 120_000);

afterAll(async () => {
  pinClock(null);
  await stopDeductionStack();
});

const entities = async () => ({
  ...(await import('#functions/agency-deductions/store/entities/deduction')),
  ...(await import('#functions/agency-deductions/store/entities/appeal')),
});

describe('appeals after a crash between their two writes (no transactions)', () => {
  it('a claim left without its appeal is completed by the next appeal, once', async () => {
    // Prepare: the deduction claimed for appeal X whose put never happened
    const { agencyDeduction } = await entities();
    const d = await deduct(wujinAdmin, deduction(agency.id));
    await agencyDeduction
      .patch({ deductionId: d.id })
      .set({ appealId: 'orphan-appeal-1', appealStatus: 'pending' })
      .go();

    // Act
    const answers = await Promise.all(
      [1, 2].map(() => send('POST', `/api/agency-deductions/${d.id}/appeal`, firm, { statement: '不服' })),
    );

    // Assess
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const made = answers.find((a) => a.status === 201)?.body as { id: string };
    expect(made.id).toBe('orphan-appeal-1');
    const inbox = (await send('GET', '/api/agency-appeals?status=pending', wujinAdmin)).body as {
      data: { id: string; deductionId: string }[];
    };
    expect(inbox.data.filter((a) => a.deductionId === d.id).map((a) => a.id)).toEqual(['orphan-appeal-1']);
  });

  it('a revoke decision that stopped before the deduction is completed by sending it again: points back once', async () => {
    // Prepare: the appeal decided 'revoked' while its deduction stayed live (the crash)
    const { agencyAppeal } = await entities();
    const start = await scoreOf(agency.id);
    const d = await deduct(wujinAdmin, deduction(agency.id, { ruleCode: 'A-01', points: 5 }));
    const appeal = (await send('POST', `/api/agency-deductions/${d.id}/appeal`, firm, { statement: '不服' }))
      .body as { id: string };
    await agencyAppeal
      .patch({ appealId: appeal.id })
      .set({
        status: 'revoked',
        issuingDistrictId: 'wujin',
        decisionReason: '证据成立',
        decidedBy: 'crashed',
        decidedAt: NOW,
      })
      .go();

    // Act
    const decide = () =>
      send('POST', `/api/agency-appeals/${appeal.id}/decide`, wujinAdmin, {
        outcome: 'revoke',
        reason: '证据成立',
      });
    const again = await decide();
    const third = await decide();

    // Assess
    expect(again.status).toBe(200);
    expect(third.status).toBe(409);
    const detail = (await send('GET', `/api/agency-deductions/${d.id}`, wujinAdmin)).body as Deduction;
    expect(detail).toMatchObject({ status: 'revoked', appealStatus: 'revoked' });
    expect(await scoreOf(agency.id)).toEqual(start);
  });

  it('an upheld appeal is not reopened by a later revoke', async () => {
    // Prepare
    const d = await deduct(wujinAdmin, deduction(agency.id));
    const appeal = (await send('POST', `/api/agency-deductions/${d.id}/appeal`, firm, { statement: '不服' }))
      .body as { id: string };
    const upheld = await send('POST', `/api/agency-appeals/${appeal.id}/decide`, wujinAdmin, {
      outcome: 'uphold',
      reason: '维持',
    });

    // Act
    const revoke = await send('POST', `/api/agency-appeals/${appeal.id}/decide`, wujinAdmin, {
      outcome: 'revoke',
      reason: '改判',
    });

    // Assess
    expect(upheld.status).toBe(200);
    expect(revoke.status).toBe(409);
    const detail = (await send('GET', `/api/agency-deductions/${d.id}`, wujinAdmin)).body as Deduction;
    expect(detail.status).toBe('live');
  });
});
