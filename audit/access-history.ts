import type { ApplicationSubmitted } from '../catalog/generated/events--application-submitted.v1';
import type { StoredEvent } from '../eventlog/event-log';
import { subjectId, subjectKind, type Subject } from '../identity/subject';
import { createCaseAssembler, type AssembledCase, type CaseAnswer, type CaseRequest, type CompletedStatus } from './case-assembler';
import type { AnswerOutcome } from './event-data';

/**
 * Who saw whose data, for what purpose: every case that touched one subject (or was opened by one
 * consumer), in time order, with the departments asked, the fields each disclosed and how the case
 * ended. A case touches a subject when it is about them, or when a record disclosed in it names them:
 * a business-change case is about an enterprise, yet the police record of its legal representative
 * discloses a person's data. Written over a stream of stored events so the gateway can serve the same
 * history to a citizen's own channel (GET /v1/subjects/{id}/access) as the CLI gives an auditor.
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
  /** For a subject query: the case is about the subject, or a disclosed record names them. */
  readonly relation?: 'subject' | 'named-in-record';
}

function sameSubject(a: Subject, b: Subject): boolean {
  return subjectKind(a) === subjectKind(b) && subjectId(a).toUpperCase() === subjectId(b).toUpperCase();
}

function statusOf(r: CaseRequest): RecordStatus {
  return r.closedAs ?? r.answer?.outcome ?? 'pending';
}

/** The answer the consumer received: a record the case accepted as provided. */
function disclosedAnswer(r: CaseRequest): CaseAnswer | undefined {
  // A record the gateway rejected (invalid) or that came after the case closed never reached the consumer.
  return statusOf(r) === 'provided' ? (r.accepted ?? r.answer) : undefined;
}

/**
 * The disclosed fields in the order the request (the consumer's grant) names them, any others after.
 * Records keep their members in canonical (sorted) order; people read a history in the contract's.
 */
function inRequestOrder(disclosed: readonly string[], requested: readonly string[]): string[] {
  const present = new Set(disclosed);
  const asked = new Set(requested);
  return [...requested.filter((f) => present.has(f)), ...disclosed.filter((f) => !asked.has(f))];
}

/** Whether any string in a record equals the identifier (records nest: enterprise roles, shareholders). */
function names(value: unknown, id: string, depth = 0): boolean {
  if (typeof value === 'string') return value.toUpperCase() === id;
  if (depth > 16 || typeof value !== 'object' || value === null) return false;
  return Object.values(value).some((v: unknown) => names(v, id, depth + 1));
}

export function toAccessEntry(c: AssembledCase, query: AccessQuery = {}): AccessEntry {
  const relation =
    query.subject === undefined ? undefined : sameSubject(c.subject, query.subject) ? ('subject' as const) : ('named-in-record' as const);
  return {
    time: new Date(c.createdAt).toISOString(),
    applicationId: c.applicationId,
    consumer: c.consumer,
    matter: c.matter,
    purpose: c.purpose,
    subject: subjectId(c.subject),
    departments: [...new Set(c.requests.map((r) => r.department))],
    records: c.requests.map((r): AccessRecord => ({
      department: r.department,
      type: r.type,
      status: statusOf(r),
      fieldsDisclosed: inRequestOrder(disclosedAnswer(r)?.fields ?? [], r.fields),
    })),
    withheld: c.withheld,
    outcome: c.completion?.status ?? 'pending',
    ...(relation !== undefined ? { relation } : {}),
  };
}

export async function accessHistory(events: AsyncIterable<StoredEvent>, query: AccessQuery): Promise<AccessEntry[]> {
  if (query.subject === undefined && query.consumer === undefined) throw new Error('an access query needs a subject or a consumer');
  const subject = query.subject;
  const id = subject === undefined ? undefined : subjectId(subject).toUpperCase();
  const assembler = createCaseAssembler({
    // The consumer is known at submission, so other consumers' cases are dropped at once; whether a
    // case touches the subject may only show in its records, so those cases are kept until they close.
    ...(query.consumer !== undefined ? { accept: (s: ApplicationSubmitted) => s.consumer === query.consumer } : {}),
    ...(subject !== undefined && id !== undefined
      ? {
          inspectRecord: (record: Readonly<Record<string, unknown>>) => names(record, id),
          select: (c: AssembledCase) => sameSubject(c.subject, subject) || c.requests.some((r) => disclosedAnswer(r)?.matched === true),
        }
      : {}),
  });
  const cases: AssembledCase[] = [];
  for await (const stored of events) cases.push(...assembler.push(stored));
  cases.push(...assembler.finish());
  return cases
    .sort((a, b) => a.createdAt - b.createdAt || (a.applicationId < b.applicationId ? -1 : 1))
    .map((c) => toAccessEntry(c, query));
}
