import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { startWalCheckpointer } from '../../runtime/wal-checkpointer';

/**
 * The checkpointer copies the WAL into the database from its own thread once enough waits, judged by
 * the wal-index header, and never truncates the WAL under the writer.
 */
describe('WAL checkpointer', () => {
  let dir: string;
  let db: Database.Database;
  const file = (): string => path.join(dir, 'wal.db');

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-wal-'));
    db = new Database(file());
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  });
  afterEach(() => {
    if (db.open) db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const insert = (rows: number): void => {
    const stmt = db.prepare('INSERT INTO t (body) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < rows; i++) stmt.run('x'.repeat(1000));
    })();
  };
  const until = async (what: () => boolean, ms = 5_000): Promise<void> => {
    const end = Date.now() + ms;
    while (!what()) {
      if (Date.now() > end) throw new Error('timed out waiting');
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  it('checkpoints once the frames waiting pass the threshold, and not before', async () => {
    const checkpoints: { log: number; checkpointed: number }[] = [];
    const errors: string[] = [];
    const checkpointer = startWalCheckpointer({
      file: file(),
      intervalMs: 10,
      thresholdBytes: 256 * 1024,
      onCheckpoint: (r) => checkpoints.push(r),
      onError: (e) => errors.push(e),
    });
    try {
      insert(20); // ~20 KiB: below the threshold
      await new Promise((r) => setTimeout(r, 150));
      expect(checkpoints).toEqual([]);
      const before = fs.statSync(file()).size;

      insert(400); // ~400 KiB
      await until(() => checkpoints.length > 0);
      expect(checkpoints[0]!.log).toBeGreaterThan(64);
      expect(checkpoints[0]!.checkpointed).toBe(checkpoints[0]!.log);
      // The rows are in the database file itself now, not only in the WAL.
      expect(fs.statSync(file()).size).toBeGreaterThan(before + 300 * 1024);
      expect(errors).toEqual([]);

      // The WAL is reused from its start, not truncated: its file keeps its size.
      const walSize = fs.statSync(`${file()}-wal`).size;
      insert(1);
      expect(fs.statSync(`${file()}-wal`).size).toBe(walSize);
      expect((db.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n).toBe(421);
    } finally {
      await checkpointer.close();
    }
  });

  /**
   * Writes in small commits on every turn of the event loop for 1.5 s, queueing while held, once the
   * checkpointer's thread is up; returns the WAL file's largest size.
   */
  async function steadyLoad(withWriter: boolean): Promise<{ walMax: number; pauses: number[]; writtenBytes: number; restarts: number }> {
    let paused = false;
    let pausedAt = 0;
    const pauses: number[] = [];
    const checkpoints: unknown[] = [];
    const checkpointer = startWalCheckpointer({
      file: file(),
      intervalMs: 5,
      thresholdBytes: 256 * 1024,
      finishBytes: 32 * 1024,
      onCheckpoint: (r) => checkpoints.push(r),
      ...(withWriter
        ? {
            writer: {
              pause: () => {
                paused = true;
                pausedAt = performance.now();
              },
              resume: () => {
                paused = false;
                pauses.push(performance.now() - pausedAt);
              },
            },
          }
        : {}),
    });
    let walMax = 0;
    let writtenRows = 0;
    // SQLite bumps salt-1 in the WAL's header (offset 16) each time it restarts the WAL from its start.
    const wal = fs.openSync(`${file()}-wal`, 'r');
    const salt = Buffer.alloc(4);
    const salt1 = (): number => (fs.readSync(wal, salt, 0, 4, 16) === 4 ? salt.readUInt32BE(0) : -1);
    let restarts = 0;
    try {
      insert(300);
      await until(() => checkpoints.length > 0); // the thread is up
      let lastSalt = salt1();
      const end = Date.now() + 1_500;
      while (Date.now() < end) {
        if (!paused) {
          insert(4);
          writtenRows += 4;
        }
        walMax = Math.max(walMax, fs.statSync(`${file()}-wal`).size);
        const now = salt1();
        if (now !== lastSalt) restarts += 1;
        lastSalt = now;
        await new Promise((r) => setImmediate(r));
      }
    } finally {
      fs.closeSync(wal);
      await checkpointer.close();
    }
    expect(paused).toBe(false);
    return { walMax, pauses, writtenBytes: writtenRows * 1000, restarts };
  }

  it('holds the owner\'s writes for a moment, and each hold lets a WAL under steady load restart', async () => {
    // Without the hold, a WAL written to on every turn restarts only when a checkpoint happens to
    // finish between two commits: seldom, so it grows (40–60 MB in 10 s at 50 cases/s in the server).
    const { walMax, pauses, writtenBytes, restarts } = await steadyLoad(true);
    expect(writtenBytes).toBeGreaterThan(2 * 1024 * 1024); // several thresholds' worth went through
    expect(pauses.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...pauses)).toBeLessThan(1_000);
    // Every hold but perhaps the last is followed by a commit that restarts the WAL from its start.
    expect(restarts).toBeGreaterThanOrEqual(pauses.length - 1);
    // Sizes depend on how busy the machine is; the WAL stays a fraction of what went through it.
    expect(walMax).toBeLessThan(writtenBytes / 2);
  });

  it('stops on close, leaving the owner to checkpoint last', async () => {
    const checkpoints: unknown[] = [];
    const checkpointer = startWalCheckpointer({ file: file(), intervalMs: 10, thresholdBytes: 1024, onCheckpoint: (r) => checkpoints.push(r) });
    await checkpointer.close();
    insert(50);
    await new Promise((r) => setTimeout(r, 100));
    expect(checkpoints).toEqual([]);
    db.close();
    expect(fs.existsSync(`${file()}-wal`)).toBe(false);
    const reopened = new Database(file(), { readonly: true });
    expect((reopened.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n).toBe(50);
    reopened.close();
  });
});
