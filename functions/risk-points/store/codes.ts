import { isConditionFailure } from '#functions/platform/conditions';
import { logger } from '#functions/platform/logger';
import { riskPointCode } from '#functions/risk-points/store/entities/risk-point-code';

/** A 128-bit collision is not expected in the life of the universe; a few tries make a bug visible, not a loop. */
const TRIES = 3;

/** Claims a fresh token for the point (attribute_not_exists), so that no two points ever share one. */
export async function claimToken(riskPointId: string, at: Date, newToken: () => string): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    const token = newToken();
    try {
      await riskPointCode.create({ token, riskPointId, issuedAt: at.toISOString() }).go();
      return token;
    } catch (error) {
      if (!isConditionFailure(error) || attempt >= TRIES) throw error;
    }
  }
}

/** The point a token was issued to, if it was ever issued (the caller checks the point still carries it). */
export async function pointIdOfToken(token: string): Promise<string | undefined> {
  return (await riskPointCode.get({ token }).go()).data?.riskPointId;
}

/** Drops a replaced token's claim; if this fails the old code still does not work (the point moved on). */
export async function releaseToken(token: string): Promise<void> {
  try {
    await riskPointCode.delete({ token }).go();
  } catch (error) {
    logger.error('releasing a re-issued risk point token failed', { error });
  }
}
