import type { ApplicationCompleted } from '../catalog/generated/events--application-completed.v1';
import type { ApplicationSubmitted } from '../catalog/generated/events--application-submitted.v1';
import { EventTypes } from '../eventlog/cloudevent';
import type { StoredEvent } from '../eventlog/event-log';
import type { Subject } from '../identity/subject';
import { BoundedSet } from '../runtime/bounded-set';
import { ANSWER_OUTCOMES, readAnswer, readCompleted, readRequested, readSubmitted, type AnswerOutcome } from './event-data';

/**
 * Puts each case back together from its events: the submission (who, what, about whom, which records
 * by when), the requests, each department's first answer, and the closing event. The access history
 * and the SLA report are both views of these assembled cases.
 *
 * Events of one case may come in any order (Kafka keeps order per partition only), so what arrives
 * before the submission is held until it comes. A case is handed out as soon as it is closed and every
 * request is answered (and none awaits healing after a dead letter); the others are handed out at the
 * end of the log. Memory is bounded by
 * the cases open at any one time, not by the length of the log. Times are event times (`time`, stamped
 * by the producer of each event), in ms since the epoch.
 */
export type CompletedStatus = ApplicationCompleted['records'][number]['status'];

export interface CaseAnswer {
  readonly outcome: AnswerOutcome;
  readonly at: number;
  readonly eventId: string;
  readonly code?: string;
  /** Field names of the disclosed record (data.provided only). */
  readonly fields?: readonly string[];
  /** The record passed the assembler's `inspectRecord` test (e.g. it names the subject being looked for). */
  readonly matched?: boolean;
}

export interface CaseRequest {
  readonly requestId: string;
  readonly department: string;
  readonly type: string;
  /** The fields the request asked for (the consumer's grant). */
  readonly fields: readonly string[];
  readonly deadlineAt: number;
  /** Time of the data.requested event (the submission's when that event is missing). */
  readonly requestedAt: number;
  /** The department's first answer: what answer times and deadlines are measured on. */
  readonly answer?: CaseAnswer;
  /**
   * The answer the case settled on: the one the closing event names. Usually the first; after a dead
   * letter was replayed and healed the record, the later, valid one.
   */
  readonly accepted?: CaseAnswer;
  /** The record's status in the (latest) closing event, when the case was closed. */
  readonly closedAs?: CompletedStatus;
}

export interface AssembledCase {
  readonly applicationId: string;
  readonly consumer: string;
  readonly matter: string;
  readonly purpose: string;
  readonly subject: Subject;
  /** The gateway's createdAt: when the case was opened. */
  readonly createdAt: number;
  readonly requests: readonly CaseRequest[];
  readonly withheld: readonly { readonly department: string; readonly type: string; readonly reason: string }[];
  /** The latest closing event's status, and when the case first closed. */
  readonly completion?: { readonly status: ApplicationCompleted['status']; readonly at: number };
}

export interface CaseAssembler {
  /** Feeds one event; returns the cases it finished. */
  push(stored: StoredEvent): AssembledCase[];
  /** Every case still held (open cases, cases with requests never answered). */
  finish(): AssembledCase[];
  /** The latest event time seen: "now" for the log, to tell a missed deadline from one still ahead. */
  readonly lastEventTime: number;
}

export interface CaseAssemblerOptions {
  /** Cases to keep; others are dropped at their submission and their later events skipped. */
  readonly accept?: (submitted: ApplicationSubmitted) => boolean;
  /** Cases to hand out, decided once they are assembled (when the whole case is needed to decide). */
  readonly select?: (assembled: AssembledCase) => boolean;
  /** Looked at once per disclosed record, as it is read; the records themselves are not kept. */
  readonly inspectRecord?: (record: Readonly<Record<string, unknown>>) => boolean;
}

interface Held {
  submitted?: ApplicationSubmitted;
  submittedAt?: number;
  readonly requestedAt: Map<string, number>;
  /** Every distinct answer per request id, first first (redeliveries of one event are dropped). */
  readonly answers: Map<string, CaseAnswer[]>;
  completed?: { data: ApplicationCompleted; at: number };
}

function timeOf(stored: StoredEvent): number {
  const parsed = Date.parse(stored.event.time);
  return Number.isNaN(parsed) ? stored.appendedAt : parsed;
}

function build(p: Held & { submitted: ApplicationSubmitted }): AssembledCase {
  const s = p.submitted;
  const createdAt = Date.parse(s.createdAt);
  const closed = new Map<string, { status: CompletedStatus; eventId: string | undefined }>();
  for (const r of p.completed?.data.records ?? []) {
    if (r.requestId !== undefined) closed.set(r.requestId, { status: r.status, eventId: r.eventId });
  }
  return {
    applicationId: s.applicationId,
    consumer: s.consumer,
    matter: s.matter,
    purpose: s.purpose,
    subject: s.subject,
    createdAt,
    requests: s.requests.map((r): CaseRequest => {
      const answers = p.answers.get(r.requestId) ?? [];
      const answer = answers[0];
      const closing = closed.get(r.requestId);
      const accepted = closing?.eventId === undefined ? undefined : answers.find((a) => a.eventId === closing.eventId);
      return {
        requestId: r.requestId,
        department: r.department,
        type: r.type,
        fields: r.fields,
        deadlineAt: Date.parse(r.deadlineAt),
        requestedAt: p.requestedAt.get(r.requestId) ?? p.submittedAt ?? createdAt,
        ...(answer !== undefined ? { answer } : {}),
        ...(accepted !== undefined ? { accepted } : {}),
        ...(closing !== undefined ? { closedAs: closing.status } : {}),
      };
    }),
    withheld: s.withheld.map((w) => ({ department: w.department, type: w.type, reason: w.reason })),
    ...(p.completed !== undefined ? { completion: { status: p.completed.data.status, at: p.completed.at } } : {}),
  };
}

export function createCaseAssembler(options: CaseAssemblerOptions = {}): CaseAssembler {
  const partials = new Map<string, Held>();
  /** Cases dropped by `accept`, until they close; then in `finished`. */
  const ignored = new Set<string>();
  /** Cases already handed out or dropped, so a late redelivery does not open them again. */
  const finished = new BoundedSet<string>(100_000);
  let lastEventTime = 0;

  function partialOf(id: string): Held {
    let p = partials.get(id);
    if (p === undefined) {
      p = { requestedAt: new Map(), answers: new Map() };
      partials.set(id, p);
    }
    return p;
  }

  function finishIfDone(id: string): AssembledCase[] {
    const p = partials.get(id);
    if (p?.submitted === undefined || p.completed === undefined) return [];
    if (!p.submitted.requests.every((r) => p.answers.has(r.requestId))) return [];
    // An invalid record may still be healed by a replayed dead letter, which closes the case again.
    if (p.completed.data.records.some((r) => r.status === 'invalid')) return [];
    partials.delete(id);
    finished.add(id);
    return emit(p as Held & { submitted: ApplicationSubmitted });
  }

  function emit(p: Held & { submitted: ApplicationSubmitted }): AssembledCase[] {
    const assembled = build(p);
    return options.select === undefined || options.select(assembled) ? [assembled] : [];
  }

  return {
    get lastEventTime() {
      return lastEventTime;
    },

    push(stored) {
      if (typeof stored.event !== 'object' || stored.event === null) return [];
      const { type, data, correlationid } = stored.event;
      const id = correlationid;
      if (typeof id !== 'string' || finished.has(id)) return [];
      const at = timeOf(stored);
      lastEventTime = Math.max(lastEventTime, at);

      if (type === EventTypes.applicationCompleted) {
        const completed = readCompleted(data);
        if (completed === undefined) return [];
        if (ignored.delete(id)) {
          finished.add(id);
          return [];
        }
        const p = partialOf(id);
        // A healed case closes again: its statuses are the latest, its closing time the first.
        p.completed = { data: completed, at: p.completed?.at ?? at };
        return finishIfDone(id);
      }
      if (ignored.has(id)) return [];

      if (type === EventTypes.applicationSubmitted) {
        const submitted = readSubmitted(data);
        if (submitted === undefined || partials.get(id)?.submitted !== undefined) return [];
        if (options.accept !== undefined && !options.accept(submitted)) {
          partials.delete(id);
          ignored.add(id);
          return [];
        }
        const p = partialOf(id);
        p.submitted = submitted;
        p.submittedAt = at;
        return finishIfDone(id);
      }
      if (type === EventTypes.dataRequested) {
        const request = readRequested(data);
        if (request !== undefined) {
          const p = partialOf(id);
          if (!p.requestedAt.has(request.requestId)) p.requestedAt.set(request.requestId, at);
        }
        return [];
      }
      if (ANSWER_OUTCOMES[type] !== undefined) {
        const answer = readAnswer(type, data);
        if (answer === undefined) return [];
        const p = partialOf(id);
        const list = p.answers.get(answer.requestId) ?? [];
        if (list.some((a) => a.eventId === stored.event.id)) return [];
        p.answers.set(answer.requestId, list);
        list.push({
          outcome: answer.outcome,
          at,
          eventId: stored.event.id,
          ...(answer.code !== undefined ? { code: answer.code } : {}),
          ...(answer.record !== undefined ? { fields: Object.keys(answer.record) } : {}),
          ...(answer.record !== undefined && options.inspectRecord?.(answer.record) === true ? { matched: true } : {}),
        });
        return finishIfDone(id);
      }
      return [];
    },

    finish() {
      const out: AssembledCase[] = [];
      for (const p of partials.values()) {
        // Events of a case whose submission is not in the log belong to no case the audit can describe.
        if (p.submitted !== undefined) out.push(...emit(p as Held & { submitted: ApplicationSubmitted }));
      }
      partials.clear();
      return out;
    },
  };
}
