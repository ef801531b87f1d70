import { Worker } from 'node:worker_threads';

/**
 * Checkpoints a SQLite WAL file from a worker thread. Left to SQLite, the connection that commits when
 * the WAL passes 1,000 pages copies it into the database and syncs the file, inside that commit: on
 * the benchmark machine a 5–7 ms stall of the event loop about twice a second, which showed up directly
 * in the latency tail. The owner turns automatic checkpoints off (`wal_autocheckpoint = 0`) and this
 * thread, with a connection of its own, runs a passive checkpoint whenever the WAL has grown past a
 * threshold (4 MiB, SQLite's own default of 1,000 pages); a passive checkpoint never waits for or
 * blocks the writer, and SQLite restarts the WAL from its start once it has all been copied (owners
 * set `journal_size_limit = 0`, so the file then shrinks and its size keeps meaning "not yet copied").
 * Checkpointing on every tick instead of by size cost a quarter of the throughput: each checkpoint
 * syncs the database file, and small ones sync just as often for less work.
 *
 * The worker's code is inline (no separate file), so it runs the same from compiled output and from
 * the TypeScript sources under test.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 100');
let lastError = '';
const fs = require('node:fs');
const wal = workerData.file + '-wal';
const timer = setInterval(() => {
  try {
    const size = fs.statSync(wal, { throwIfNoEntry: false })?.size ?? 0;
    if (size < workerData.thresholdBytes) return;
    db.pragma('wal_checkpoint(PASSIVE)');
    lastError = '';
  } catch (error) {
    // Busy or locked: the next round tries again. Report each new kind of failure once.
    const message = String(error && error.message);
    if (message !== lastError) parentPort.postMessage({ error: message });
    lastError = message;
  }
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.postMessage({ closed: true });
  parentPort.close();
});
`;

export interface WalCheckpointer {
  /** Stops checkpointing and closes the worker's connection; the owner's close then checkpoints last. */
  close(): Promise<void>;
}

export interface WalCheckpointerOptions {
  readonly file: string;
  /** How often the WAL's size is looked at (ms, default 200). */
  readonly intervalMs?: number;
  /** WAL size that triggers a checkpoint (bytes, default 4 MiB). */
  readonly thresholdBytes?: number;
  readonly onError?: (message: string) => void;
}

export function startWalCheckpointer(options: WalCheckpointerOptions): WalCheckpointer {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file: options.file, driver: require.resolve('better-sqlite3'), intervalMs: options.intervalMs ?? 200, thresholdBytes: options.thresholdBytes ?? 4 * 1024 * 1024 },
  });
  worker.unref(); // never keeps a process alive on its own
  const closed = new Promise<void>((resolve) => {
    worker.on('message', (message: { error?: string; closed?: boolean }) => {
      if (message.error !== undefined) options.onError?.(message.error);
    });
    worker.on('exit', () => resolve());
    worker.on('error', (error) => {
      options.onError?.(error.message);
      resolve();
    });
  });
  let closing: Promise<void> | undefined;
  return {
    close() {
      closing ??= (async () => {
        worker.ref(); // whoever awaits this close keeps the process alive until the worker is gone
        worker.postMessage('close');
        await closed;
      })();
      return closing;
    },
  };
}
