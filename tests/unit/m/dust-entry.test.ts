import { describe, expect, it } from 'vitest';
import { ApiError, isTransient } from '../../../admin/src/m/api/client';
import { dustEntry } from '../../../admin/src/m/dust/DustForm';
import {
  type OutboxEntry,
  type OutboxStore,
  sendEntry,
  type Transport,
} from '../../../admin/src/m/outbox/outbox';

const TOKEN = 'Zx9_Fen-ChenMaQrStUv01';
const site = {
  siteId: 'site-1',
  enterpriseId: 'ent-9',
  enterpriseName: '湖塘铝制品有限公司',
  name: '二号抛光车间',
  location: '南侧二号厂房',
  dustType: '铝粉',
  status: 'active' as const,
  today: { day: '2026-12-02', uploaded: 0 },
};
const picked = [
  { localId: 'a', blob: new Blob(['a'], { type: 'image/jpeg' }) },
  { localId: 'b', blob: new Blob(['b'], { type: 'image/jpeg' }) },
];

function memoryStore() {
  const kept = new Map<string, OutboxEntry>();
  const store: OutboxStore = {
    list: async () => [...kept.values()],
    put: async (entry) => void kept.set(entry.id, entry),
    remove: async (id) => void kept.delete(id),
  };
  return { store, kept };
}

/** Photo uploads answer ph-1, ph-2…; the POST answers `post` (or throws it). */
function transportAnswering(post: unknown) {
  const posted: { path: string; body: unknown }[] = [];
  const kinds: string[] = [];
  let photos = 0;
  const transport: Transport = {
    async uploadPhoto(photo) {
      kinds.push(photo.kind);
      photos += 1;
      return `ph-${photos}`;
    },
    async post(path, body) {
      posted.push({ path, body });
      if (post instanceof Error) throw post;
      return post;
    },
    isTransient,
  };
  return { transport, posted, kinds };
}

describe("a day's dust cleaning in the outbox", () => {
  it('is one entry whose id is the clientId, with the photos as dust photos of the site’s enterprise', () => {
    // Act
    const entry = dustEntry(site, TOKEN, picked);

    // Assess
    expect(entry).toMatchObject({
      kind: 'dust',
      title: '二号抛光车间（南侧二号厂房）清扫照片',
      path: '/dust-cleanings',
      enterpriseId: 'ent-9',
      attempts: 0,
    });
    expect(entry.body).toEqual({ token: 'Zx9_Fen-ChenMaQrStUv01', clientId: entry.id });
    expect(entry.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(entry.photos.map((photo) => [photo.localId, photo.kind])).toEqual([
      ['a', 'dust'],
      ['b', 'dust'],
    ]);
  });

  it('takes a new clientId for each upload (two uploads of a day are two cleanings)', () => {
    // Act
    const first = dustEntry(site, TOKEN, picked);
    const second = dustEntry(site, TOKEN, picked);

    // Assess
    expect(first.id).not.toBe(second.id);
  });

  it('posts { token, clientId, photoIds } to /dust-cleanings once its photos are verified', async () => {
    // Prepare
    const entry = dustEntry(site, TOKEN, picked);
    const { store, kept } = memoryStore();
    const { transport, posted, kinds } = transportAnswering({ cleaningId: 'c-1' });

    // Act
    const outcome = await sendEntry(entry, store, transport);

    // Assess
    expect(outcome.state).toBe('sent');
    expect(kinds).toEqual(['dust', 'dust']);
    expect(posted).toEqual([
      {
        path: '/dust-cleanings',
        body: { token: 'Zx9_Fen-ChenMaQrStUv01', clientId: entry.id, photoIds: ['ph-1', 'ph-2'] },
      },
    ]);
    expect(kept.size).toBe(0);
  });

  it('keeps a retired site’s refusal with its reason, not to be sent again', async () => {
    // Prepare
    const entry = dustEntry(site, TOKEN, picked.slice(0, 1));
    const { store, kept } = memoryStore();
    const reason = '该粉尘场所已停用，无需上报清扫照片；如有疑问请联系企业安全管理人员';
    const { transport } = transportAnswering(new ApiError(reason, 409, 'DUST_SITE_RETIRED'));

    // Act
    const outcome = await sendEntry(entry, store, transport);

    // Assess
    expect(outcome).toEqual({ state: 'refused', message: reason });
    expect(kept.get(entry.id)).toMatchObject({ refused: true, lastError: reason });
  });
});
