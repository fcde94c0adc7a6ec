import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * The claims that keep a 常安码 token unique to one point, on dynalite with a hand-fed token source: a taken
 * token is skipped for the next one, three taken in a row is an error, a released token can be claimed again.
 */
let stack: LocalStack;
const AT = new Date('2026-12-06T02:00:00.000Z');

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const codes = () => import('#functions/risk-points/store/codes');
const tokensFrom = (...tokens: string[]) => {
  const queue = [...tokens];
  return () => queue.shift() ?? 'exhausted';
};

describe('claiming a token', () => {
  it('claims a fresh token for its point, and the next one when the first is taken', async () => {
    const { claimToken, pointIdOfToken } = await codes();
    expect(await claimToken('p1', AT, tokensFrom('tok-a'))).toBe('tok-a');
    expect(await claimToken('p2', AT, tokensFrom('tok-a', 'tok-b'))).toBe('tok-b');
    expect(await pointIdOfToken('tok-a')).toBe('p1');
    expect(await pointIdOfToken('tok-b')).toBe('p2');
    expect(await pointIdOfToken('tok-none')).toBeUndefined();
  });

  it('gives up after three taken tokens in a row, claiming nothing', async () => {
    const { claimToken, pointIdOfToken } = await codes();
    await claimToken('p3', AT, tokensFrom('tok-x'));
    await expect(claimToken('p4', AT, tokensFrom('tok-x', 'tok-x', 'tok-x', 'tok-y'))).rejects.toThrow();
    expect(await pointIdOfToken('tok-y')).toBeUndefined();
    expect(await pointIdOfToken('tok-x')).toBe('p3');
  });

  it('frees a released token for another point; releasing an unknown one is harmless', async () => {
    const { claimToken, releaseToken, pointIdOfToken } = await codes();
    await claimToken('p5', AT, tokensFrom('tok-r'));
    await releaseToken('tok-r');
    await releaseToken('tok-never');
    expect(await pointIdOfToken('tok-r')).toBeUndefined();
    expect(await claimToken('p6', AT, tokensFrom('tok-r'))).toBe('tok-r');
    expect(await pointIdOfToken('tok-r')).toBe('p6');
  });
});
