import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agency } from '#functions/agencies/index';
import type { LocalStack } from '#infra/local/stack';
import { freshCreditCode } from '#tests/fixtures/enterprises';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * The credit-code claims of agencies, on dynalite: a claim left by a write that never finished (no agency carries
 * its code) is kept for the 60-second lease, then taken over by exactly one other agency; a claim whose agency
 * carries the code is never taken over; only its holder releases one. The policy is the one written on the claim
 * entity, the claims read back from the table.
 */
let stack: LocalStack;
const T0 = new Date('2026-03-02T08:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const claims = () => import('#functions/agencies/store/claims');

async function storedClaim(creditCode: string) {
  const { agencyCreditCode } = await import('#functions/agencies/store/entities/agency-credit-code');
  const { data } = await agencyCreditCode.get({ creditCode }).go({ consistent: true });
  return data ? { agencyId: data.agencyId, claimedAt: data.claimedAt } : null;
}

function agencyCarrying(agencyId: string, creditCode: string): Agency {
  return {
    agencyId,
    name: `${agencyId}安全评价有限公司`,
    creditCode,
    type: 'assessment',
    districtId: 'wujin',
    workDistrictIds: ['wujin'],
    certificateNo: `APJ-(苏)-${agencyId}`,
    certificateExpiry: '2031-06-30',
    contactName: '王工',
    contactPhone: '13912345678',
    status: 'registered',
    createdAt: T0.toISOString(),
    updatedAt: T0.toISOString(),
  };
}

describe('agency credit-code claims', () => {
  it('keeps the claim of an unfinished write for 60 s, then gives it to the next agency that asks', async () => {
    // Prepare
    const { claimAgencyCode } = await claims();
    const code = freshCreditCode();
    expect(await claimAgencyCode(code, 'crashed', T0)).toBeNull();

    // Act
    const sameAgain = await claimAgencyCode(code, 'crashed', later(5_000));
    const tooEarly = await claimAgencyCode(code, 'second', later(59_999));
    const heldEarly = await storedClaim(code);
    const onTime = await claimAgencyCode(code, 'second', later(60_000));

    // Assess
    expect(sameAgain).toBeNull();
    expect(tooEarly).toEqual({ holder: 'crashed' });
    expect(heldEarly).toEqual({ agencyId: 'crashed', claimedAt: T0.toISOString() });
    expect(onTime).toBeNull();
    expect(await storedClaim(code)).toEqual({ agencyId: 'second', claimedAt: later(60_000).toISOString() });
  });

  it('never takes over the claim of an agency that carries the code, however old; one that moved on is taken', async () => {
    // Prepare
    const { claimAgencyCode } = await claims();
    const { putAgencyForSeed } = await import('#functions/agencies/index');
    const kept = freshCreditCode();
    const moved = freshCreditCode();
    await putAgencyForSeed(agencyCarrying('holder', kept));
    // `mover` claimed `moved` and was then written with another code (a code change whose release was lost)
    expect(await claimAgencyCode(moved, 'mover', T0)).toBeNull();
    await putAgencyForSeed(agencyCarrying('mover', freshCreditCode()));

    // Act
    const dayLater = later(24 * 3600_000);
    const onKept = await claimAgencyCode(kept, 'other', dayLater);
    const onMoved = await claimAgencyCode(moved, 'other', dayLater);

    // Assess
    expect(onKept).toEqual({ holder: 'holder' });
    expect(await storedClaim(kept)).toEqual({ agencyId: 'holder', claimedAt: T0.toISOString() });
    expect(onMoved).toBeNull();
    expect(await storedClaim(moved)).toEqual({ agencyId: 'other', claimedAt: dayLater.toISOString() });
  });

  it('gives a stale claim to exactly one of 8 agencies asking at the same instant', async () => {
    // Prepare
    const { claimAgencyCode } = await claims();
    const code = freshCreditCode();
    await claimAgencyCode(code, 'crashed', T0);
    const at = later(120_000);

    // Act
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => claimAgencyCode(code, `taker-${i}`, at)),
    );

    // Assess
    const winners = answers.flatMap((answer, i) => (answer === null ? [`taker-${i}`] : []));
    expect(winners).toHaveLength(1);
    expect(await storedClaim(code)).toEqual({ agencyId: winners[0], claimedAt: at.toISOString() });
    for (const answer of answers.filter(Boolean))
      expect(['crashed', winners[0]]).toContain((answer as { holder: string }).holder);
  });

  it('releases a claim only for its holder, and a released code is free at once', async () => {
    // Prepare
    const { claimAgencyCode, releaseAgencyCode } = await claims();
    const code = freshCreditCode();
    await claimAgencyCode(code, 'first', T0);

    // Act
    await releaseAgencyCode(code, 'stranger');
    const afterStranger = await storedClaim(code);
    await releaseAgencyCode(code, 'first');
    const afterHolder = await storedClaim(code);
    const retaken = await claimAgencyCode(code, 'next', later(1_000));

    // Assess
    expect(afterStranger).toEqual({ agencyId: 'first', claimedAt: T0.toISOString() });
    expect(afterHolder).toBeNull();
    expect(retaken).toBeNull();
    expect(await storedClaim(code)).toEqual({ agencyId: 'next', claimedAt: later(1_000).toISOString() });
  });

  it('words the 409 on the code field, naming the code and holder only for a caller who may see the holder', async () => {
    // Prepare
    const { duplicateAgencyCode } = await claims();
    const code = freshCreditCode();

    // Act
    const visible = duplicateAgencyCode(code, 'A1');
    const hidden = duplicateAgencyCode(code);

    // Assess
    const named = `统一社会信用代码 ${code} 已被其他机构登记，请核对后重试`;
    expect({ ...visible, message: visible.message }).toMatchObject({
      status: 409,
      code: 'DUPLICATE_CREDIT_CODE',
      message: named,
      existingId: 'A1',
      fields: [{ path: 'body.creditCode', message: named, code: 'duplicate' }],
    });
    const unnamed = '该统一社会信用代码已被登记，如需核实请联系市应急管理局';
    expect(hidden.message).toBe(unnamed);
    expect(hidden.fields).toEqual([{ path: 'body.creditCode', message: unnamed, code: 'duplicate' }]);
    expect(hidden.existingId).toBeUndefined();
  });
});
