/**
 * Photos taken for an inspection record before it reached the server, kept in the tablet's
 * IndexedDB (localStorage cannot hold images) under the record's `clientId` until each is uploaded.
 */
const DATABASE = 'ocop-inspection-photos';
const STORE = 'photos';
const BY_CLIENT = 'by-client-id';

export interface PendingPhoto {
  id: number;
  clientId: string;
  fileName: string;
  mediaType: string;
  caption: string;
  content: Blob;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
      store.createIndex(BY_CLIENT, 'clientId');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
  });
}

async function inStore<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T> | undefined,
): Promise<T | undefined> {
  const db = await open();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request?.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'));
    });
  } finally {
    db.close();
  }
}

/** Keeps the photos of a record on the device (as Blobs, read fully now: a picked file may go away). */
export async function keepPhotos(
  clientId: string,
  photos: readonly { file: File; caption: string }[],
): Promise<void> {
  const rows = await Promise.all(
    photos.map(async ({ file, caption }) => ({
      clientId,
      fileName: file.name,
      mediaType: file.type,
      caption,
      content: new Blob([await file.arrayBuffer()], { type: file.type }),
    })),
  );
  if (rows.length === 0) return;
  await inStore('readwrite', (store) => {
    for (const row of rows) store.add(row);
    return undefined;
  });
}

/** The photos still waiting for the record `clientId`, oldest first. */
export async function pendingPhotos(clientId: string): Promise<PendingPhoto[]> {
  const rows = await inStore<PendingPhoto[]>(
    'readonly',
    (store) => store.index(BY_CLIENT).getAll(IDBKeyRange.only(clientId)) as IDBRequest<PendingPhoto[]>,
  );
  return (rows ?? []).sort((a, b) => a.id - b.id);
}

/** Forgets one photo once the server has it. */
export async function forgetPhoto(id: number): Promise<void> {
  await inStore('readwrite', (store) => store.delete(id));
}

/** The SHA-256 of a photo (hex), to recognise one the server already holds; undefined without WebCrypto (plain HTTP). */
export async function sha256Of(content: Blob): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = await crypto.subtle.digest('SHA-256', await content.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
