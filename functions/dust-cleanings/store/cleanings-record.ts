import { cleaningDay, suspectReasonsOf } from '#functions/dust-cleanings/domain/days';
import type { DustCleaningCreate } from '#functions/dust-cleanings/schemas';
import { type CleaningItem, cleaningIdFor, findCleaning } from '#functions/dust-cleanings/store/cleanings';
import { countCleaning, keepLastSatisfied } from '#functions/dust-cleanings/store/days';
import { dustCleaning } from '#functions/dust-cleanings/store/entities/cleaning';
import { type DustSite, dustSiteByToken, getDustSite } from '#functions/dust-sites/index';
import { usablePhotos, type VerifiedPhoto } from '#functions/photos/index';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError, NotFoundError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';

/** Test seams: a throw there is a crash after the cleaning put (day not counted) or after the count. */
export interface CleaningSeams {
  beforeCount?: () => void | Promise<void>;
  beforeSite?: () => void | Promise<void>;
}

/** The site behind the token, if the caller's enterprise owns it and it is active; else a clear 4xx. */
function uploadable(principal: Principal, site: DustSite | null): DustSite {
  if (!site || site.enterpriseId !== principal.enterpriseId)
    throw new NotFoundError('场所码已失效或不属于本企业：请扫描本企业粉尘场所张贴的最新二维码');
  if (site.status !== 'active')
    throw new ConflictError(
      'DUST_SITE_RETIRED',
      '该粉尘场所已停用，无需上报清扫照片；如有疑问请联系企业安全管理人员',
    );
  return site;
}

const settled = <T>(result: PromiseSettledResult<T>): T => {
  if (result.status === 'rejected') throw result.reason;
  return result.value;
};

/** The site and the photos, read at once; every refusal comes before the first write. */
async function readInputs(principal: Principal, input: DustCleaningCreate) {
  const [site, photos] = await Promise.allSettled([
    dustSiteByToken(input.token),
    usablePhotos({
      photoIds: input.photoIds,
      enterpriseId: principal.enterpriseId ?? '',
      uploadedBy: principal.userId,
      kinds: ['dust'],
      fieldPath: 'body.photoIds',
    }),
  ]);
  return { site: uploadable(principal, settled(site)), photos: settled(photos) };
}

function itemOf(
  principal: Principal,
  site: DustSite,
  photos: VerifiedPhoto[],
  input: DustCleaningCreate,
  now: Date,
) {
  const suspectReasons = suspectReasonsOf(photos);
  return {
    cleaningId: cleaningIdFor(principal.userId, input.clientId),
    clientId: input.clientId,
    siteId: site.siteId,
    siteName: site.name,
    enterpriseId: site.enterpriseId,
    enterpriseName: site.enterpriseName,
    districtId: site.districtId,
    townId: site.townId,
    ...(site.gridId ? { gridId: site.gridId } : {}),
    day: cleaningDay(now),
    uploadedAt: now.toISOString(),
    uploadedBy: principal.userId,
    uploadedByName: principal.name,
    photoIds: input.photoIds,
    suspect: suspectReasons.length > 0,
    suspectReasons,
    review: 'none' as const,
    pending: true,
  } satisfies CleaningItem;
}

/** The steps after the put: count the day, move the site, drop the marker. Each is harmless when repeated. */
async function complete(
  item: CleaningItem,
  seams: CleaningSeams,
  site?: DustSite | null,
): Promise<CleaningItem> {
  if (!item.pending) return item;
  if (item.review !== 'rejected') {
    await seams.beforeCount?.();
    await countCleaning(item);
    await seams.beforeSite?.();
    const current = site ?? (await getDustSite(item.siteId));
    await keepLastSatisfied(item.siteId, item.day, true, current?.lastSatisfiedDay);
  }
  await dustCleaning.patch({ cleaningId: item.cleaningId }).remove(['pending']).go({ response: 'none' });
  const { pending: _pending, ...done } = item;
  return done;
}

/**
 * Records a cleaning once per (user, clientId). A retry answers the first record and finishes what a crash
 * left (the record carries `pending` until the day is counted and the site's lastSatisfiedDay is moved), even
 * if the site was retired or its code re-issued since. Order: every check; the cleaning (conditional put with
 * the marker); the day count (once per id); the site; the marker removed.
 */
export async function recordCleaning(
  principal: Principal,
  input: DustCleaningCreate,
  now: Date,
  seams: CleaningSeams = {},
): Promise<{ cleaning: CleaningItem; replayed: boolean }> {
  const cleaningId = cleaningIdFor(principal.userId, input.clientId);
  const first = await findCleaning(cleaningId);
  if (first) return { cleaning: await complete(first, seams), replayed: true };
  const { site, photos } = await readInputs(principal, input);
  const item = itemOf(principal, site, photos, input, now);
  try {
    await dustCleaning.create(item).go({ response: 'none' });
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    // A concurrent twin put it first: finish its steps (each is once-only) and answer it.
    const twin = await findCleaning(cleaningId);
    if (!twin) throw new Error(`cleaning ${cleaningId}: the conditional put failed but none is stored`);
    return { cleaning: await complete(twin, seams), replayed: true };
  }
  return { cleaning: await complete(item, seams, site), replayed: false };
}
