import type { EntityItem } from 'electrodb';
import { photo } from '#functions/photos/store/entities/photo';
import type { Principal } from '#functions/platform/principal';
import { inScope } from '#functions/platform/scope';

/**
 * Photo records as other capabilities' checks read them. Kept apart from `photos.ts` (which presigns), so that a
 * group that only checks photos (scans) loads no bucket configuration.
 */
export type PhotoRecord = EntityItem<typeof photo>;

/** Whether `principal` may see photos of the enterprise this record belongs to. */
export const maySee = (principal: Principal, record: PhotoRecord) =>
  // Evidence belongs to an agency, not an enterprise: only agency-deductions shows it, after its own check
  record.kind !== 'evidence' &&
  inScope(principal, {
    districtId: record.districtId,
    townId: record.townId ?? null,
    gridId: record.gridId ?? null,
    enterpriseId: record.enterpriseId,
  });

/** The stored photos of `photoIds` (unknown ids left out), in one batch. */
export async function photosByIds(photoIds: readonly string[]): Promise<Map<string, PhotoRecord>> {
  const unique = [...new Set(photoIds)];
  if (unique.length === 0) return new Map();
  const { data } = await photo.get(unique.map((photoId) => ({ photoId }))).go();
  return new Map(data.map((record) => [record.photoId, record]));
}
