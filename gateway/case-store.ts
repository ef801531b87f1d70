import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { subjectId } from '../identity/subject';
import { startWalCheckpointer, type WalCheckpointer } from '../runtime/wal-checkpointer';
import type { CaseState } from './case-state';

/**
 * The gateway's read model: every case it has seen, rebuilt from the event log if lost. Open cases
 * live in memory as well; writes are group-committed once per tick, and `save` resolves only after
 * its write is on disk, so the event that caused it is acknowledged to the log only then.
 */
export interface CaseStore {
  get(id: string): CaseState | undefined;
  /** The case a consumer opened with an Idempotency-Key, if any. */
  byIdempotencyKey(consumer: string, key: string): CaseState | undefined;
  save(state: CaseState): Promise<void>;
  openCases(): CaseState[];
  /** Cases about one subject, oldest first: the subject's access history. */
  bySubject(subjectId: string, limit: number): Promise<CaseState[]>;
  close(): Promise<void>;
}

const RECENT_LIMIT = 5_000;

export function openCaseStore(file: string): CaseStore {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Checkpoints on a worker thread, off the event loop (runtime/wal-checkpointer.ts).
  if (file !== ':memory:') db.pragma('wal_autocheckpoint = 0');
  db.exec(`
    CREATE TABLE IF NOT EXISTS cases (
      id TEXT PRIMARY KEY,
      consumer TEXT NOT NULL,
      idempotency_key TEXT,
      status TEXT NOT NULL,
      created_at TEXT NOT NULL,
      subject_id TEXT NOT NULL,
      state TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS cases_by_subject ON cases (subject_id, created_at);
    CREATE UNIQUE INDEX IF NOT EXISTS cases_by_idempotency_key ON cases (consumer, idempotency_key) WHERE idempotency_key IS NOT NULL;
    CREATE INDEX IF NOT EXISTS cases_open ON cases (status) WHERE status = 'pending';
  `);
  const upsert = db.prepare(
    `INSERT INTO cases (id, consumer, idempotency_key, status, created_at, subject_id, state) VALUES (@id, @consumer, @key, @status, @createdAt, @subjectId, @state)
     ON CONFLICT (id) DO UPDATE SET status = excluded.status, state = excluded.state`,
  );
  const selectById = db.prepare('SELECT state FROM cases WHERE id = ?');
  const selectByKey = db.prepare('SELECT state FROM cases WHERE consumer = ? AND idempotency_key = ?');
  const selectOpen = db.prepare("SELECT state FROM cases WHERE status = 'pending'");
  const selectBySubject = db.prepare('SELECT state FROM cases WHERE subject_id = ? ORDER BY created_at, id LIMIT ?');

  const open = new Map<string, CaseState>();
  const recent = new Map<string, CaseState>();
  for (const row of selectOpen.all() as { state: string }[]) {
    const state = JSON.parse(row.state) as CaseState;
    open.set(state.id, state);
  }
  const openByKey = new Map<string, string>();
  const keyOf = (consumer: string, key: string): string => `${consumer}\u0000${key}`;
  for (const state of open.values()) if (state.idempotencyKey) openByKey.set(keyOf(state.consumer, state.idempotencyKey), state.id);

  let pending = new Map<string, CaseState>();
  let waiters: { resolve(): void; reject(e: unknown): void }[] = [];
  let scheduled = false;
  // While the checkpointer copies the last frames of a long WAL, writes wait here (in memory).
  let paused = false;
  const checkpointer: WalCheckpointer | undefined =
    file === ':memory:'
      ? undefined
      : startWalCheckpointer({
          file,
          writer: {
            pause() {
              paused = true;
            },
            resume() {
              paused = false;
              if (scheduled) setImmediate(() => flush());
            },
          },
        });

  const writeAll = db.transaction((states: CaseState[]) => {
    for (const s of states) {
      upsert.run({ id: s.id, consumer: s.consumer, key: s.idempotencyKey ?? null, status: s.status, createdAt: s.createdAt, subjectId: subjectId(s.subject), state: JSON.stringify(s) });
    }
  });

  /** `force`: write now even while the checkpointer holds writes (it then merely tries again later). */
  function flush(force = false): void {
    if (paused && !force) return; // resume() flushes what queued meanwhile
    scheduled = false;
    const batch = [...pending.values()];
    const batchWaiters = waiters;
    pending = new Map();
    waiters = [];
    try {
      writeAll(batch);
      for (const w of batchWaiters) w.resolve();
    } catch (error) {
      for (const w of batchWaiters) w.reject(error);
    }
  }

  const parse = (row: { state: string } | undefined): CaseState | undefined =>
    row === undefined ? undefined : (JSON.parse(row.state) as CaseState);

  return {
    get(id) {
      return open.get(id) ?? pending.get(id) ?? recent.get(id) ?? parse(selectById.get(id) as { state: string } | undefined);
    },
    byIdempotencyKey(consumer, key) {
      const openId = openByKey.get(keyOf(consumer, key));
      if (openId !== undefined) return open.get(openId);
      for (const s of pending.values()) if (s.consumer === consumer && s.idempotencyKey === key) return s;
      return parse(selectByKey.get(consumer, key) as { state: string } | undefined);
    },
    save(state) {
      if (state.status === 'pending') {
        open.set(state.id, state);
        if (state.idempotencyKey) openByKey.set(keyOf(state.consumer, state.idempotencyKey), state.id);
      } else {
        open.delete(state.id);
        if (state.idempotencyKey) openByKey.delete(keyOf(state.consumer, state.idempotencyKey));
        // Just-closed cases are read right away (the caller waiting on Prefer: wait, late answers).
        recent.delete(state.id);
        recent.set(state.id, state);
        if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
      }
      pending.set(state.id, state);
      return new Promise<void>((resolve, reject) => {
        waiters.push({ resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(() => flush());
        }
      });
    },
    openCases: () => [...open.values()],
    async bySubject(id, limit) {
      // Pending writes first, so a case accepted a moment ago is not missing from the history.
      if (scheduled) flush(true);
      return (selectBySubject.all(id, limit) as { state: string }[]).map((r) => JSON.parse(r.state) as CaseState);
    },
    async close() {
      paused = false;
      if (scheduled) flush();
      await checkpointer?.close();
      db.close();
    },
  };
}
