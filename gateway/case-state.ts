import type { Dossier, DossierRecord } from '../catalog/generated/dossier.v1';
import type { ApplicationSubmitted } from '../catalog/generated/events--application-submitted.v1';
import type { Subject } from '../identity/subject';

export type { Dossier, DossierRecord };
export type RecordStatus = DossierRecord['status'];
export type CaseStatus = Dossier['status'];

/**
 * The gateway's view of one case: the public dossier plus what the gateway needs to run it (who opened
 * it, for which purpose, which request each record answers, and when each is due).
 */
export interface RecordState extends DossierRecord {
  /** Absent for records the consumer's contract withholds (never requested). */
  requestId?: string;
  deadlineAt?: string;
  /** Id of the event that settled this record. */
  eventId?: string;
  fields?: string[];
}

export interface CaseState {
  id: string;
  consumer: string;
  matter: string;
  subject: Subject;
  purpose: string;
  status: CaseStatus;
  createdAt: string;
  completedAt: string | null;
  /** Gateway instance that accepted the case: it emits the case's closing events. */
  owner: string;
  idempotencyKey?: string;
  requestHash: string;
  /** W3C trace context of the case (its submission's): the closing event joins the same trace. */
  traceparent?: string;
  records: RecordState[];
}

/** Answers that count as a department having done its job: a record, or a clear "no such record". */
const SETTLED_OK: ReadonlySet<RecordStatus> = new Set(['provided', 'not-found']);

/** completed: every department answered; partial: some did; failed: none did. */
export function finalStatus(records: readonly RecordState[]): CaseStatus {
  if (records.some((r) => r.status === 'pending')) return 'pending';
  const ok = records.filter((r) => SETTLED_OK.has(r.status)).length;
  if (ok === records.length) return 'completed';
  return ok === 0 ? 'failed' : 'partial';
}

export function toDossier(state: CaseState): Dossier {
  return {
    id: state.id,
    matter: state.matter,
    subject: state.subject,
    status: state.status,
    createdAt: state.createdAt,
    completedAt: state.completedAt,
    records: state.records.map((r) => {
      const out: DossierRecord = {
        department: r.department,
        type: r.type,
        schema: r.schema,
        status: r.status,
        receivedAt: r.receivedAt,
        elapsedMs: r.elapsedMs,
      };
      if (r.data !== undefined) out.data = r.data;
      if (r.proof !== undefined) out.proof = r.proof;
      if (r.reason !== undefined) out.reason = r.reason;
      return out;
    }),
  };
}

/** The case as its submission event describes it: requested records pending, withheld ones refused. */
export function caseFromSubmitted(s: ApplicationSubmitted, traceparent?: string): CaseState {
  return {
    id: s.applicationId,
    consumer: s.consumer,
    matter: s.matter,
    subject: s.subject,
    purpose: s.purpose,
    status: 'pending',
    createdAt: s.createdAt,
    completedAt: null,
    owner: s.gateway,
    ...(s.idempotencyKey !== undefined ? { idempotencyKey: s.idempotencyKey } : {}),
    requestHash: s.requestHash,
    ...(traceparent !== undefined ? { traceparent } : {}),
    records: [
      ...s.requests.map((r): RecordState => ({
        department: r.department,
        type: r.type,
        schema: r.schema,
        status: 'pending',
        receivedAt: null,
        elapsedMs: null,
        requestId: r.requestId,
        deadlineAt: r.deadlineAt,
        fields: r.fields,
      })),
      ...s.withheld.map((w): RecordState => ({
        department: w.department,
        type: w.type,
        schema: w.schema,
        status: 'refused',
        reason: w.reason,
        receivedAt: s.createdAt,
        elapsedMs: 0,
      })),
    ],
  };
}
