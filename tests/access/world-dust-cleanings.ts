import type { LocalStack } from '#infra/local/stack';
import { callApi } from '#tests/fixtures/local-stack';
import { drawScene, sceneJpeg } from '#tests/fixtures/photos/scenes';
import type { KnownRow, Targets } from './world';
import { ownerships, post, uniqueName } from './world';

type Headers = Record<string, string>;

/**
 * dust-cleanings: one cleaning of each target site and of the world's other sites (written straight through the
 * store, as the seed does: no photos needed), each queued for review, and one VERIFIED dust photo of the
 * world's enterprise user, which its upload rows attach.
 */
export interface DustCleaningWorld {
  dustCleanings: Targets;
  dustCleaningRows: KnownRow[];
  dustPhoto: string;
}

/** A site's fields as the city admin reads them. */
async function siteOf(stack: LocalStack, city: Headers, siteId: string) {
  const answer = await callApi(stack, `/api/dust-sites/${siteId}`, { headers: city });
  return answer.body as {
    siteId: string;
    name: string;
    token: string;
    enterpriseId: string;
    enterpriseName: string;
    districtId: string;
    townId: string;
    gridId?: string;
  };
}

/** A cleaning of `siteId` today (not reviewed), put straight; queued for review when asked. Its id. */
export async function freshCleaning(stack: LocalStack, city: Headers, siteId: string, queue = false) {
  const site = await siteOf(stack, city, siteId);
  const { putCleaningsForSeed } = await import('#functions/dust-cleanings/index');
  const { businessDay } = await import('#functions/platform/clock');
  const cleaningId = uniqueName('access-cleaning-').replace(/[^A-Za-z0-9_-]/g, '-');
  const at = new Date();
  const cleaning = {
    cleaningId,
    clientId: cleaningId,
    siteId: site.siteId,
    siteName: site.name,
    enterpriseId: site.enterpriseId,
    enterpriseName: site.enterpriseName,
    districtId: site.districtId,
    townId: site.townId,
    ...(site.gridId ? { gridId: site.gridId } : {}),
    day: businessDay(at),
    uploadedAt: at.toISOString(),
    uploadedBy: 'access-user',
    uploadedByName: '矩阵用户',
    photoIds: [],
    suspect: false,
    suspectReasons: [],
    review: 'none' as const,
  };
  await putCleaningsForSeed([cleaning]);
  if (queue) {
    const { queueForReview } = await import('#functions/dust-cleanings/store/review-queue');
    await queueForReview([cleaning], at);
  }
  return cleaningId;
}

/** The current code token of a site (the city admin reads it). */
export const dustSiteToken = async (stack: LocalStack, city: Headers, siteId: string) =>
  (await siteOf(stack, city, siteId)).token;

/** A dust photo uploaded and verified for the user of `headers` (the local S3 and its check worker). */
async function verifiedPhoto(stack: LocalStack, headers: Headers): Promise<string> {
  const ticket = (await post(stack, headers, '/api/uploads', {
    kind: 'dust',
    contentType: 'image/jpeg',
  })) as {
    photoId?: string;
    upload?: { url: string; fields: Record<string, string> };
  };
  if (!ticket.photoId || !ticket.upload) throw new Error('setup: no upload ticket');
  const form = new FormData();
  for (const [name, value] of Object.entries(ticket.upload.fields)) form.append(name, value);
  const bytes = sceneJpeg(drawScene(4242, 96, 64), 85);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'photo.jpg');
  const answer = await fetch(ticket.upload.url, { method: 'POST', body: form });
  await answer.arrayBuffer();
  await stack.whenIdle();
  if (answer.status >= 300) throw new Error(`setup: photo upload ${answer.status}`);
  return ticket.photoId;
}

export async function dustCleaningsOf(
  stack: LocalStack,
  city: Headers,
  enterpriseUser: Headers,
  sites: Targets,
  moreSites: KnownRow[],
): Promise<DustCleaningWorld> {
  const made = {} as Targets;
  for (const ownership of ownerships)
    made[ownership] = await freshCleaning(stack, city, sites[ownership], true);
  const rows: KnownRow[] = [];
  for (const site of moreSites)
    rows.push({ id: await freshCleaning(stack, city, site.id, true), place: site.place });
  return {
    dustCleanings: made,
    dustCleaningRows: rows,
    dustPhoto: await verifiedPhoto(stack, enterpriseUser),
  };
}
