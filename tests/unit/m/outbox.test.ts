import { describe, expect, it } from 'vitest';
import { ApiError, isTransient } from '../../../admin/src/m/api/client';
import {
  drainOutbox,
  type OutboxEntry,
  type OutboxPhoto,
  type OutboxStore,
  sendEntry,
  type Transport,
} from '../../../admin/src/m/outbox/outbox';

/** The outbox as IndexedDB keeps it, in a Map; `puts` records every write so tests see what was saved when. */
function memoryStore(entries: OutboxEntry[] = []) {
  const kept = new Map(entries.map((entry) => [entry.id, entry]));
  const puts: OutboxEntry[] = [];
  const store: OutboxStore = {
    list: async () => [...kept.values()],
    put: async (entry) => {
      puts.push(entry);
      kept.set(entry.id, entry);
    },
    remove: async (id) => void kept.delete(id),
  };
  return { store, kept, puts };
}

const photo = (localId: string, photoId?: string): OutboxPhoto => ({
  localId,
  kind: 'scan',
  blob: new Blob([localId], { type: 'image/jpeg' }),
  ...(photoId ? { photoId } : {}),
});

const scanEntry = (
  id: string,
  photos: OutboxPhoto[],
  createdAt = '2026-12-02T01:00:00.000Z',
): OutboxEntry => ({
  id,
  kind: 'scan',
  title: '1号除尘器 扫码自查',
  path: '/scans',
  body: { token: 'T'.repeat(22), clientScanId: id, answers: [], result: 'normal' },
  enterpriseId: 'ent-1',
  photos,
  createdAt,
  attempts: 0,
});

/**
 * A network that answers from a script: `uploads` is what each photo upload does in turn (a photo id, or an
 * error), `posts` what each POST does. Every call is logged.
 */
function scriptedTransport(script: { uploads?: (string | Error)[]; posts?: (unknown | Error)[] }) {
  const calls: string[] = [];
  const uploads = [...(script.uploads ?? [])];
  const posts = [...(script.posts ?? [{ id: 'scan-1' }])];
  const transport: Transport = {
    async uploadPhoto(each) {
      calls.push(`upload ${each.localId}`);
      const next = uploads.shift() ?? new Error('no scripted upload');
      if (next instanceof Error) throw next;
      return next;
    },
    async post(path, body) {
      calls.push(`post ${path} ${JSON.stringify((body as { photoIds: unknown }).photoIds)}`);
      const next = posts.shift();
      if (next instanceof Error) throw next;
      return next;
    },
    isTransient,
  };
  return { transport, calls };
}

const offline = () => new ApiError('网络不可用，请检查网络后重试', 0);

describe('the outbox on the phone', () => {
  it('uploads each photo, then posts the scan with their ids in order, and forgets the entry', async () => {
    // Prepare
    const entry = scanEntry('01JD0000000000000000000001', [photo('a'), photo('b')]);
    const { store, kept } = memoryStore([entry]);
    const { transport, calls } = scriptedTransport({ uploads: ['ph-a', 'ph-b'] });

    // Act
    const outcome = await sendEntry(entry, store, transport);

    // Assess
    expect(outcome).toEqual({ state: 'sent', answer: { id: 'scan-1' } });
    expect(calls).toEqual(['upload a', 'upload b', 'post /scans ["ph-a","ph-b"]']);
    expect(kept.size).toBe(0);
  });

  it('keeps the entry when the network fails, with each photo verified so far saved at once', async () => {
    // Prepare
    const entry = scanEntry('01JD0000000000000000000002', [photo('a'), photo('b')]);
    const { store, kept, puts } = memoryStore([entry]);
    const { transport } = scriptedTransport({ uploads: ['ph-a', offline()] });

    // Act
    const outcome = await sendEntry(entry, store, transport);

    // Assess
    expect(outcome).toEqual({ state: 'waiting', message: '网络不可用，请检查网络后重试' });
    expect(puts[0]?.photos.map((each) => each.photoId)).toEqual(['ph-a', undefined]);
    const waiting = kept.get(entry.id);
    expect(waiting?.photos.map((each) => each.photoId)).toEqual(['ph-a', undefined]);
    expect(waiting).toMatchObject({ attempts: 1, refused: false, lastError: '网络不可用，请检查网络后重试' });
  });

  it('on the retry uploads only the photos not yet verified, and sends the same clientScanId', async () => {
    // Prepare: the state the failed try above left
    const entry = {
      ...scanEntry('01JD0000000000000000000003', [photo('a', 'ph-a'), photo('b')]),
      attempts: 1,
    };
    const { store, kept } = memoryStore([entry]);
    const { transport, calls } = scriptedTransport({ uploads: ['ph-b2'] });
    const bodies: unknown[] = [];
    const seeing: Transport = {
      ...transport,
      post: (path, sent) => {
        bodies.push(sent);
        return transport.post(path, sent);
      },
    };

    // Act
    const outcome = await sendEntry(entry, store, seeing);

    // Assess
    expect(outcome.state).toBe('sent');
    expect(calls).toEqual(['upload b', 'post /scans ["ph-a","ph-b2"]']);
    expect(bodies).toMatchObject([{ clientScanId: '01JD0000000000000000000003' }]);
    expect(kept.size).toBe(0);
  });

  it('marks an entry the server refuses (4xx) and does not send it again', async () => {
    // Prepare
    const refused = new ApiError('该风险点已停用，无需扫码', 409, 'RISK_POINT_RETIRED');
    const entry = scanEntry('01JD0000000000000000000004', []);
    const { store, kept } = memoryStore([entry]);
    const { transport, calls } = scriptedTransport({ posts: [refused] });

    // Act
    const first = await sendEntry(entry, store, transport);
    const drained = await drainOutbox(store, transport);

    // Assess
    expect(first).toEqual({ state: 'refused', message: '该风险点已停用，无需扫码' });
    expect(kept.get(entry.id)).toMatchObject({ refused: true, attempts: 1 });
    expect(drained).toEqual({ sent: 0, waiting: 0, refused: 0 });
    expect(calls).toEqual(['post /scans []']);
  });

  it.each([
    [0, true],
    [401, true],
    [408, true],
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [403, false],
    [404, false],
    [409, false],
    [422, false],
  ])('treats HTTP %i as transient: %s', (status, transient) => {
    // Act / Assess
    expect(isTransient(new ApiError('…', status))).toBe(transient);
  });

  it('drains oldest first and stops at the first network failure, leaving the rest waiting', async () => {
    // Prepare
    const older = scanEntry('01JD0000000000000000000005', [], '2026-12-02T01:00:00.000Z');
    const middle = scanEntry('01JD0000000000000000000006', [], '2026-12-02T01:05:00.000Z');
    const newer = scanEntry('01JD0000000000000000000007', [], '2026-12-02T01:10:00.000Z');
    const { store, kept } = memoryStore([newer, older, middle]);
    const { transport, calls } = scriptedTransport({ posts: [{ id: 's5' }, offline(), { id: 'never' }] });

    // Act
    const drained = await drainOutbox(store, transport);

    // Assess
    expect(drained).toEqual({ sent: 1, waiting: 2, refused: 0 });
    expect(calls).toHaveLength(2);
    expect([...kept.keys()].sort()).toEqual([middle.id, newer.id]);
  });
});
