import type { StoredEvent } from '../eventlog/event-log';
import { subjectId, subjectKind, type Subject } from '../identity/subject';
import { createCaseAssembler, type AssembledCase, type CompletedStatus } from './case-assembler';
import type { AnswerOutcome } from './event-data';

/**
 * Who saw whose data, for what purpose: every case about one subject (or opened by one consumer), in
 * time order, with the departments asked, the fields each disclosed and how the case ended. Written
 * over a stream of stored events so the gateway can serve the same history to a citizen's own channel
 * (GET /v1/subjects/{id}/access) as the CLI gives an auditor.
 */
export interface AccessQuery {
  readonly subject?: Subject;
  readonly consumer?: string;
}

export type RecordStatus = CompletedStatus | AnswerOutcome | 'pending';

export interface AccessRecord {
  readonly department: string;
  readonly type: string;
  /** The status the case closed with; before that, the department's answer; else pending. */
  readonly status: RecordStatus;
  /** Fields the consumer received: those of a record that the case accepted as provided. */
  readonly fieldsDisclosed: readonly string[];
}

export interface AccessEntry {
  /** When the case was opened (ISO 8601). */
  readonly time: string;
  readonly applicationId: string;
  readonly consumer: string;
  readonly matter: string;
  readonly purpose: string;
  readonly subject: string;
  /** Departments asked for a record, in the matter's order. */
  readonly departments: readonly string[];
  readonly records: readonly AccessRecord[];
  /** Records the matter needs but the consumer's contract does not grant: never requested. */
  readonly withheld: readonly { readonly department: string; readonly type: string; readonly reason: string }[];
  readonly outcome: 'completed' | 'partial' | 'failed' | 'pending';
}

function sameSubject(a: Subject, b: Subject): boolean {
  return subjectKind(a) === subjectKind(b) && subjectId(a).toUpperCase() === subjectId(b).toUpperCase();
}

export function toAccessEntry(c: AssembledCase): AccessEntry {
  return {
    time: new Date(c.createdAt).toISOString(),
    applicationId: c.applicationId,
    consumer: c.consumer,
    matter: c.matter,
    purpose: c.purpose,
    subject: subjectId(c.subject),
    departments: [...new Set(c.requests.map((r) => r.department))],
    records: c.requests.map((r): AccessRecord => {
      const status: RecordStatus = r.closedAs ?? r.answer?.outcome ?? 'pending';
      // A record the gateway rejected (invalid) or that came after the case closed never reached the consumer.
      const disclosed = status === 'provided' ? ((r.accepted ?? r.answer)?.fields ?? []) : [];
      return { department: r.department, type: r.type, status, fieldsDisclosed: disclosed };
    }),
    withheld: c.withheld,
    outcome: c.completion?.status ?? 'pending',
  };
}

export async function accessHistory(events: AsyncIterable<StoredEvent>, query: AccessQuery): Promise<AccessEntry[]> {
  if (query.subject === undefined && query.consumer === undefined) throw new Error('an access query needs a subject or a consumer');
  const assembler = createCaseAssembler({
    accept: (s) =>
      (query.subject === undefined || sameSubject(s.subject, query.subject)) && (query.consumer === undefined || s.consumer === query.consumer),
  });
  const cases: AssembledCase[] = [];
  for await (const stored of events) cases.push(...assembler.push(stored));
  cases.push(...assembler.finish());
  return cases
    .sort((a, b) => a.createdAt - b.createdAt || (a.applicationId < b.applicationId ? -1 : 1))
    .map(toAccessEntry);
}
