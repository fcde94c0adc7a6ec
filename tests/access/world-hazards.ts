import type { RouteCase } from './cases';
import type { KnownRow, Ownership, Place, Targets, World } from './world';

type Placed = Place & { enterpriseId: string };
const scoped: readonly Ownership[] = ['own', 'sameDistrict', 'otherDistrict'];
let serial = 0;

/** A hazard written straight through the store (as a scan would leave it), OPEN or already RECTIFIED. */
export async function hazardIn(place: Placed, by: string, status: 'OPEN' | 'RECTIFIED' = 'OPEN') {
  const { hazard } = await import('#functions/hazards/store/entities/hazard');
  const { newId } = await import('#functions/platform/ids');
  serial += 1;
  const hazardId = newId();
  const at = new Date().toISOString();
  await hazard
    .create({
      hazardId,
      ...place,
      source: 'scan',
      level: 'general',
      description: `矩阵隐患${serial}`,
      status,
      deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      photoIds: [],
      history: [],
      createdBy: by,
      createdByName: '矩阵',
      createdAt: at,
      updatedAt: at,
      version: 1,
    })
    .go();
  return hazardId;
}

/** A VERIFIED rectification photo of `enterpriseId` uploaded by `uploadedBy`, as the upload check leaves it. */
async function rectificationPhoto(enterpriseId: string, districtId: string, uploadedBy: string) {
  const { photo } = await import('#functions/photos/store/entities/photo');
  const { newId } = await import('#functions/platform/ids');
  const photoId = newId();
  await photo
    .create({
      photoId,
      kind: 'rectification',
      status: 'VERIFIED',
      key: `rectification/${districtId}/${enterpriseId}/2026-12-02/${photoId}.jpg`,
      contentType: 'image/jpeg',
      enterpriseId,
      districtId,
      uploadedBy,
      uploadedAt: new Date().toISOString(),
      sha256: photoId.padEnd(64, '0'),
      size: 1024,
    })
    .go();
  return photoId;
}

/** One hazard in each target enterprise and one in each of the leak-bait enterprises (list rows). */
export async function hazardsOf(
  places: Record<Ownership, Place>,
  enterprises: Targets,
  more: { id: string; place: Omit<Place, 'gridId'> & { gridId?: string } }[],
) {
  const hazards = {} as Targets;
  const rows: KnownRow[] = [];
  for (const o of scoped) {
    const place = { ...places[o], enterpriseId: enterprises[o] };
    hazards[o] = await hazardIn(place, 'matrix');
    rows.push({ id: hazards[o], place });
  }
  for (const { id, place } of more) {
    const at = { ...place, enterpriseId: id } as Placed;
    rows.push({ id: await hazardIn(at, 'matrix'), place: at });
  }
  return { hazards, rows };
}

const placed = (w: World, o: Ownership | 'none') => {
  const ownership = o === 'none' ? 'own' : o;
  return { ...w.place[ownership], enterpriseId: w.enterprises[ownership] };
};

export const hazardCases: Record<string, RouteCase> = {
  'GET /api/hazards': {
    list: 'hazard',
    ownerships: ['none'],
    call: async () => ({ path: '/api/hazards?limit=100' }),
  },
  'POST /api/hazards': {
    ownerships: ['own', 'otherDistrict'],
    call: async (w, _a, o) => ({
      path: '/api/hazards',
      body: { enterpriseId: placed(w, o).enterpriseId, description: '消防通道堆放杂物', level: 'general' },
    }),
  },
  'GET /api/hazards/{id}': {
    kind: 'hazard',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `/api/hazards/${w.hazards[o as Ownership]}` }),
  },
  'POST /api/hazards/{id}/rectification': {
    kind: 'hazard',
    ownerships: scoped,
    // A fresh OPEN hazard per row (a rectified one cannot be rectified again) and the actor's own photo.
    call: async (w, _a, o) => {
      const own = placed(w, 'own');
      const photoId = await rectificationPhoto(own.enterpriseId, own.districtId, w.actorIds.enterpriseUser);
      return {
        path: `/api/hazards/${await hazardIn(placed(w, o), 'matrix')}/rectification`,
        body: { description: '已清理消防通道', photoIds: [photoId] },
      };
    },
  },
  'POST /api/hazards/{id}/review': {
    kind: 'hazard',
    ownerships: scoped,
    // A fresh RECTIFIED hazard per row: a closed one would answer 409.
    call: async (w, _a, o) => ({
      path: `/api/hazards/${await hazardIn(placed(w, o), 'matrix', 'RECTIFIED')}/review`,
      body: { decision: 'close', reason: '现场核实整改到位' },
    }),
  },
};
