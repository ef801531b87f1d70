import type { EventEmitter } from 'node:events';
import type { Database } from 'better-sqlite3';
import type { Logger } from '../../runtime/logger';
import type { StoredEvent, SubscribeOptions, Subscription } from '../event-log';
import { EVENT_COLUMNS, rowToStored, topicsAfter, type EventRow } from './sqlite-rows';

/**
 * One consumer group's delivery loop on the embedded engine. It keeps up to `concurrency` events in
 * flight, and commits per topic the offset below which every event is done: an event still being
 * handled (or retried) holds the commit back, so a crash redelivers it and nothing after it is lost.
 */
export interface SqliteSubscriptionDeps {
  readonly db: Database;
  readonly options: SubscribeOptions;
  readonly appended: EventEmitter;
  readonly logger: Logger;
  readonly pollIntervalMs: number;
  /** The highest offset this process has appended (events of other processes are found by polling). */
  readonly lastOffset: () => number;
  readonly positions: PositionWriter;
}

/** Committed positions, buffered by the engine and written with its next transaction. */
export interface PositionWriter {
  set(group: string, topic: string, committed: number): void;
  /** Writes what is buffered now (on close). */
  flush(): void;
}

/** What one append stored: consecutive offsets first..last, all topics. */
export interface AppendedBatch {
  readonly first: number;
  readonly last: number;
  readonly events: readonly StoredEvent[];
}

const MAX_BACKOFF_MS = 5_000;

/**
 * One topic's offsets in flight. They start in ascending order (the read cursor only moves forward) and
 * finish in any order; the lowest still running is what the committed position waits on. A queue with
 * the finished ones dropped from its front finds it in amortised constant time, where scanning every
 * event in flight cost up to `concurrency` steps per event done (1 % of the event loop at saturation).
 */
export class InFlightOffsets {
  private queue: number[] = [];
  private head = 0;
  private readonly finished = new Set<number>();

  add(offset: number): void {
    this.queue.push(offset);
  }

  finish(offset: number): void {
    this.finished.add(offset);
    while (this.head < this.queue.length && this.finished.delete(this.queue[this.head]!)) this.head += 1;
    if (this.head >= 1_024 && this.head * 2 >= this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }

  /** The lowest offset still in flight, if any. */
  lowest(): number | undefined {
    return this.head < this.queue.length ? this.queue[this.head] : undefined;
  }
}

export function createSqliteSubscription(deps: SqliteSubscriptionDeps): Subscription {
  const { db, options, appended, logger } = deps;
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const topics = [...new Set(options.topics)];
  const placeholders = topics.map(() => '?').join(',');

  const readCommitted = db.prepare('SELECT topic, committed FROM positions WHERE group_id = ?');
  const maxOffset = db.prepare(`SELECT COALESCE(MAX(offset), 0) AS max FROM events WHERE topic IN (${placeholders})`);
  const endOfTopic = db.prepare('SELECT COALESCE(MAX(offset), 0) AS max FROM events WHERE topic = ?');
  const fetchPage = db.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE ${topicsAfter(topics)} ORDER BY offset LIMIT ?`);

  // committed[topic]: every event of the topic at or below this offset has been handled.
  const committed = new Map<string, number>();
  const stored = new Map<string, number>((readCommitted.all(options.group) as { topic: string; committed: number }[]).map((r) => [r.topic, r.committed]));
  const startAt = options.start === 'latest' ? (maxOffset.get(...topics) as { max: number }).max : 0;
  for (const topic of topics) committed.set(topic, stored.get(topic) ?? startAt);
  // The read cursor: every offset at or below it has been looked at (delivered, or not one of ours).
  let cursor = Math.min(...committed.values());
  let caughtUp = false;
  const topicSet = new Set(topics);

  let inFlight = 0;
  const inFlightByTopic = new Map<string, InFlightOffsets>(topics.map((t) => [t, new InFlightOffsets()]));
  const delivered = new Map<string, number>(); // topic -> highest offset delivered
  let closing = false;
  let pumping = false;
  let pumpAgain = false;
  let idle: (() => void) | undefined;
  /** Callers of caughtUp, each with the offset every one of its topics must be committed up to. */
  const waiters = new Set<{ readonly targets: ReadonlyMap<string, number>; settle(error?: Error): void }>();

  function reached(targets: ReadonlyMap<string, number>): boolean {
    for (const [topic, offset] of targets) if (committed.get(topic)! < offset) return false;
    return true;
  }

  function advance(topic: string): void {
    const lowestInFlight = inFlightByTopic.get(topic)!.lowest();
    const next = lowestInFlight === undefined ? (delivered.get(topic) ?? committed.get(topic)!) : lowestInFlight - 1;
    if (next > committed.get(topic)!) {
      committed.set(topic, next);
      // The engine buffers positions and writes them with its next append, or on their own after a short
      // delay (POSITION_DELAY_MS in sqlite-event-log.ts): a crash then costs redelivery, nothing more.
      deps.positions.set(options.group, topic, next);
      for (const waiter of waiters) if (reached(waiter.targets)) waiter.settle();
    }
  }

  async function handle(stored: StoredEvent, offset: number): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await options.handler(stored);
        return;
      } catch (error) {
        const delay = Math.min(MAX_BACKOFF_MS, 50 * 2 ** attempt);
        logger.warn(
          { err: error, group: options.group, topic: stored.topic, offset, eventId: stored.event.id, correlationId: stored.event.correlationid, retryInMs: delay },
          'event handler failed; redelivering',
        );
        if (closing) throw error;
        await new Promise((r) => setTimeout(r, delay));
        if (closing) throw error;
      }
    }
  }

  function start(stored: StoredEvent, offset: number): void {
    inFlight += 1;
    inFlightByTopic.get(stored.topic)!.add(offset);
    delivered.set(stored.topic, Math.max(delivered.get(stored.topic) ?? 0, offset));
    handle(stored, offset).then(
      () => {
        inFlight -= 1;
        inFlightByTopic.get(stored.topic)!.finish(offset);
        advance(stored.topic);
        if (inFlight === 0 && idle) idle();
        // Only a backlog needs reading; while caught up, new events arrive pushed (onBatch).
        if (!caughtUp) pump();
      },
      () => {
        // Only reached while closing: leave the position where it is, the event comes again.
        inFlight -= 1;
        inFlightByTopic.get(stored.topic)!.finish(offset);
        if (inFlight === 0 && idle) idle();
      },
    );
  }

  /** Reads from the file: at start, after a backlog built up, and on the slow poll for other processes. */
  function pump(): void {
    if (closing) return;
    if (pumping) {
      pumpAgain = true;
      return;
    }
    pumping = true;
    try {
      do {
        pumpAgain = false;
        const room = concurrency - inFlight;
        if (room <= 0) {
          caughtUp = false;
          break;
        }
        const known = deps.lastOffset();
        const rows = fetchPage.all(...topics, cursor, room) as EventRow[];
        for (const row of rows) {
          cursor = row.offset;
          if (row.offset <= committed.get(row.topic)!) continue; // already handled before a restart
          start(rowToStored(row), row.offset);
        }
        if (rows.length === room) {
          pumpAgain = true;
        } else {
          // Nothing more of ours up to what this process has appended: from here on, pushes suffice.
          caughtUp = true;
          cursor = Math.max(cursor, known);
        }
      } while (pumpAgain && !closing);
    } finally {
      pumping = false;
    }
  }

  /**
   * Events this process just appended, handed over without a query. Only taken when they follow on
   * directly from what this subscription has seen and all fit in the window; otherwise read from the file.
   */
  function onBatch(batch: AppendedBatch): void {
    if (closing) return;
    const mine = batch.events.filter((e) => topicSet.has(e.topic));
    if (!caughtUp || batch.first !== cursor + 1 || mine.length > concurrency - inFlight) {
      caughtUp = false;
      pump();
      return;
    }
    cursor = batch.last;
    for (const stored of mine) start(stored, Number(stored.offset));
  }

  function caughtUpWith(wanted: readonly string[], timeoutMs: number): Promise<void> {
    const foreign = wanted.filter((t) => !topicSet.has(t));
    if (foreign.length > 0) return Promise.reject(new Error(`the subscription of group "${options.group}" does not read ${foreign.join(', ')}`));
    if (closing) return Promise.reject(new Error(`the subscription of group "${options.group}" is closed`));
    const targets = new Map(wanted.map((t) => [t, (endOfTopic.get(t) as { max: number }).max]));
    if (reached(targets)) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter = {
        targets,
        settle(error?: Error) {
          clearTimeout(timer);
          waiters.delete(waiter);
          if (error) reject(error);
          else resolve();
        },
      };
      const timer = setTimeout(() => waiter.settle(new Error(`group "${options.group}" had not handled ${wanted.join(', ')} up to the end within ${timeoutMs} ms`)), timeoutMs);
      waiters.add(waiter);
      // Events another process appended are otherwise found at the next poll.
      pump();
    });
  }

  appended.on('batch', onBatch);
  const poller = setInterval(pump, deps.pollIntervalMs);
  poller.unref();
  setImmediate(pump);

  return {
    caughtUp: caughtUpWith,
    async close() {
      if (closing) return;
      closing = true;
      for (const waiter of waiters) waiter.settle(new Error(`the subscription of group "${options.group}" closed`));
      clearInterval(poller);
      appended.off('batch', onBatch);
      if (inFlight > 0) await new Promise<void>((resolve) => (idle = resolve));
      deps.positions.flush();
    },
  };
}
