/**
 * What other capabilities may use of the zeroing campaign (百日清零): a direct writer for the demo seed. The
 * store loads on first use.
 */

export type { SeedCampaign } from '#functions/zeroing/store/seed';

/** Writes a campaign, its list and its checks straight (demo seed): no checks of input, no audit. */
export async function putZeroingForSeed(
  campaign: import('#functions/zeroing/store/seed').SeedCampaign,
): Promise<void> {
  const { putZeroingForSeed: put } = await import('#functions/zeroing/store/seed');
  return put(campaign);
}
