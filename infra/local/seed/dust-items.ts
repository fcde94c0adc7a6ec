import { SUSPECT_REASONS, type SuspectCode } from '#functions/photos/domain/capture';
import type { PoolPhoto } from './dust-photos';
import type { PlannedDay, PlannedSite } from './dust-plan';
import type { Reviewer } from './risk-items';
import { demoUlid } from './risk-plan';

const iso = (at: number) => new Date(at).toISOString();
const SUSPECT_TURN: readonly SuspectCode[] = ['similar', 'captureGap', 'duplicate'];
export const REJECT_REASON = '照片模糊，看不清清扫区域，请重新拍摄上传';

/** One seeded cleaning of a day with its photos, in the shapes of the contract (DustCleaning, photo record). */
export function cleaningOf(
  site: PlannedSite,
  planned: PlannedDay,
  context: {
    pool: readonly PoolPhoto[];
    reviewer: Reviewer | undefined;
    serial: number;
    /** Suspect uploads from this day on are still in the review queue; older ones were approved. */
    queuedFrom: string;
  },
) {
  const at = planned.at as number;
  const { enterprise } = site;
  const uploadedBy = enterprise.safety.userId;
  const code = SUSPECT_TURN[context.serial % SUSPECT_TURN.length] as SuspectCode;
  const photos = Array.from({ length: planned.photos }, (_, n) => {
    const pooled = context.pool[(context.serial * 7 + n) % context.pool.length] as PoolPhoto;
    const suspect = planned.suspect && n === 0;
    return {
      photoId: demoUlid(at, `dust-photo\n${site.siteId}\n${planned.day}\n${n}`),
      kind: 'dust' as const,
      status: 'VERIFIED' as const,
      key: pooled.key,
      contentType: 'image/jpeg',
      enterpriseId: enterprise.id,
      districtId: enterprise.districtId,
      townId: enterprise.townId,
      ...(enterprise.gridId ? { gridId: enterprise.gridId } : {}),
      uploadedBy,
      uploadedAt: iso(at - 20_000),
      sha256: pooled.sha256,
      size: pooled.size,
      capturedAt: iso(code === 'captureGap' && suspect ? at - 5 * 3600_000 : at - 60_000),
      ...(suspect ? { suspect: SUSPECT_REASONS[code], suspectReasons: [code] } : {}),
      checkedAt: iso(at - 15_000),
    };
  });
  const reviewedBy = context.reviewer?.userId ?? 'seed';
  const review = planned.rejected
    ? ('rejected' as const)
    : !planned.suspect
      ? ('none' as const)
      : planned.day >= context.queuedFrom
        ? ('queued' as const)
        : ('approved' as const);
  const cleaning = {
    cleaningId: demoUlid(at, `dust-cleaning\n${site.siteId}\n${planned.day}`),
    clientId: `demo-${site.siteId}-${planned.day}`,
    siteId: site.siteId,
    siteName: site.name,
    enterpriseId: enterprise.id,
    enterpriseName: enterprise.name,
    districtId: enterprise.districtId,
    townId: enterprise.townId,
    ...(enterprise.gridId ? { gridId: enterprise.gridId } : {}),
    day: planned.day,
    uploadedAt: iso(at),
    uploadedBy,
    uploadedByName: enterprise.safety.name,
    photoIds: photos.map((photo) => photo.photoId),
    suspect: planned.suspect,
    suspectReasons: planned.suspect ? [code] : [],
    review,
    ...(review === 'rejected' || review === 'approved'
      ? { reviewedBy, reviewedAt: iso(at + 86_400_000) }
      : {}),
    ...(review === 'rejected' ? { reason: REJECT_REASON } : {}),
  };
  return { cleaning, photos };
}
