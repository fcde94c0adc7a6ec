import type { PhotoKind } from '../api/types';

/** A photo waiting with its scan or rectification; `photoId` once the server has VERIFIED it. */
export interface OutboxPhoto {
  readonly localId: string;
  readonly kind: PhotoKind;
  readonly blob: Blob;
  readonly photoId?: string;
}

/**
 * A write the phone keeps until the server has it: a scan (`POST /api/scans`, idempotent by its
 * clientScanId, which is the entry's id), a rectification, or a day's dust cleaning (`POST /api/dust-cleanings`,
 * idempotent by its clientId, the entry's id too). Photos go up first; their ids join the body.
 */
export interface OutboxEntry {
  readonly id: string;
  readonly kind: 'scan' | 'rectification' | 'dust' | 'patrol' | 'campaign';
  /** What the user sees in the waiting list, e.g. the risk point's name. */
  readonly title: string;
  readonly path: string;
  readonly body: Readonly<Record<string, unknown>>;
  readonly enterpriseId: string;
  readonly photos: readonly OutboxPhoto[];
  readonly createdAt: string;
  readonly attempts: number;
  readonly lastError?: string;
  /** The server refused it (a 4xx): it is not sent again; the user sees why and may discard it. */
  readonly refused?: boolean;
}

export interface OutboxStore {
  list(): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  remove(id: string): Promise<void>;
}

export interface PhotoProgress {
  readonly photo: number;
  readonly of: number;
  /** 0..1 of this photo's bytes. */
  readonly fraction: number;
  readonly stage: 'upload' | 'verify';
}

export interface Transport {
  /** Asks for a fresh upload policy, uploads, waits for VERIFIED; the photo's id. */
  uploadPhoto(
    photo: OutboxPhoto,
    enterpriseId: string,
    onProgress: (fraction: number, stage: PhotoProgress['stage']) => void,
  ): Promise<string>;
  post(path: string, body: unknown): Promise<unknown>;
  /** Worth another try later (no network, 5xx, 429, lapsed login) rather than refused for good. */
  isTransient(error: unknown): boolean;
}

export type SendOutcome =
  | { readonly state: 'sent'; readonly answer: unknown }
  | { readonly state: 'waiting' | 'refused'; readonly message: string };

/** The body as sent: the verified photo ids in the order the user took them. */
export function bodyWithPhotos(entry: OutboxEntry): Record<string, unknown> {
  return { ...entry.body, photoIds: entry.photos.map((photo) => photo.photoId) };
}

/**
 * Sends one entry: each photo not yet verified (a photo verified on an earlier try is never sent again, and is
 * saved as soon as it is), then the write. A transient failure keeps the entry waiting; a refusal marks it.
 */
export async function sendEntry(
  entry: OutboxEntry,
  store: OutboxStore,
  transport: Transport,
  onProgress?: (progress: PhotoProgress) => void,
): Promise<SendOutcome> {
  let current: OutboxEntry = { ...entry, attempts: entry.attempts + 1 };
  const of = current.photos.length;
  try {
    for (const [index, photo] of current.photos.entries()) {
      if (photo.photoId) continue;
      const photoId = await transport.uploadPhoto(photo, current.enterpriseId, (fraction, stage) =>
        onProgress?.({ photo: index, of, fraction, stage }),
      );
      const photos = current.photos.map((each, at) => (at === index ? { ...each, photoId } : each));
      current = { ...current, photos };
      await store.put(current);
    }
    const answer = await transport.post(current.path, bodyWithPhotos(current));
    await store.remove(current.id);
    return { state: 'sent', answer };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const refused = !transport.isTransient(error);
    await store.put({ ...current, lastError: message, refused });
    return { state: refused ? 'refused' : 'waiting', message };
  }
}

export interface DrainResult {
  sent: number;
  waiting: number;
  refused: number;
}

/** Sends the waiting entries oldest first; after the first transient failure the rest wait too (same network). */
export async function drainOutbox(store: OutboxStore, transport: Transport): Promise<DrainResult> {
  const entries = (await store.list())
    .filter((entry) => !entry.refused)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const result: DrainResult = { sent: 0, waiting: 0, refused: 0 };
  for (const [index, entry] of entries.entries()) {
    const outcome = await sendEntry(entry, store, transport);
    result[outcome.state] += 1;
    if (outcome.state === 'waiting') {
      result.waiting += entries.length - index - 1;
      break;
    }
  }
  return result;
}
