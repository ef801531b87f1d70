import { Worker } from 'node:worker_threads';
import { workerError } from '../runtime/worker-error';

/**
 * Where the case store's writes run. A file-backed store writes on a thread of its own, with a
 * connection of its own: the event loop hands the rows over, and their JSON, the upserts and the commit
 * run beside it. Without the disk writes the gateway served 1.16× the cases
 * per second at saturation (bench/README.md, twelfth session), its event loop spending 2.92 instead of
 * 3.43 ms a case; the case store has its own SQLite file, so the thread shares no lock with the event
 * log.
 *
 * Batches are written in the order they are handed over, each in one transaction: all of it or none.
 * A row's case or record travels as the object (postMessage copies it as it is at that moment) and is
 * turned into JSON there: V8's structured clone of a closed case takes about half the time of its
 * JSON.stringify on this Node (27 against 45 µs for 10 KB), and the JSON is then off the event loop.
 *
 * The worker's code is inline, so it runs the same from compiled output and from the TypeScript
 * sources under test (as runtime/wal-checkpointer.ts).
 */
export type RowWrite =
  | {
      readonly kind: 'case';
      readonly id: string;
      readonly consumer: string;
      readonly key: string | null;
      readonly status: string;
      readonly createdAt: string;
      readonly subjectId: string;
      /** The case, stored as its JSON. */
      readonly state: unknown;
      /** The case's record rows go: the whole case supersedes them. */
      readonly dropRecords: boolean;
    }
  | { readonly kind: 'records'; readonly id: string; readonly records: readonly (readonly [position: number, record: unknown])[] };

export interface CaseStoreWriter {
  /** Writes one batch in one transaction; resolves once it is committed. */
  write(batch: readonly RowWrite[]): Promise<void>;
  /** Resolves once every batch handed over so far is committed (or failed). */
  idle(): Promise<void>;
  /** Waits for the batches in flight, then closes the writer's connection. */
  close(): Promise<void>;
}

const UPSERT_CASE = `INSERT INTO cases (id, consumer, idempotency_key, status, created_at, subject_id, state) VALUES (@id, @consumer, @key, @status, @createdAt, @subjectId, @state)
  ON CONFLICT (id) DO UPDATE SET status = excluded.status, state = excluded.state`;
const UPSERT_RECORD =
  'INSERT INTO case_records (case_id, position, record) VALUES (?, ?, ?) ON CONFLICT (case_id, position) DO UPDATE SET record = excluded.record';
const DELETE_RECORDS = 'DELETE FROM case_records WHERE case_id = ?';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = ' + workerData.synchronous);
db.pragma('wal_autocheckpoint = 0'); // the owner's checkpointer does it (runtime/wal-checkpointer.ts)
const upsertCase = db.prepare(workerData.upsertCase);
const upsertRecord = db.prepare(workerData.upsertRecord);
const deleteRecords = db.prepare(workerData.deleteRecords);
const writeAll = db.transaction((batch) => {
  for (const w of batch) {
    if (w.kind === 'case') {
      upsertCase.run({ id: w.id, consumer: w.consumer, key: w.key, status: w.status, createdAt: w.createdAt, subjectId: w.subjectId, state: JSON.stringify(w.state) });
      if (w.dropRecords) deleteRecords.run(w.id);
    } else {
      for (const [position, record] of w.records) upsertRecord.run(w.id, position, JSON.stringify(record));
    }
  }
});
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.postMessage({ closed: true });
    parentPort.close();
    return;
  }
  try {
    writeAll(message.batch);
    parentPort.postMessage({ seq: message.seq });
  } catch (error) {
    parentPort.postMessage({ seq: message.seq, error: String((error && error.message) || error) });
  }
});
`;

/** Writes on a worker thread with its own connection to `file` (which must exist, schema and all). */
export function threadWriter(file: string, synchronous: 'NORMAL' | 'FULL' = 'NORMAL'): CaseStoreWriter {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, driver: require.resolve('better-sqlite3'), synchronous, upsertCase: UPSERT_CASE, upsertRecord: UPSERT_RECORD, deleteRecords: DELETE_RECORDS },
  });
  // Only writes in flight keep the process alive (a waiting save is what an owner awaits).
  worker.unref();
  const inFlight = new Map<number, { resolve(): void; reject(error: Error): void }>();
  let seq = 0;
  let idleWaiters: (() => void)[] = [];
  let failure: Error | undefined;
  let closing: Promise<void> | undefined;
  const settleIdle = (): void => {
    if (inFlight.size > 0) return;
    worker.unref();
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  };
  const fail = (error: Error): void => {
    failure ??= error;
    for (const { reject } of inFlight.values()) reject(error);
    inFlight.clear();
    settleIdle();
  };
  const idle = (): Promise<void> => (inFlight.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve)));
  const closed = new Promise<void>((resolve) => {
    worker.on('message', (message: { seq?: number; error?: string; closed?: boolean }) => {
      if (message.closed) return;
      const waiting = inFlight.get(message.seq!);
      if (waiting === undefined) return;
      inFlight.delete(message.seq!);
      if (message.error === undefined) waiting.resolve();
      else waiting.reject(new Error(`case store write failed: ${message.error}`));
      settleIdle();
    });
    worker.on('error', (error: unknown) => fail(workerError(error, `the case store writer (${file})`)));
    worker.on('exit', () => {
      fail(failure ?? new Error('the case store writer stopped'));
      resolve();
    });
  });
  return {
    write(batch) {
      if (closing !== undefined) return Promise.reject(new Error('the case store is closed'));
      if (failure !== undefined) return Promise.reject(failure);
      seq += 1;
      const mine = seq;
      return new Promise<void>((resolve, reject) => {
        inFlight.set(mine, { resolve, reject });
        worker.ref();
        worker.postMessage({ seq: mine, batch });
      });
    },
    idle,
    close() {
      closing ??= (async () => {
        await idle();
        worker.ref();
        worker.postMessage('close');
        await closed;
      })();
      return closing;
    },
  };
}
