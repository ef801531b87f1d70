import { EventTypes, producerOfSource } from '../eventlog/cloudevent';
import type { StoredEvent } from '../eventlog/event-log';
import { Topics } from '../eventlog/topics';
import { readAnswer, readCompleted, readRequested, readSubmitted, ANSWER_OUTCOMES } from './event-data';
import type { IntegrityBreak } from './integrity-break';
import { positionOf } from './log-position';

/**
 * Two cheap checks around the cryptographic ones. First the envelope: without an id, a parseable
 * source, a sequence number and a prevhash an event cannot take part in a chain at all. Then the
 * placement: topic and key are not covered by the signature (the engine stores them beside the event),
 * so an event moved to another topic or key, or a record answered by a producer other than the
 * department it names, would otherwise pass unnoticed.
 */
export interface Envelope {
  readonly id: string;
  readonly source: string;
  readonly producer: string;
  readonly seq: number;
  readonly prevhash: string;
  readonly type: string;
}

export function checkEnvelope(stored: StoredEvent): Envelope | IntegrityBreak {
  const event: unknown = stored.event;
  const at = positionOf(stored);
  if (typeof event !== 'object' || event === null) return { kind: 'malformed', ...at, detail: 'the stored event is not a JSON object' };
  const e = event as Readonly<Record<string, unknown>>;
  const id = typeof e.id === 'string' && e.id !== '' ? e.id : undefined;
  const source = typeof e.source === 'string' ? e.source : undefined;
  const producer = source === undefined ? undefined : producerOfSource(source);
  const problems: string[] = [];
  if (id === undefined) problems.push('no id');
  if (producer === undefined) problems.push(`source ${JSON.stringify(e.source)} is not /tongban/<producer>/<instance>`);
  if (typeof e.seq !== 'number' || !Number.isSafeInteger(e.seq) || e.seq < 1) problems.push(`seq ${JSON.stringify(e.seq)} is not a positive integer`);
  if (typeof e.prevhash !== 'string') problems.push('no prevhash');
  if (typeof e.type !== 'string') problems.push('no type');
  if (problems.length > 0 || id === undefined || source === undefined || producer === undefined) {
    return { kind: 'malformed', ...at, ...(source ? { source } : {}), ...(id ? { eventId: id } : {}), detail: problems.join('; ') };
  }
  return { id, source, producer, seq: e.seq as number, prevhash: e.prevhash as string, type: e.type as string };
}

interface Rule {
  readonly topic: string;
  /** Producers allowed to write this type here. */
  readonly producers: readonly string[];
}

function departmentOf(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const department = (data as Readonly<Record<string, unknown>>).department;
  return typeof department === 'string' ? department : undefined;
}

/** Where each type belongs and who may write it; undefined with a reason when the data is unusable. */
function ruleFor(type: string, data: unknown): Rule | string {
  if (type === EventTypes.applicationSubmitted) {
    return readSubmitted(data) ? { topic: Topics.applications, producers: ['gateway'] } : 'data is not an application.submitted payload';
  }
  if (type === EventTypes.applicationCompleted) {
    return readCompleted(data) ? { topic: Topics.applications, producers: ['gateway'] } : 'data is not an application.completed payload';
  }
  if (type === EventTypes.dataRequested) {
    const request = readRequested(data);
    return request ? { topic: Topics.requests(request.department), producers: ['gateway'] } : 'data is not a data.requested payload';
  }
  if (ANSWER_OUTCOMES[type] !== undefined) {
    const answer = readAnswer(type, data);
    return answer ? { topic: Topics.responses(answer.department), producers: [answer.department] } : `data is not a ${type} payload`;
  }
  if (type === EventTypes.recordRejected) {
    const department = departmentOf(data);
    // Dead letters are written by the adapter that refused a request or by the gateway that refused an answer.
    return department ? { topic: Topics.deadLetter, producers: ['gateway', department] } : 'data is not a record.rejected payload';
  }
  return `unknown event type ${type}`;
}

export function checkPlacement(stored: StoredEvent, envelope: Envelope): IntegrityBreak | undefined {
  const event = stored.event;
  const where = { ...positionOf(stored), source: envelope.source, eventId: envelope.id, seq: envelope.seq };
  const rule = ruleFor(envelope.type, event.data);
  if (typeof rule === 'string') return { kind: 'malformed', ...where, detail: rule };
  const problems: string[] = [];
  if (stored.topic !== rule.topic) problems.push(`a ${envelope.type} event belongs in ${rule.topic}`);
  if (!rule.producers.includes(envelope.producer)) problems.push(`written by ${envelope.producer}, but only ${rule.producers.join(' or ')} may write it`);
  if (stored.key !== event.correlationid) problems.push(`stored under key ${stored.key}, not its application id ${String(event.correlationid)}`);
  if (event.subject !== event.correlationid) problems.push('subject and correlationid name different applications');
  const applicationId = (event.data as Readonly<Record<string, unknown>>).applicationId;
  if (applicationId !== event.correlationid) problems.push(`data names application ${String(applicationId)}, the envelope ${String(event.correlationid)}`);
  return problems.length === 0 ? undefined : { kind: 'misplaced', ...where, detail: problems.join('; ') };
}
