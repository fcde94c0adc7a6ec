import type { OutboxEntry, OutboxStore } from './outbox';

const DB_NAME = 'changan-m';
const STORE = 'outbox';

function request<T>(call: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    call.onsuccess = () => resolve(call.result);
    call.onerror = () => reject(call.error);
  });
}

let opened: Promise<IDBDatabase> | undefined;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => {
      opened = undefined;
      reject(open.error);
    };
  });
  return opened;
}

async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>) {
  const db = await database();
  return request(run(db.transaction(STORE, mode).objectStore(STORE)));
}

/** The outbox in IndexedDB: entries with their photos as Blobs survive a closed tab and a dead battery. */
export const idbOutbox: OutboxStore = {
  list: () => withStore('readonly', (store) => store.getAll() as IDBRequest<OutboxEntry[]>),
  put: async (entry) => {
    await withStore('readwrite', (store) => store.put(entry));
  },
  remove: async (id) => {
    await withStore('readwrite', (store) => store.delete(id));
  },
};
