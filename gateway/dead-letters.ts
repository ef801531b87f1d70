import type { DataRequested } from '../catalog/generated/events--data-requested.v1';
import type { RecordRejected } from '../catalog/generated/events--record-rejected.v1';
import { EventTypes, type CloudEvent } from '../eventlog/cloudevent';
import type { EventLog, StoredEvent } from '../eventlog/event-log';
import type { EventProducer } from '../eventlog/event-producer';
import { Topics } from '../eventlog/topics';
import type { Clock } from '../runtime/clock';
import { isoTime } from '../runtime/clock';
import { TongbanError } from '../runtime/errors';

/**
 * Dead letters: events that failed a schema or signature check, kept whole on the dead-letter topic.
 * Operators list them, fix the cause (an adapter's mapping, a schema), then replay: the gateway sends
 * the original request to the department again, under the same request id, and a verified answer heals
 * the record that was `invalid`. Nothing is edited in place; the replay is a new, signed event.
 */
export interface DeadLetter {
  readonly eventId: string;
  readonly time: string;
  readonly applicationId: string;
  readonly department: string;
  readonly rejectedBy: string;
  readonly reason: string;
  readonly errors: readonly string[];
  readonly originalType: string | undefined;
}

export async function listDeadLetters(log: EventLog): Promise<DeadLetter[]> {
  const out: DeadLetter[] = [];
  for await (const stored of log.replay([Topics.deadLetter])) {
    if (stored.event.type !== EventTypes.recordRejected) continue;
    const data = stored.event.data as RecordRejected;
    out.push({
      eventId: stored.event.id,
      time: stored.event.time,
      applicationId: data.applicationId,
      department: data.department,
      rejectedBy: data.rejectedBy,
      reason: data.reason,
      errors: data.errors,
      originalType: (data.original as Partial<CloudEvent> | undefined)?.type,
    });
  }
  return out;
}

async function find(log: EventLog, topics: string[], match: (s: StoredEvent) => boolean): Promise<StoredEvent | undefined> {
  for await (const stored of log.replay(topics)) if (match(stored)) return stored;
  return undefined;
}

/** Sends the request behind a dead letter to its department again; returns the new request event. */
export async function replayDeadLetter(
  deps: { log: EventLog; producer: EventProducer; clock: Clock; answerWithinMs?: number },
  deadLetterId: string,
): Promise<CloudEvent> {
  const letter = await find(deps.log, [Topics.deadLetter], (s) => s.event.id === deadLetterId);
  if (letter === undefined) throw new TongbanError('TB_NOT_FOUND', `no dead letter ${deadLetterId}`);
  const data = letter.event.data as RecordRejected;
  if (data.requestId === undefined) throw new TongbanError('TB_INVALID_REQUEST', `dead letter ${deadLetterId} names no request to replay`);
  const request = await find(
    deps.log,
    [Topics.requests(data.department)],
    (s) => s.event.type === EventTypes.dataRequested && (s.event.data as DataRequested).requestId === data.requestId,
  );
  if (request === undefined) throw new TongbanError('TB_NOT_FOUND', `the request ${data.requestId} behind dead letter ${deadLetterId} is not in the log`);
  const original = request.event.data as DataRequested;
  const replay: DataRequested = { ...original, deadlineAt: isoTime(deps.clock.now() + (deps.answerWithinMs ?? 30_000)) };
  const [event] = await deps.producer.emit([
    { topic: Topics.requests(data.department), type: EventTypes.dataRequested, applicationId: original.applicationId, traceparent: request.event.traceparent, data: replay },
  ]);
  return event!;
}
