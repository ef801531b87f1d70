import fs from 'node:fs';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import Database from 'better-sqlite3';
import type { Logger } from '../../runtime/logger';
import { silentLogger } from '../../runtime/logger';
import { loopLoad, type LoopLoad } from '../../runtime/loop-load';
import { startWalCheckpointer } from '../../runtime/wal-checkpointer';
import type {
  EventLog,
  OutgoingEvent,
  ReplayOptions,
  StoredEvent,
  SubscribeOptions,
  Subscription,
  TopicSpec,
} from '../event-log';
import { createSqliteSubscription, type AppendedBatch, type PositionWriter } from './sqlite-subscription';
import { addSignatureColumn, EVENT_COLUMNS, rowToStored, storedForm, topicsAfter, type EventRow } from './sqlite-rows';

/**
 * The embedded engine: one SQLite file in WAL mode. One global, strictly increasing offset orders all
 * topics, which makes replay a single indexed scan. Appends wake in-process subscribers at once through
 * an emitter, so delivery takes microseconds, not a polling interval; a slow poll picks up events that
 * another process (a CLI replaying dead letters, say) appended to the same file.
 */
export interface SqliteEventLogOptions {
  readonly file: string;
  readonly synchronous?: 'FULL' | 'NORMAL';
  readonly logger?: Logger;
  /** How often subscribers look for events appended by other processes (ms). */
  readonly pollIntervalMs?: number;
  /** When appends are committed at once rather than with the rest of the turn's (below); tests set it. */
  readonly loopLoad?: LoopLoad;
  /** How long a group's new position may wait for an append to ride along with (ms; POSITION_DELAY_MS). */
  readonly positionDelayMs?: number;
}

/**
 * A consumer group's position is written with the next append's transaction, or after this long in one
 * of its own. Delivery is at least once and every consumer is idempotent on event id, so a crash costs
 * at most this much redelivery. Written at once, positions were half of the log's transactions at 50
 * cases a second, each a commit of its own on the event loop (bench/README.md, seventeenth session).
 */
export const POSITION_DELAY_MS = 100;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS topics (
  name TEXT PRIMARY KEY,
  retention TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
  offset INTEGER PRIMARY KEY AUTOINCREMENT,
  topic TEXT NOT NULL,
  key TEXT NOT NULL,
  event_id TEXT NOT NULL,
  source TEXT NOT NULL,
  body TEXT NOT NULL,
  appended_at INTEGER NOT NULL,
  signature TEXT
);
CREATE INDEX IF NOT EXISTS events_by_topic ON events (topic, offset);
CREATE INDEX IF NOT EXISTS events_by_source ON events (source, offset);
CREATE TABLE IF NOT EXISTS positions (
  group_id TEXT NOT NULL,
  topic TEXT NOT NULL,
  committed INTEGER NOT NULL,
  PRIMARY KEY (group_id, topic)
);
`;

export function openSqliteEventLog(options: SqliteEventLogOptions): EventLog {
  const logger = options.logger ?? silentLogger();
  fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  addSignatureColumn(db);
  // Checkpoints run on a worker thread, not inside a commit on the event loop (see wal-checkpointer).
  db.pragma('wal_autocheckpoint = 0');
  const appended = new EventEmitter();
  appended.setMaxListeners(0);
  const subscriptions = new Set<Subscription>();
  const activeGroups = new Set<string>();
  let closed = false;

  const insertTopic = db.prepare('INSERT OR IGNORE INTO topics (name, retention, created_at) VALUES (?, ?, ?)');
  const knownTopics = db.prepare('SELECT name FROM topics ORDER BY name');
  const insertEvent = db.prepare(
    // The body may come as the signed text's UTF-8 (OutgoingEvent.signedBytes), stored as that text.
    'INSERT INTO events (topic, key, event_id, source, body, signature, appended_at) VALUES (?, ?, ?, ?, CAST(? AS TEXT), ?, ?)',
  );
  const lastOfSource = db.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE source = ? ORDER BY offset DESC LIMIT 1`);
  const topicSet = new Set<string>((knownTopics.all() as { name: string }[]).map((r) => r.name));

  const maxOffset = db.prepare('SELECT COALESCE(MAX(offset), 0) AS max FROM events');
  let lastOffset = (maxOffset.get() as { max: number }).max;

  const writePosition = db.prepare(
    `INSERT INTO positions (group_id, topic, committed) VALUES (?, ?, ?)
     ON CONFLICT (group_id, topic) DO UPDATE SET committed = excluded.committed`,
  );
  // Positions not yet written; cleared once the transaction that wrote them has committed.
  const pendingPositions = new Map<string, { group: string; topic: string; committed: number }>();
  const positionDelayMs = options.positionDelayMs ?? POSITION_DELAY_MS;
  let positionTimer: NodeJS.Timeout | undefined;
  // While the checkpointer copies the last frames of a long WAL, writes wait here (in memory).
  let paused = false;
  function writePendingPositions(): void {
    for (const p of pendingPositions.values()) writePosition.run(p.group, p.topic, p.committed);
  }
  const writePositions = db.transaction(writePendingPositions);
  function flushPositions(): void {
    writePositions();
    pendingPositions.clear();
  }
  function schedulePositionFlush(): void {
    if (positionTimer !== undefined) return;
    positionTimer = setTimeout(() => {
      positionTimer = undefined;
      if (!closed && !paused && pendingPositions.size > 0) flushPositions();
    }, positionDelayMs);
    // A position waiting when the process ends is what a crash would lose: redelivery, nothing more.
    positionTimer.unref();
  }
  const positions: PositionWriter = {
    set(group, topic, committed) {
      pendingPositions.set(`${group}\u0000${topic}`, { group, topic, committed });
      schedulePositionFlush();
    },
    flush() {
      if (!closed && pendingPositions.size > 0) flushPositions();
    },
  };

  function insertAll(events: readonly OutgoingEvent[], now: number): AppendedBatch {
    const stored: StoredEvent[] = [];
    for (const { topic, key, event, signedText, signedBytes } of events) {
      if (!topicSet.has(topic)) {
        // Auto-create, as a Kafka broker with auto.create.topics.enable would.
        insertTopic.run(topic, 'forever', now);
        topicSet.add(topic);
      }
      const [body, signature] = storedForm(event, signedText);
      const bytes = signature !== null && signedBytes !== undefined ? signedBytes : body;
      const offset = Number(insertEvent.run(topic, key, event.id, event.source, bytes, signature, now).lastInsertRowid);
      stored.push({ topic, partition: 0, offset: String(offset), key, event, appendedAt: now, ...(signature === null ? {} : { signedText: body }) });
    }
    return { first: Number(stored[0]!.offset), last: Number(stored[stored.length - 1]!.offset), events: stored };
  }
  const appendOne = db.transaction(insertAll);

  /**
   * Appends are group-committed across every producer of the process: calls made in one turn of the
   * event loop share one transaction (a commit costs more than the inserts of a dozen events). Each call
   * is its own savepoint inside it, so a call that fails stores nothing and the others are unaffected.
   *
   * While the event loop has time to spare, a turn seldom brings a second append to share the commit
   * with, and waiting for the turn's end costs the case that waits on it: 0.04–0.14 ms a commit on the
   * benchmark machine, three commits on the path of each case (bench/README.md, thirteenth session).
   * Then an append is committed as soon as the work queued before it (its microtasks) has run. Once the
   * loop is busy, each turn's appends share one transaction again.
   */
  const load = options.loopLoad ?? loopLoad();
  interface PendingAppend {
    readonly events: readonly OutgoingEvent[];
    readonly resolve: () => void;
    readonly reject: (error: unknown) => void;
    batch?: AppendedBatch;
    error?: unknown;
  }
  let appendQueue: PendingAppend[] = [];
  const appendMany = db.transaction((calls: PendingAppend[], now: number) => {
    // Positions committed since the last write ride along: one transaction instead of two.
    if (pendingPositions.size > 0) writePendingPositions();
    // One call alone needs no savepoint of its own: if it fails, the whole transaction is its failure.
    // That is every commit while the loop is quiet, and a savepoint and its release cost two statements.
    if (calls.length === 1) {
      calls[0]!.batch = insertAll(calls[0]!.events, now);
      return;
    }
    for (const call of calls) {
      try {
        call.batch = appendOne(call.events, now);
      } catch (error) {
        call.error = error;
      }
    }
  });
  function flushAppends(): void {
    if (paused) return; // resume() flushes what queued meanwhile
    const calls = appendQueue;
    appendQueue = [];
    try {
      if (closed) throw new Error('event log is closed');
      appendMany(calls, Date.now());
      pendingPositions.clear();
    } catch (error) {
      for (const call of calls) call.reject(error);
      return;
    }
    for (const call of calls) {
      if (call.batch === undefined) {
        call.reject(call.error);
        continue;
      }
      lastOffset = call.batch.last;
      call.resolve();
      // Subscribers in this process get the events handed over. They share the objects: handlers
      // treat delivered events as read-only (the port's contract), so no copy is made.
      appended.emit('batch', call.batch);
    }
  }

  const checkpointer = startWalCheckpointer({
    file: options.file,
    writer: {
      pause() {
        paused = true;
      },
      resume() {
        paused = false;
        if (appendQueue.length > 0) setImmediate(flushAppends);
        else schedulePositionFlush();
      },
    },
    onError: (message) => logger.warn({ file: options.file, error: message }, 'WAL checkpoint failed; retrying'),
  });

  function assertOpen(): void {
    if (closed) throw new Error('event log is closed');
  }

  return {
    engine: 'sqlite',
    atomicAppend: true,

    async ensureTopics(topics: readonly TopicSpec[]) {
      assertOpen();
      const now = Date.now();
      for (const t of topics) {
        insertTopic.run(t.name, t.retention, now);
        topicSet.add(t.name);
      }
    },

    async append(events) {
      assertOpen();
      if (events.length === 0) return;
      return new Promise<void>((resolve, reject) => {
        appendQueue.push({ events, resolve, reject });
        if (appendQueue.length === 1) {
          if (load.quiet()) queueMicrotask(flushAppends);
          else setImmediate(flushAppends);
        }
      });
    },

    async subscribe(subscribeOptions: SubscribeOptions) {
      assertOpen();
      if (activeGroups.has(subscribeOptions.group)) {
        // One process owns the embedded file; two members of a group here would double-deliver.
        throw new Error(`consumer group "${subscribeOptions.group}" already has a subscriber in this process`);
      }
      activeGroups.add(subscribeOptions.group);
      const subscription = createSqliteSubscription({
        db,
        options: subscribeOptions,
        appended,
        logger,
        pollIntervalMs: options.pollIntervalMs ?? 250,
        lastOffset: () => lastOffset,
        positions,
      });
      const handle: Subscription = {
        caughtUp: (topics, timeoutMs) => subscription.caughtUp(topics, timeoutMs),
        async close() {
          await subscription.close();
          subscriptions.delete(handle);
          activeGroups.delete(subscribeOptions.group);
        },
      };
      subscriptions.add(handle);
      return handle;
    },

    async *replay(topics: readonly string[], replayOptions: ReplayOptions = {}) {
      assertOpen();
      if (topics.length === 0) return;
      const page = db.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE ${topicsAfter(topics)} AND appended_at >= ? ORDER BY offset LIMIT 1000`);
      let after = 0;
      for (;;) {
        const rows = page.all(...topics, after, replayOptions.since ?? 0) as EventRow[];
        if (rows.length === 0) return;
        for (const row of rows) yield rowToStored(row);
        after = rows[rows.length - 1]!.offset;
      }
    },

    async listTopics() {
      assertOpen();
      return (knownTopics.all() as { name: string }[]).map((r) => r.name);
    },

    async lastEventOf(source: string) {
      assertOpen();
      const row = lastOfSource.get(source) as EventRow | undefined;
      return row === undefined ? undefined : rowToStored(row).event;
    },

    async healthy() {
      if (closed) return false;
      try {
        db.prepare('SELECT 1').get();
        return true;
      } catch {
        return false;
      }
    },

    async close() {
      if (closed) return;
      await Promise.all([...subscriptions].map((s) => s.close()));
      paused = false;
      if (appendQueue.length > 0) flushAppends();
      // What a failed append left pending; the subscriptions' own closing wrote the rest.
      positions.flush();
      clearTimeout(positionTimer);
      closed = true;
      await checkpointer.close();
      db.close();
    },
  };
}
