import { useEffect, useState } from 'react';
import { currentSession } from '../api/client';
import { networkTransport } from '../photos/upload';
import { idbOutbox } from './idb';
import { drainOutbox, type OutboxEntry, type PhotoProgress, type SendOutcome, sendEntry } from './outbox';

/** While something waits, try again this often, besides at every `online` event. */
const RETRY_MS = 20_000;

const listeners = new Set<(entries: OutboxEntry[]) => void>();
let busy: Promise<unknown> = Promise.resolve();
let timer: ReturnType<typeof setInterval> | undefined;

async function publish(): Promise<OutboxEntry[]> {
  const entries = await idbOutbox.list();
  for (const listener of listeners) listener(entries);
  if (entries.some((entry) => !entry.refused)) timer ??= setInterval(() => void drainNow(), RETRY_MS);
  else if (timer) {
    clearInterval(timer);
    timer = undefined;
  }
  return entries;
}

/** One send at a time: a retry timer firing during a user's submit must not post the same entry twice. */
function exclusive<T>(run: () => Promise<T>): Promise<T> {
  const next = busy.then(run, run);
  busy = next.catch(() => undefined);
  return next;
}

/** Keeps the entry first (so a dead network or a closed tab loses nothing), then tries to send it. */
export function submit(
  entry: OutboxEntry,
  onProgress: (progress: PhotoProgress) => void,
): Promise<SendOutcome> {
  return exclusive(async () => {
    await idbOutbox.put(entry);
    const outcome = await sendEntry(entry, idbOutbox, networkTransport, onProgress);
    await publish();
    return outcome;
  });
}

/** Sends whatever waits, if someone is logged in. */
export function drainNow() {
  return exclusive(async () => {
    if (currentSession()) await drainOutbox(idbOutbox, networkTransport);
    await publish();
  });
}

export async function discard(id: string) {
  await idbOutbox.remove(id);
  await publish();
}

export function startOutbox() {
  window.addEventListener('online', () => void drainNow());
  void drainNow();
}

/** The entries still waiting or refused, kept current. */
export function useOutbox(): OutboxEntry[] {
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  useEffect(() => {
    listeners.add(setEntries);
    void idbOutbox.list().then(setEntries);
    return () => void listeners.delete(setEntries);
  }, []);
  return entries;
}
