/**
 * What other capabilities (and the demo seed) may use of campaigns (自查清单). The stores load on first use.
 */
export type { Campaign, CampaignCreate, Target } from '#functions/campaigns/schemas';

/** Writes a demo campaign with its targets, answers and counters straight (demo seed, tests): no checks, no SMS. */
export async function putCampaignForSeed(
  input: import('#functions/campaigns/store/seed').SeedCampaign,
): Promise<void> {
  const { putCampaignForSeed: put } = await import('#functions/campaigns/store/seed');
  return put(input);
}
