import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobContext } from '#functions/platform/jobs/job';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * `firstAttempt` in a job's context (functions/platform/jobs/job.ts): true only when no attempt of the period was
 * recorded before, so a job may skip pre-reads on it; a takeover after a failed or killed attempt is not first.
 */
let stack: LocalStack;
let jobHandler: typeof import('#functions/platform/jobs/job').jobHandler;

beforeAll(async () => {
  stack = await startTestStack();
  ({ jobHandler } = await import('#functions/platform/jobs/job'));
});
afterAll(async () => stack?.stop());

describe('a job run’s firstAttempt', () => {
  it('is true on a period’s first attempt, false on the takeover of a failed one, and a done period is skipped', async () => {
    // Prepare: the first attempt of period A fails
    const seen: Array<[string, boolean]> = [];
    let failNext = true;
    const handler = jobHandler('attempts-test', {
      periodKey: (at) => at.toISOString().slice(0, 10),
      run: async ({ periodKey, firstAttempt }: JobContext) => {
        seen.push([periodKey, firstAttempt]);
        if (failNext) {
          failNext = false;
          throw new Error('killed');
        }
        return { items: 1 };
      },
    });

    // Act
    await expect(handler({ at: '2026-12-01T10:00:00.000Z' })).rejects.toThrow('killed');
    const takeover = await handler({ at: '2026-12-01T11:00:00.000Z' });
    const repeat = await handler({ at: '2026-12-01T12:00:00.000Z' });
    await handler({ at: '2026-12-02T10:00:00.000Z' });

    // Assess
    expect(seen).toEqual([
      ['2026-12-01', true],
      ['2026-12-01', false],
      ['2026-12-02', true],
    ]);
    expect([takeover, repeat]).toEqual([{ items: 1 }, { items: 0, skipped: true }]);
  });
});
