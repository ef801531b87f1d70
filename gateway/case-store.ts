import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { subjectId } from '../identity/subject';
import { startWalCheckpointer, type WalCheckpointer } from '../runtime/wal-checkpointer';
import { threadWriter, type RowWrite } from './case-store-writer';
import type { CaseState, RecordState } from './case-state';

/**
 * The gateway's read model: every case it has seen, rebuilt from the event log if lost. Open cases
 * live in memory as well; writes are group-committed once per tick, and `save` resolves only after
 * its write is on disk, so the event that caused it is acknowledged to the log only then.
 *
 * A case is written whole when it opens and when it closes; an answer in between writes only its own
 * record (`case_records`), which a restart lays over the open case. Rewriting the whole case for each
 * of its five answers serialised 40 KB of JSON per case, now 22 KB (bench/README.md).
 *
 * A thread of its own serialises and writes the rows (case-store-writer.ts). Until a write is committed
 * its case is answered from memory, so no read sees the disk behind a save.
 *
 * An answer's record waits up to `recordDelayMs` before it is written: a case whose last answer comes
 * within that time is then written once, whole, and its records never as rows of their own (which the
 * close would delete again). Only the acknowledgement of the answer waits; the case tracker applies
 * the case's next event meanwhile. At saturation that wrote one record row a case instead of four, and
 * the writer's thread spent 0.35 instead of 0.50 ms a case (bench/README.md, sixteenth session).
 */
export interface CaseStore {
  get(id: string): CaseState | undefined;
  /**
   * The case a consumer opened with an Idempotency-Key, if any: the first one saved with it. On Kafka a
   * submission refused as unavailable may still land after its retry opened another case with the same
   * key (a retry first catches up with the log, application-service.ts, so this is left to a submission
   * that lands after that); that later case is stored too, but the key stays with the first.
   */
  byIdempotencyKey(consumer: string, key: string): CaseState | undefined;
  /** `changed`: the one record that changed in an open case the store already has; else all of it is written. */
  save(state: CaseState, changed?: RecordState): Promise<void>;
  openCases(): CaseState[];
  /** Cases about one subject, oldest first: the subject's access history. */
  bySubject(subjectId: string, limit: number): Promise<CaseState[]>;
  close(): Promise<void>;
}

const RECENT_LIMIT = 5_000;

export interface CaseStoreOptions {
  /**
   * How long (ms) an open case's changed record may wait to be written, so that the case's next write
   * takes it along. 0 writes every save in the turn it was made, as a whole case is always written.
   */
  readonly recordDelayMs?: number;
}

/**
 * The default simulators answer within 25–66 ms, but a case lasts about half a second at saturation,
 * where the writes cost most: at 50 and 100 ms 3.8 and 3.2 of a case's four record rows were still
 * written, at 200 ms one (bench/README.md, sixteenth session). The tracker's window holds the answers
 * waiting meanwhile.
 */
export const DEFAULT_RECORD_DELAY_MS = 200;

export function openCaseStore(file: string, options: CaseStoreOptions = {}): CaseStore {
  const recordDelayMs = options.recordDelayMs ?? DEFAULT_RECORD_DELAY_MS;
  // Its writer is a second connection, which an in-memory database would not share.
  if (file === ':memory:' || file === '') throw new Error('the case store needs a file');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Checkpoints on a worker thread, off the event loop (runtime/wal-checkpointer.ts).
  db.pragma('wal_autocheckpoint = 0');
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
    CREATE TABLE IF NOT EXISTS case_records (
      case_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      record TEXT NOT NULL,
      PRIMARY KEY (case_id, position)
    ) WITHOUT ROWID;
  `);
  const selectById = db.prepare('SELECT state FROM cases WHERE id = ?');
  const selectByKey = db.prepare('SELECT state FROM cases WHERE consumer = ? AND idempotency_key = ?');
  const selectOpen = db.prepare("SELECT state, idempotency_key AS key FROM cases WHERE status = 'pending'");
  const selectBySubject = db.prepare('SELECT state FROM cases WHERE subject_id = ? ORDER BY created_at, id LIMIT ?');
  const selectRecords = db.prepare('SELECT position, record FROM case_records WHERE case_id = ?');

  /** An open case as stored: its row, with the records answered since laid over it. */
  function withAnsweredRecords(state: CaseState): CaseState {
    if (state.status !== 'pending') return state;
    for (const row of selectRecords.all(state.id) as { position: number; record: string }[]) {
      if (row.position < state.records.length) state.records[row.position] = JSON.parse(row.record) as RecordState;
    }
    return state;
  }

  const open = new Map<string, CaseState>();
  const recent = new Map<string, CaseState>();
  const openByKey = new Map<string, string>();
  const keyOf = (consumer: string, key: string): string => `${consumer}\u0000${key}`;
  for (const row of selectOpen.all() as { state: string; key: string | null }[]) {
    const state = withAnsweredRecords(JSON.parse(row.state) as CaseState);
    open.set(state.id, state);
    // Only the case that holds its key in the table: a later one with the same key was stored without.
    if (row.key !== null) openByKey.set(keyOf(state.consumer, row.key), state.id);
  }
  // Cases whose row is on disk (or in a batch being written): only these may be saved record by record.
  const stored = new Set<string>(open.keys());
  // Cases with record rows on disk, or in a batch being written: writing such a case whole deletes
  // them, so none can go stale. Kept as the batches are handed over, in the order the writer commits.
  const withRows = new Set<string>((db.prepare('SELECT DISTINCT case_id FROM case_records').all() as { case_id: string }[]).map((r) => r.case_id));
  const writer = threadWriter(file);
  // Cases in batches handed to the writer and not yet committed, with the batch that last wrote each.
  const writing = new Map<string, { state: CaseState; holdsKey: boolean; batch: number }>();
  let batches = 0;

  /** What the next flush writes for a case: all of it, or some of its records. */
  interface PendingWrite {
    state: CaseState;
    whole: boolean;
    records: Set<number>;
    /** Whether the case holds its Idempotency-Key (byIdempotencyKey). */
    holdsKey: boolean;
    /** When (performance.now()) the write is due, if it is of records only. */
    readonly due: number;
    /** The saves it holds, told once it is committed. */
    readonly waiters: { resolve(): void; reject(e: unknown): void }[];
  }
  // In the order the cases were first saved since their last write: records-only writes fall due in it.
  const pending = new Map<string, PendingWrite>();
  // A flush at the end of this turn, for a whole case (or every write, with no delay).
  let scheduled = false;
  // A flush when the oldest write of records only falls due.
  let dueTimer: NodeJS.Timeout | undefined;
  // While the checkpointer copies the last frames of a long WAL, writes wait here (in memory).
  let paused = false;
  const checkpointer: WalCheckpointer = startWalCheckpointer({
    file,
    writer: {
      pause() {
        paused = true;
        // The writer's transactions run on its thread: the checkpointer waits for those in flight.
        return writer.idle();
      },
      resume() {
        paused = false;
        if (pending.size > 0) setImmediate(() => flush());
      },
    },
  });

  /** A pending write as the rows the writer stores; updates `withRows` as the writer will leave them. */
  function rowsOf({ state: s, whole, records, holdsKey }: PendingWrite): RowWrite {
    if (!whole) {
      withRows.add(s.id);
      return { kind: 'records', id: s.id, records: [...records].map((position) => [position, s.records[position]] as const) };
    }
    const dropRecords = withRows.delete(s.id);
    return {
      kind: 'case',
      id: s.id,
      consumer: s.consumer,
      key: holdsKey ? (s.idempotencyKey ?? null) : null,
      status: s.status,
      createdAt: s.createdAt,
      subjectId: subjectId(s.subject),
      state: s,
      dropRecords,
    };
  }

  /** Arms the timer for the oldest write still waiting, if any and none is armed. */
  function armDueTimer(): void {
    if (dueTimer !== undefined) return;
    for (const write of pending.values()) {
      if (write.whole) continue;
      dueTimer = setTimeout(() => {
        dueTimer = undefined;
        void flush();
      }, Math.max(0, write.due - performance.now()));
      return;
    }
  }

  /**
   * Hands the writer every whole case and every record that is due. `force`: everything pending, now,
   * even while the checkpointer holds writes (it then merely tries again later).
   */
  function flush(force = false): Promise<void> {
    if (paused && !force) return writer.idle(); // resume() flushes what queued meanwhile
    scheduled = false;
    const now = performance.now();
    const batch: PendingWrite[] = [];
    for (const [id, write] of pending) {
      if (!force && !write.whole && write.due > now) continue;
      batch.push(write);
      pending.delete(id);
    }
    if (dueTimer !== undefined && pending.size === 0) {
      clearTimeout(dueTimer);
      dueTimer = undefined;
    }
    armDueTimer();
    if (batch.length === 0) return writer.idle();
    const batchWaiters = batch.flatMap((write) => write.waiters);
    batches += 1;
    const number = batches;
    for (const { state, holdsKey } of batch) writing.set(state.id, { state, holdsKey, batch: number });
    const written = writer.write(batch.map(rowsOf));
    const done = (): void => {
      for (const { state } of batch) if (writing.get(state.id)?.batch === number) writing.delete(state.id);
    };
    written.then(
      () => {
        done();
        for (const w of batchWaiters) w.resolve();
      },
      (error: unknown) => {
        done();
        // Nothing of the batch is on disk: the next save of each of these cases writes it whole, and
        // deletes any record rows it may have.
        for (const { state } of batch) {
          stored.delete(state.id);
          withRows.add(state.id);
        }
        for (const w of batchWaiters) w.reject(error);
      },
    );
    return written.then(
      () => undefined,
      () => undefined,
    );
  }

  const parse = (row: { state: string } | undefined): CaseState | undefined =>
    row === undefined ? undefined : withAnsweredRecords(JSON.parse(row.state) as CaseState);

  function byIdempotencyKey(consumer: string, key: string): CaseState | undefined {
    const openId = openByKey.get(keyOf(consumer, key));
    if (openId !== undefined) return open.get(openId);
    for (const { state: s, holdsKey } of [...pending.values(), ...writing.values()]) if (holdsKey && s.consumer === consumer && s.idempotencyKey === key) return s;
    return parse(selectByKey.get(consumer, key) as { state: string } | undefined);
  }

  /** Whether a case holds its key: it has one, and no other case was saved with it first. */
  function holdsKey(state: CaseState): boolean {
    if (state.idempotencyKey === undefined) return false;
    const holder = byIdempotencyKey(state.consumer, state.idempotencyKey);
    return holder === undefined || holder.id === state.id;
  }

  return {
    get(id) {
      return open.get(id) ?? pending.get(id)?.state ?? writing.get(id)?.state ?? recent.get(id) ?? parse(selectById.get(id) as { state: string } | undefined);
    },
    byIdempotencyKey,
    save(state, changed) {
      const holds = pending.get(state.id)?.holdsKey ?? holdsKey(state);
      const key = holds ? keyOf(state.consumer, state.idempotencyKey!) : undefined;
      if (state.status === 'pending') {
        open.set(state.id, state);
        if (key !== undefined) openByKey.set(key, state.id);
      } else {
        open.delete(state.id);
        if (key !== undefined) openByKey.delete(key);
        // Just-closed cases are read right away (the caller waiting on Prefer: wait, late answers).
        recent.delete(state.id);
        recent.set(state.id, state);
        if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
      }
      let write = pending.get(state.id);
      if (write === undefined) {
        write = { state, whole: false, records: new Set(), holdsKey: holds, due: performance.now() + recordDelayMs, waiters: [] };
        pending.set(state.id, write);
      }
      write.state = state;
      const position = changed === undefined ? -1 : state.records.indexOf(changed);
      if (state.status !== 'pending' || position < 0 || !stored.has(state.id)) write.whole = true;
      else write.records.add(position);
      if (state.status === 'pending') stored.add(state.id);
      else stored.delete(state.id);
      const { waiters, whole } = write;
      return new Promise<void>((resolve, reject) => {
        waiters.push({ resolve, reject });
        if (!whole && recordDelayMs > 0) armDueTimer();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(() => flush());
        }
      });
    },
    openCases: () => [...open.values()],
    async bySubject(id, limit) {
      // Pending writes first, so a case accepted a moment ago is not missing from the history.
      await (pending.size > 0 ? flush(true) : writer.idle());
      return (selectBySubject.all(id, limit) as { state: string }[]).map((r) => {
        const state = JSON.parse(r.state) as CaseState;
        return open.get(state.id) ?? withAnsweredRecords(state);
      });
    },
    async close() {
      paused = false;
      if (pending.size > 0) await flush(true);
      await writer.close();
      await checkpointer.close();
      db.close();
    },
  };
}
