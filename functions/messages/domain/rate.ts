/**
 * How fast the dispatcher may send (issue 12). `SMS_RATE_PER_SECOND` is the rate of the whole outbox — all
 * parallel runs together — and may not exceed the provider's limit: `SMS_PROVIDER_MAX_RATE`, or the default
 * below for the provider. A run of `totalSegments` paces itself to its share, so adding runs never exceeds it.
 */
export const DEFAULT_RATE_PER_SECOND = 50;

/**
 * Per-provider ceilings when `SMS_PROVIDER_MAX_RATE` is unset: SNS's default account quota for SMS is
 * 20 messages/s (raised on request, then set SMS_PROVIDER_MAX_RATE); an HTTP gateway's limit is its contract's,
 * 1,000/s unless told; `console` only prints.
 */
export const providerMaxRate = { console: 10_000, sns: 20, http: 1_000 } as const;

/** Messages in flight per run: enough to keep a 50/s pace with ~1 s round trips, few enough for one Lambda. */
export const MAX_IN_FLIGHT = 64;

/** The rate one run paces itself to: the configured rate, capped at the provider's, shared by the segments. */
export function runRate(configured: number, providerMax: number, totalSegments: number): number {
  return Math.min(configured, providerMax) / Math.max(1, totalSegments);
}

/** In flight at once for a run paced to `perSecond`: at least 1, at most MAX_IN_FLIGHT. */
export const inFlightFor = (perSecond: number): number =>
  Math.max(1, Math.min(MAX_IN_FLIGHT, Math.ceil(perSecond)));
