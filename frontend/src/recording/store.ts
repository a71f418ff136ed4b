/**
 * The candidate's own recording, kept only in this browser (IndexedDB), never uploaded: one entry per answer,
 * with where the answer starts in the session's media time, so the report's moments map to the recording.
 */
export interface AnswerRecording {
  sessionId: string;
  index: number;
  /** session media seconds (the report's time axis) at which this recording starts */
  startSec: number;
  durationSec: number;
  mimeType: string;
  blob: Blob;
}

const DB = 'coach-recordings';
const STORE = 'answers';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: ['sessionId', 'index'] });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export function saveRecording(r: AnswerRecording): Promise<IDBValidKey> {
  return run('readwrite', (s) => s.put(r));
}

/** The session's recordings in answer order; empty when there are none (or IndexedDB is unavailable). */
export async function recordingsOf(sessionId: string): Promise<AnswerRecording[]> {
  try {
    const all = await run('readonly', (s) => s.getAll(IDBKeyRange.bound([sessionId, -Infinity], [sessionId, Infinity])));
    return (all as AnswerRecording[]).sort((a, b) => a.index - b.index);
  } catch {
    return [];
  }
}

export function deleteRecordings(sessionId: string): Promise<undefined> {
  return run('readwrite', (s) => s.delete(IDBKeyRange.bound([sessionId, -Infinity], [sessionId, Infinity])));
}
