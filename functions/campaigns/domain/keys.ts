import { createHash } from 'node:crypto';

/**
 * Slots per district of the submitted counter: a deadline's rush of answers is spread over them, and each slot
 * also holds the ids it counted (what makes the count exact under retries), so more slots keep each item small:
 * a district of 8,000 targets leaves ≈ 500 ids (≈ 15 KB) per slot.
 */
export const COUNTER_SHARDS = 16;

/** The outbox idempotency keys: one invitation and one reminder per target, whatever reruns and retries. */
export const inviteKey = (campaignId: string, enterpriseId: string) =>
  `campaign#${campaignId}#${enterpriseId}#invite`;
export const reminderKey = (campaignId: string, enterpriseId: string) =>
  `campaign#${campaignId}#${enterpriseId}#remind`;

/** The counter slot an enterprise's submission counts in: fixed per enterprise. */
export function shardOf(enterpriseId: string): number {
  return (createHash('sha256').update(enterpriseId).digest()[0] ?? 0) % COUNTER_SHARDS;
}

/** The items' ids, in order: item-1, item-2, … (a campaign's items never change once made). */
export const itemIdAt = (index: number) => `item-${index + 1}`;

/** The phone path of a campaign (the enterprise logs in there if it has no session). */
export const phonePath = (campaignId: string) => `/m/c/${campaignId}`;

/** The link an SMS carries: a full URL (a phone cannot open a bare path), `origin` the console's. */
export const phoneLink = (origin: string, campaignId: string) =>
  `${origin.replace(/\/+$/, '')}${phonePath(campaignId)}`;

/** The hazard's finding reference: one hazard per failed item per enterprise per campaign. */
export const findingRefOf = (campaignId: string, enterpriseId: string, itemId: string) =>
  `${campaignId}:${enterpriseId}:${itemId}`;
