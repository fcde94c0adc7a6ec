import type { DistrictProgress } from '#functions/campaigns/schemas';

/**
 * 自查率 (DOMAIN.md): enterprises that submitted / enterprises it was sent to, in percent with two decimals
 * (25,345 / 27,891 = 90.87); null while nothing was sent.
 */
export function completionRate(submitted: number, sent: number): number | null {
  if (sent <= 0) return null;
  return Math.round((submitted / sent) * 10_000) / 100;
}

/** The progress table: one row per district that was sent anything (or answered), in the given order. */
export function progressRows(
  order: readonly string[],
  sentByDistrict: Record<string, number>,
  submittedByDistrict: Record<string, number>,
): DistrictProgress[] {
  return order
    .filter(
      (districtId) => (sentByDistrict[districtId] ?? 0) > 0 || (submittedByDistrict[districtId] ?? 0) > 0,
    )
    .map((districtId) => {
      const sent = sentByDistrict[districtId] ?? 0;
      const submitted = submittedByDistrict[districtId] ?? 0;
      return { districtId, sent, submitted, rate: completionRate(submitted, sent) };
    });
}

/** Adds one chunk's per-district counts to the running ones (a new object). */
export function addCounts(
  into: Record<string, number>,
  more: Record<string, number>,
): Record<string, number> {
  const sum = { ...into };
  for (const [key, value] of Object.entries(more)) sum[key] = (sum[key] ?? 0) + value;
  return sum;
}

export const sumOf = (counts: Record<string, number>) =>
  Object.values(counts).reduce((total, value) => total + value, 0);
