import { createHash } from 'node:crypto';
import type { cleaningOf } from './dust-items';
import type { PlannedSite } from './dust-plan';

type Written = ReturnType<typeof cleaningOf>;

export interface DustSiteItems {
  site: PlannedSite;
  token: string;
  lastSatisfiedDay: string | undefined;
  cleanings: Written['cleaning'][];
  photos: Written['photos'];
}

/**
 * The table items of one seeded site, each built by its capability's own entity (`put(...).params().Item`, so
 * keys and indexes are the entity's): the photo records (photos' `photo`), the site and its code (dust-sites),
 * the cleanings and the per-site-per-day records (dust-cleanings).
 */
export async function dustEntityItems(input: DustSiteItems): Promise<Record<string, unknown>[]> {
  const { photo } = await import('#functions/photos/store/entities/photo');
  const { dustSite } = await import('#functions/dust-sites/store/entities/dust-site');
  const { dustSiteCode } = await import('#functions/dust-sites/store/entities/dust-site-code');
  const { dustCleaning } = await import('#functions/dust-cleanings/store/entities/cleaning');
  const { dustDay } = await import('#functions/dust-cleanings/store/entities/day');
  const { reviewItem } = await import('#functions/dust-cleanings/store/entities/review-item');
  const { site, token } = input;
  const { enterprise } = site;
  const createdAt = new Date(site.createdAt).toISOString();
  const items: Record<string, unknown>[] = [
    dustSite
      .put({
        siteId: site.siteId,
        enterpriseId: enterprise.id,
        enterpriseName: enterprise.name,
        districtId: enterprise.districtId,
        townId: enterprise.townId,
        ...(enterprise.gridId ? { gridId: enterprise.gridId } : {}),
        name: site.name,
        location: site.location,
        dustType: site.dustType,
        contactPhone: enterprise.responsible.phone ?? demoMobile(site.siteId),
        status: 'active',
        token,
        codeIssuedAt: createdAt,
        ...(input.lastSatisfiedDay ? { lastSatisfiedDay: input.lastSatisfiedDay } : {}),
        version: 1,
        createdBy: 'seed',
        createdAt,
        updatedAt: createdAt,
      })
      .params().Item,
    dustSiteCode.put({ token, siteId: site.siteId, issuedAt: createdAt }).params().Item,
    ...input.photos.map((record) => photo.put(record).params().Item),
    ...input.cleanings.map((cleaning) => dustCleaning.put(cleaning).params().Item),
    ...dayRecords(input.cleanings).map((day) => dustDay.put(day).params().Item),
    ...input.cleanings.flatMap((cleaning) => {
      if (cleaning.review === 'none') return [];
      const { cleaningId, siteId, enterpriseId, districtId, townId, day, suspect, suspectReasons } = cleaning;
      const decided =
        cleaning.review === 'queued'
          ? {}
          : { reviewedBy: cleaning.reviewedBy, reviewedAt: cleaning.reviewedAt };
      const item = {
        ...{ cleaningId, siteId, enterpriseId, districtId, townId, day, suspect, suspectReasons },
        rank: suspect ? ('0' as const) : ('1' as const),
        state: cleaning.review,
        // The spot check queues yesterday's cleanings the next morning (08:30).
        queuedAt: `${nextDay(day)}T00:30:00.000Z`,
        ...decided,
        ...(cleaning.reason ? { reason: cleaning.reason } : {}),
      };
      return [reviewItem.put(item).params().Item];
    }),
  ];
  return items;
}

/** One day record per day with an upload: the not-rejected cleanings counted (a rejected day counts none). */
function dayRecords(cleanings: DustSiteItems['cleanings']) {
  return cleanings.map((cleaning) => {
    const kept = cleaning.review === 'rejected' ? [] : [cleaning.cleaningId];
    return {
      siteId: cleaning.siteId,
      day: cleaning.day,
      enterpriseId: cleaning.enterpriseId,
      cleaningIds: kept,
      count: kept.length,
      version: 1,
      updatedAt: cleaning.reviewedAt ?? cleaning.uploadedAt,
    };
  });
}

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A demo mobile number for a site whose enterprise has no safety contact phone (deterministic). */
const demoMobile = (siteId: string) =>
  `139${String(Number.parseInt(createHash('sha256').update(siteId).digest('hex').slice(0, 8), 16) % 1e8).padStart(8, '0')}`;
