import { EventEmitter } from 'node:events';
import type { ApplicationCompleted } from '../catalog/generated/events--application-completed.v1';
import type { ApplicationSubmitted } from '../catalog/generated/events--application-submitted.v1';
import type { DataOutcome } from '../catalog/generated/events--data-outcome.v1';
import { EventTypes } from '../eventlog/cloudevent';
import type { EventLog, StoredEvent, Subscription } from '../eventlog/event-log';
import type { EventProducer } from '../eventlog/event-producer';
import { Topics } from '../eventlog/topics';
import type { Clock } from '../runtime/clock';
import { isoTime } from '../runtime/clock';
import type { Logger } from '../runtime/logger';
import type { Metrics } from '../runtime/metrics';
import { caseFromSubmitted, finalStatus, type CaseState, type RecordState } from './case-state';
import type { CaseStore } from './case-store';
import type { RecordVerifier } from './record-verifier';

/**
 * Runs cases to their end. It consumes the application topic and every department's response topic,
 * verifies each answer, settles records, marks records `timeout` when their deadline passes, and closes
 * a case when no record is pending. The instance that accepted a case (its owner) writes the case's
 * closing event and any dead letters; every instance keeps the same view, so any can answer reads.
 */
export interface CaseTrackerOptions {
  readonly log: EventLog;
  readonly store: CaseStore;
  readonly producer: EventProducer;
  readonly verify: RecordVerifier;
  readonly departments: readonly string[];
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly instanceId: string;
  /** After a restart, deadlines already past fire only after this grace, so the backlog is read first. */
  readonly restartGraceMs?: number;
}

export interface CaseTracker {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** A case this instance just accepted (and already wrote to the log). */
  accept(state: CaseState): Promise<void>;
  /** Resolves with the case once it is closed, or with its current state after `ms`. */
  waitFor(id: string, ms: number): Promise<CaseState | undefined>;
  /** Calls the listener on every change of the case; returns the unsubscribe function. */
  watch(id: string, listener: (state: CaseState) => void): () => void;
  /**
   * Resolves once every submission the log held when called has been taken in (the case store has it);
   * rejects after `ms`, or when the tracker is not consuming.
   */
  caughtUp(ms: number): Promise<void>;
}

const RESPONSE_TYPES = new Set<string>([EventTypes.dataProvided, EventTypes.dataNotFound, EventTypes.dataRefused, EventTypes.dataFailed]);
/**
 * An answer may reach an instance before the submission of its case: they travel on different topics,
 * which Kafka does not order against each other (on another gateway instance this is the rule, not the
 * exception). Such answers wait in memory, bounded in number and time, until the case arrives.
 */
const EARLY_ANSWER_TTL_MS = 120_000;
const CLOSE_RETRY_MS = 1_000;

/** The case-store writes a piece of work made, each resolving once on disk. */
type Saves = Promise<void>[];
const EARLY_ANSWER_LIMIT = 10_000;

export function createCaseTracker(options: CaseTrackerOptions): CaseTracker {
  const { log, store, producer, verify, clock, metrics } = options;
  const logger = options.logger.child({ component: 'case-tracker' });
  const changes = new EventEmitter();
  changes.setMaxListeners(0);
  const timers = new Map<string, NodeJS.Timeout>();
  // Events of one case are applied one at a time: answers for a case may arrive concurrently.
  const locks = new Map<string, Promise<void>>();
  let subscription: Subscription | undefined;
  let startedAt = 0;
  const early = new Map<string, { answers: StoredEvent[]; timer: NodeJS.Timeout }>();
  let earlyCount = 0;

  function parkEarlyAnswer(stored: StoredEvent): boolean {
    if (earlyCount >= EARLY_ANSWER_LIMIT) return false;
    const id = stored.event.correlationid;
    let parked = early.get(id);
    if (parked === undefined) {
      const timer = setTimeout(() => {
        const gone = early.get(id);
        if (gone === undefined) return;
        early.delete(id);
        earlyCount -= gone.answers.length;
        logger.warn({ correlationId: id, answers: gone.answers.length }, 'answers for a case this gateway never learnt of; dropped');
      }, EARLY_ANSWER_TTL_MS);
      timer.unref();
      parked = { answers: [], timer };
      early.set(id, parked);
    }
    parked.answers.push(stored);
    earlyCount += 1;
    return true;
  }

  function takeEarlyAnswers(id: string): StoredEvent[] {
    const parked = early.get(id);
    if (parked === undefined) return [];
    clearTimeout(parked.timer);
    early.delete(id);
    earlyCount -= parked.answers.length;
    return parked.answers;
  }

  /**
   * Runs `fn` once the case's earlier work is done, and resolves once `fn` is done and the saves it
   * made are on disk. The lock is released before those writes are awaited: the case's next event is
   * applied meanwhile, from memory, and a store that lets a record wait (case-store.ts) then writes it
   * with the case's next change. The saves were queued in lock order, so they are written in it.
   */
  function withCaseLock(id: string, fn: (saves: Saves) => Promise<void>): Promise<void> {
    const saves: Saves = [];
    const run = (): Promise<void> => fn(saves);
    const previous = locks.get(id) ?? Promise.resolve();
    const next = previous.then(run, run);
    const tail = next.catch(() => undefined);
    locks.set(id, tail);
    void tail.then(() => {
      if (locks.get(id) === tail) locks.delete(id);
    });
    return next.then(
      () => Promise.all(saves).then(() => undefined),
      // Failed after some saves: those still settle first, as when each was awaited in turn, so a
      // redelivery that finds the case already changed in memory is not acknowledged before its write.
      (error: unknown) =>
        Promise.allSettled(saves).then(() => {
          throw error;
        }),
    );
  }

  function publish(state: CaseState): void {
    changes.emit(state.id, state);
  }

  function scheduleDeadline(state: CaseState): void {
    const existing = timers.get(state.id);
    if (existing) clearTimeout(existing);
    timers.delete(state.id);
    const due = state.records
      .filter((r) => r.status === 'pending' && r.deadlineAt !== undefined)
      .map((r) => Date.parse(r.deadlineAt!));
    if (due.length === 0) return;
    const earliest = Math.min(...due);
    const notBefore = startedAt + (options.restartGraceMs ?? 2_000);
    const fireAt = earliest < startedAt ? Math.max(earliest, notBefore) : earliest;
    const timer = setTimeout(() => {
      timers.delete(state.id);
      void withCaseLock(state.id, (saves) => expire(state.id, saves)).catch((error: unknown) =>
        logger.error({ err: error, correlationId: state.id }, 'marking timeouts failed'),
      );
    }, Math.max(0, fireAt - clock.now()));
    timer.unref();
    timers.set(state.id, timer);
  }

  function markTimeout(state: CaseState, record: RecordState, reason: string): void {
    record.status = 'timeout';
    record.reason = reason;
    record.receivedAt = null;
    record.elapsedMs = null;
    metrics.records.inc({ department: record.department, status: 'timeout' });
    logger.warn({ correlationId: state.id, department: record.department, requestId: record.requestId }, 'department missed its deadline');
  }

  async function expire(id: string, saves: Saves): Promise<void> {
    const state = store.get(id);
    if (state === undefined || state.status !== 'pending') return;
    const now = clock.now();
    let changed = false;
    for (const record of state.records) {
      if (record.status === 'pending' && record.deadlineAt !== undefined && Date.parse(record.deadlineAt) <= now) {
        markTimeout(state, record, `no answer from ${record.department} by the deadline ${record.deadlineAt}`);
        changed = true;
      }
    }
    if (changed) await settle(state, saves);
    else scheduleDeadline(state);
  }

  /**
   * Writing a case's closing event failed (the log is down): the case stays open and closing is tried
   * again shortly. Its answers are already applied, so no redelivery would bring it back here by itself.
   */
  function retryClose(id: string): void {
    const timer = setTimeout(() => {
      void withCaseLock(id, async (saves) => {
        const state = store.get(id);
        if (state !== undefined && state.status === 'pending' && finalStatus(state.records) !== 'pending') await settle(state, saves);
      }).catch((error: unknown) => logger.warn({ err: error, correlationId: id }, 'closing the case failed again; retrying'));
    }, CLOSE_RETRY_MS);
    timer.unref();
  }

  /**
   * Saves a changed case, closes it when nothing is pending, and tells watchers. The save joins `saves`,
   * which the case's lock awaits once released. `changed`: the one record that changed, when only one
   * did (the store then may write just that record of an open case).
   */
  async function settle(state: CaseState, saves: Saves, changed?: RecordState): Promise<void> {
    const status = finalStatus(state.records);
    if (status !== 'pending' && state.status === 'pending') {
      const completedAt = isoTime(clock.now());
      if (state.owner === options.instanceId) {
        // Members in canonical (sorted) order: signed in one native pass (crypto/canonical-json.ts).
        const data: ApplicationCompleted = {
          applicationId: state.id,
          completedAt,
          records: state.records.map((r) => ({
            department: r.department,
            ...(r.eventId ? { eventId: r.eventId } : {}),
            ...(r.requestId ? { requestId: r.requestId } : {}),
            status: r.status === 'pending' ? 'timeout' : r.status,
            type: r.type,
          })),
          status,
        };
        try {
          await producer.emit([
            { topic: Topics.applications, type: EventTypes.applicationCompleted, applicationId: state.id, data, ...(state.traceparent ? { traceparent: state.traceparent } : {}) },
          ]);
        } catch (error) {
          // The case is closed only once its closing event is in the log.
          retryClose(state.id);
          throw error;
        }
      }
      state.status = status;
      state.completedAt = completedAt;
      const elapsed = Date.parse(completedAt) - Date.parse(state.createdAt);
      metrics.applications.inc({ matter: state.matter, status });
      metrics.applicationDuration.observe({ matter: state.matter }, elapsed);
      metrics.openApplications.dec();
      logger.info({ correlationId: state.id, matter: state.matter, status, elapsedMs: elapsed }, 'case closed');
    }
    saves.push(store.save(state, changed));
    if (state.status === 'pending') scheduleDeadline(state);
    else {
      const timer = timers.get(state.id);
      if (timer) clearTimeout(timer);
      timers.delete(state.id);
    }
    // Watchers (a caller waiting on Prefer: wait, an event stream) hear of the change before the disk
    // write: what they see is already in the log, and the store answers reads from memory at once. The
    // write only gates acknowledging the event that caused the change (withCaseLock). 0.3–0.5 ms off
    // every answer's critical path.
    publish(state);
  }

  /**
   * Creates a case unless it exists. The instance that accepts a case and its own consumer of the
   * application topic both get here; whichever comes second must not overwrite answers already applied.
   */
  async function createCase(state: CaseState, saves: Saves): Promise<void> {
    if (store.get(state.id) !== undefined) return;
    metrics.openApplications.inc();
    await settle(state, saves);
    // Runs under the case's lock already, like every onAnswer.
    for (const answer of takeEarlyAnswers(state.id)) await onAnswer(answer, saves);
  }

  async function onAnswer(stored: StoredEvent, saves: Saves): Promise<void> {
    const event = stored.event;
    const answer = event.data as Partial<DataOutcome>;
    const state = store.get(event.correlationid);
    if (state === undefined) {
      if (!parkEarlyAnswer(stored)) logger.warn({ correlationId: event.correlationid, eventId: event.id }, 'answer for a case this gateway does not know');
      return;
    }
    const record = state.records.find((r) => r.requestId !== undefined && r.requestId === answer.requestId);
    if (record === undefined) return;
    // A record another instance (the case's owner) closed with this very answer before it reached us:
    // its status is decided; the answer brings the record and proof the dossier still lacks.
    const backfill = record.status !== 'pending' && record.receivedAt === null && record.eventId === event.id;
    // Settled records ignore duplicates and late answers. An `invalid` record is the exception: a dead
    // letter replayed after a fix (`tongban dead-letters replay`) may heal it with a verified answer.
    if (!backfill && record.status !== 'pending' && record.status !== 'invalid') return;
    const healing = record.status === 'invalid' && !backfill;
    if (!healing && !backfill && record.deadlineAt !== undefined && stored.appendedAt > Date.parse(record.deadlineAt)) {
      // The log's clock decides, not the order in which timers and deliveries happen to run here.
      markTimeout(state, record, `${record.department} answered after the deadline ${record.deadlineAt}`);
      await settle(state, saves, record);
      return;
    }
    const verdict = await verify(event, record, state.subject, state.id, stored.signedText);
    if (healing && (!verdict.ok || verdict.status === 'invalid')) return; // still broken: stays as it was
    const now = clock.now();
    record.receivedAt = isoTime(now);
    record.elapsedMs = Math.max(0, now - Date.parse(state.createdAt));
    record.eventId = event.id;
    if (verdict.ok) {
      record.status = verdict.status;
      if (verdict.data !== undefined) record.data = verdict.data;
      if (verdict.proof !== undefined) record.proof = verdict.proof;
      if (verdict.reason !== undefined) record.reason = verdict.reason;
    } else {
      record.status = 'invalid';
      record.reason = verdict.reason;
      logger.error({ correlationId: state.id, department: record.department, eventId: event.id, reason: verdict.reason }, 'answer rejected');
      if (state.owner === options.instanceId) {
        metrics.deadLetters.inc({ rejected_by: 'gateway' });
        await producer.emit([
          {
            topic: Topics.deadLetter,
            type: EventTypes.recordRejected,
            applicationId: state.id,
            traceparent: event.traceparent,
            data: {
              applicationId: state.id,
              ...(record.requestId ? { requestId: record.requestId } : {}),
              department: record.department,
              type: record.type,
              rejectedBy: producer.source,
              reason: verdict.reason,
              errors: verdict.errors,
              originalTopic: stored.topic,
              original: event,
            },
          },
        ]);
      }
    }
    metrics.records.inc({ department: record.department, status: record.status });
    metrics.departmentAnswer.observe({ department: record.department }, record.elapsedMs);
    if (healing && state.status !== 'pending') {
      // Reopen just long enough for settle() to close the case again with its new status and event.
      logger.info({ correlationId: state.id, department: record.department }, 'record healed by a replayed request');
      state.status = 'pending';
      metrics.openApplications.inc();
    }
    await settle(state, saves, record);
  }

  async function onCompleted(stored: StoredEvent, saves: Saves): Promise<void> {
    const data = stored.event.data as ApplicationCompleted;
    const state = store.get(data.applicationId);
    if (state === undefined || state.status !== 'pending') return;
    // Another instance closed the case (its owner): take over the statuses it decided.
    for (const closed of data.records) {
      const record = state.records.find((r) => r.department === closed.department && r.type === closed.type);
      if (record && record.status === 'pending') {
        record.status = closed.status;
        // The answer the owner accepted, if it has not reached us yet: onAnswer fills the record in.
        if (closed.eventId !== undefined) record.eventId = closed.eventId;
      }
    }
    state.status = data.status;
    state.completedAt = data.completedAt;
    metrics.openApplications.dec();
    await settle(state, saves);
  }

  async function handle(stored: StoredEvent): Promise<void> {
    const type = stored.event.type;
    const id = stored.event.correlationid;
    if (type === EventTypes.applicationSubmitted) {
      return withCaseLock(id, (saves) => createCase(caseFromSubmitted(stored.event.data as ApplicationSubmitted, stored.event.traceparent), saves));
    }
    if (type === EventTypes.applicationCompleted) return withCaseLock(id, (saves) => onCompleted(stored, saves));
    if (RESPONSE_TYPES.has(type)) return withCaseLock(id, (saves) => onAnswer(stored, saves));
  }

  return {
    async start() {
      startedAt = clock.now();
      const open = store.openCases();
      metrics.openApplications.set(open.length);
      for (const state of open) scheduleDeadline(state);
      subscription = await log.subscribe({
        group: `tongban-gateway-${options.instanceId}`,
        topics: [Topics.applications, ...options.departments.map((d) => Topics.responses(d))],
        handler: handle,
        // An answer stays in flight until its save is on disk, up to the store's record delay (200 ms
        // embedded): at 1,000 cases a second that is 1,000 answers, and submissions need room besides.
        concurrency: 2048,
      });
      logger.info({ openCases: open.length }, 'case tracker consuming answers');
    },
    async stop() {
      await subscription?.close();
      subscription = undefined;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      for (const parked of early.values()) clearTimeout(parked.timer);
      early.clear();
      earlyCount = 0;
      await Promise.all([...locks.values()]);
    },
    accept(state) {
      return withCaseLock(state.id, (saves) => createCase(state, saves));
    },
    waitFor(id, ms) {
      const current = store.get(id);
      if (current === undefined || current.status !== 'pending' || ms <= 0) return Promise.resolve(current);
      return new Promise((resolve) => {
        const listener = (state: CaseState): void => {
          if (state.status === 'pending') return;
          clearTimeout(timer);
          changes.off(id, listener);
          resolve(state);
        };
        const timer = setTimeout(() => {
          changes.off(id, listener);
          resolve(store.get(id));
        }, ms);
        changes.on(id, listener);
      });
    },
    watch(id, listener) {
      changes.on(id, listener);
      return () => changes.off(id, listener);
    },
    caughtUp(ms) {
      if (subscription === undefined) return Promise.reject(new Error('the case tracker is not consuming'));
      return subscription.caughtUp([Topics.applications], ms);
    },
  };
}
