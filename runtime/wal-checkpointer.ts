import { Worker } from 'node:worker_threads';
import { workerError } from './worker-error';

/**
 * Checkpoints a SQLite WAL file from a worker thread. Left to SQLite, the connection that commits when
 * the WAL passes 1,000 pages copies it into the database and syncs the file, inside that commit: on
 * the benchmark machine a 5–7 ms stall of the event loop about twice a second, which showed up directly
 * in the latency tail. The owner turns automatic checkpoints off (`wal_autocheckpoint = 0`) and this
 * thread, with a connection of its own, runs a passive checkpoint (it never waits for or blocks the
 * writer) once more than a threshold (4 MiB, SQLite's own default of 1,000 pages) waits to be copied.
 *
 * A WAL is reused from its start only when a commit finds every frame copied, and frames keep coming
 * while a checkpoint runs: left alone, a WAL under steady load grows without end. So once the bulk is
 * copied, the thread asks the owner to hold its writes (`writer.pause`), copies the few frames written
 * meanwhile, and lets the owner go on (`writer.resume`); the owner's next commit restarts the WAL. The
 * event loop is never blocked: writes queue in memory for those few milliseconds. An owner without
 * `writer` gets a passive checkpoint every interval while its WAL is long, which restarts it when a
 * pause in the load happens to allow.
 *
 * How much waits is read from the wal-index header in the `-shm` file (unix VFS, documented in
 * SQLite's walformat.html): `mxFrame` (offset 16) frames are in the WAL, `nBackfill` (offset 96) of
 * them are copied. The WAL file's size cannot say it unless SQLite truncates the file each time it
 * restarts the WAL (`journal_size_limit = 0`), and that truncation runs inside a commit, on the event
 * loop: 9–14 ms of `ftruncate` per restart on the benchmark machine's ext4 disk. Should the header not
 * look as documented (another VFS, a future format), the thread checkpoints every interval and says so
 * once.
 *
 * The worker's code is inline (no separate file), so it runs the same from compiled output and from
 * the TypeScript sources under test.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const os = require('node:os');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 100');
const header = Buffer.alloc(100);
const le = os.endianness() === 'LE';
let shm;
let lastError = '';
let finishing = false;
const report = (text) => {
  if (text !== lastError) parentPort.postMessage({ error: text });
  lastError = text;
};
// The WAL's frames and those not yet copied, in bytes; undefined if the header cannot be read.
function walBytes() {
  try {
    shm ??= fs.openSync(workerData.file + '-shm', 'r');
    if (fs.readSync(shm, header, 0, 100, 0) < 100) return undefined;
  } catch {
    return undefined;
  }
  const u32 = (at) => (le ? header.readUInt32LE(at) : header.readUInt32BE(at));
  const u16 = (at) => (le ? header.readUInt16LE(at) : header.readUInt16BE(at));
  if (u32(0) !== 3007000 || header[12] !== 1) return undefined;
  const frame = (u16(14) === 1 ? 65536 : u16(14)) + 24;
  return { total: u32(16) * frame, waiting: Math.max(0, u32(16) - u32(96)) * frame };
}
function checkpoint() {
  const [result] = db.pragma('wal_checkpoint(PASSIVE)');
  parentPort.postMessage({ log: result.log, checkpointed: result.checkpointed });
}
const timer = setInterval(() => {
  if (finishing) return;
  try {
    const wal = walBytes();
    if (wal === undefined) {
      report('the WAL index header is not in the documented format; checkpointing every interval');
      checkpoint();
      return;
    }
    if (wal.waiting === 0 || wal.total < workerData.thresholdBytes) return;
    if (wal.waiting > workerData.finishBytes || !workerData.canPause) checkpoint();
    lastError = '';
    if (workerData.canPause && walBytes()?.waiting > 0) {
      finishing = true;
      parentPort.postMessage({ pause: true });
    }
  } catch (error) {
    // Busy or locked: the next round tries again. Report each new kind of failure once.
    report(String(error && error.message));
  }
}, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message === 'paused') {
    // The owner holds its writes: this copies every frame, and its next commit restarts the WAL.
    try {
      checkpoint();
    } catch (error) {
      report(String(error && error.message));
    }
    finishing = false;
    parentPort.postMessage({ resume: true });
    return;
  }
  clearInterval(timer);
  if (shm !== undefined) fs.closeSync(shm);
  db.close();
  parentPort.postMessage({ closed: true });
  parentPort.close();
});
`;

export interface WalCheckpointer {
  /** Stops checkpointing and closes the worker's connection; the owner's close then checkpoints last. */
  close(): Promise<void>;
}

/** The owner's writes, held for the short final checkpoint that lets the WAL restart from its start. */
export interface PausableWriter {
  /**
   * Start no write transaction until `resume`; queue writes instead. Never called inside one. A writer
   * whose transactions run on another thread returns a promise that settles once those already handed
   * over are done: the final copy then waits for it.
   */
  pause(): void | Promise<void>;
  resume(): void;
}

export interface WalCheckpointerOptions {
  readonly file: string;
  readonly writer?: PausableWriter;
  /** How often the amount waiting is looked at (ms, default 200). */
  readonly intervalMs?: number;
  /** WAL bytes waiting to be copied that trigger a checkpoint (default 4 MiB). */
  readonly thresholdBytes?: number;
  /** Writes are held only to copy at most this much (default 256 KiB); more is copied first. */
  readonly finishBytes?: number;
  /** Writes are never held longer than this (ms, default 1,000), whatever the worker does. */
  readonly maxPauseMs?: number;
  readonly onError?: (message: string) => void;
  /** After each checkpoint: frames in the WAL, and how many of them are now copied. */
  readonly onCheckpoint?: (result: { log: number; checkpointed: number }) => void;
}

export function startWalCheckpointer(options: WalCheckpointerOptions): WalCheckpointer {
  const { writer } = options;
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      file: options.file,
      driver: require.resolve('better-sqlite3'),
      intervalMs: options.intervalMs ?? 200,
      thresholdBytes: options.thresholdBytes ?? 4 * 1024 * 1024,
      finishBytes: options.finishBytes ?? 256 * 1024,
      canPause: writer !== undefined,
    },
  });
  worker.unref(); // never keeps a process alive on its own
  let pauseTimer: NodeJS.Timeout | undefined;
  let closing: Promise<void> | undefined;
  const resume = (): void => {
    if (pauseTimer === undefined) return;
    clearTimeout(pauseTimer);
    pauseTimer = undefined;
    writer?.resume();
  };
  const closed = new Promise<void>((resolve) => {
    worker.on('message', (message: { error?: string; log?: number; checkpointed?: number; pause?: boolean; resume?: boolean }) => {
      if (message.error !== undefined) options.onError?.(message.error);
      else if (message.log !== undefined) options.onCheckpoint?.({ log: message.log, checkpointed: message.checkpointed ?? 0 });
      else if (message.pause && writer !== undefined && closing === undefined && pauseTimer === undefined) {
        // Message handlers run between tasks, so no write transaction of the owner's thread is open now.
        const held = writer.pause();
        pauseTimer = setTimeout(resume, options.maxPauseMs ?? 1_000);
        pauseTimer.unref();
        // Told even if the pause timed out meanwhile: the thread waits for this word before it checks again.
        void Promise.resolve(held).then(
          () => worker.postMessage('paused'),
          () => worker.postMessage('paused'),
        );
      } else if (message.resume) resume();
    });
    worker.on('exit', () => {
      resume();
      resolve();
    });
    worker.on('error', (error: unknown) => {
      options.onError?.(workerError(error, 'the WAL checkpointer').message);
      resume();
      resolve();
    });
  });
  return {
    close() {
      closing ??= (async () => {
        resume();
        worker.ref(); // whoever awaits this close keeps the process alive until the worker is gone
        worker.postMessage('close');
        await closed;
      })();
      return closing;
    },
  };
}
