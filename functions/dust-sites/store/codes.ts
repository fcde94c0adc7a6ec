import { dustSiteCode } from '#functions/dust-sites/store/entities/dust-site-code';
import { isConditionFailure } from '#functions/platform/conditions';
import { logger } from '#functions/platform/logger';

/** A 128-bit collision is not expected; a few tries make a bug visible, not a loop (as risk points). */
const TRIES = 3;

/** Claims a fresh token for the site (attribute_not_exists), so that no two sites ever share one. */
export async function claimSiteToken(siteId: string, at: Date, newToken: () => string): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    const token = newToken();
    try {
      await dustSiteCode.create({ token, siteId, issuedAt: at.toISOString() }).go();
      return token;
    } catch (error) {
      if (!isConditionFailure(error) || attempt >= TRIES) throw error;
    }
  }
}

/** The site a token was issued to, if ever (the caller checks the site still carries it). */
export async function siteIdOfToken(token: string): Promise<string | undefined> {
  return (await dustSiteCode.get({ token }).go()).data?.siteId;
}

/** Drops a replaced token's claim; if this fails the old code still does not work (the site moved on). */
export async function releaseSiteToken(token: string): Promise<void> {
  try {
    await dustSiteCode.delete({ token }).go();
  } catch (error) {
    logger.error('releasing a re-issued dust site token failed', { error });
  }
}
