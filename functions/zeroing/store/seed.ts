import { type ZeroingCampaignItem, zeroingCampaign } from '#functions/zeroing/store/entities/campaign';
import { type ZeroingCheckItem, zeroingCheck } from '#functions/zeroing/store/entities/check';
import { type ZeroingEntryItem, zeroingEntry } from '#functions/zeroing/store/entities/entry';

/** A whole campaign as the demo seed writes it: the campaign, its list and its checks. */
export interface SeedCampaign {
  campaign: ZeroingCampaignItem;
  entries: ZeroingEntryItem[];
  checks: ZeroingCheckItem[];
}

/** Puts the campaign and its items with BatchWriteItem (the seed's ids are fixed, so a rerun rewrites the same). */
export async function putZeroingForSeed(seed: SeedCampaign): Promise<void> {
  await zeroingCampaign.put(seed.campaign).go({ response: 'none' });
  if (seed.entries.length > 0) await zeroingEntry.put(seed.entries).go({ concurrent: 4 });
  if (seed.checks.length > 0) await zeroingCheck.put(seed.checks).go({ concurrent: 4 });
}
