import type { ContractCatalog } from '../catalog/contract-catalog';
import type { DataProvided } from '../catalog/generated/events--data-provided.v1';
import type { DataOutcome } from '../catalog/generated/events--data-outcome.v1';
import { describeErrors } from '../catalog/schema-registry';
import type { KeyStore } from '../crypto/keys';
import { verifyProof } from '../crypto/record-proof';
import { EventTypes, type CloudEvent } from '../eventlog/cloudevent';
import { verifyEvent } from '../eventlog/event-signature';
import type { Subject } from '../identity/subject';
import type { RecordState, RecordStatus } from './case-state';

/**
 * Nothing a department sends reaches a caller unchecked. For each answer the gateway checks, in order:
 * the event's signature is the department's own; the answer matches its event schema and the request
 * it claims to answer; a record holds no field beyond the grant, matches its record schema, and carries
 * a proof by the same department bound to this application, subject and data. The first failure makes
 * the record `invalid` and is reported with its reason (and the event is dead-lettered by the caller).
 */
export type Verdict =
  | { readonly ok: true; readonly status: RecordStatus; readonly data?: Record<string, unknown>; readonly proof?: string; readonly reason?: string }
  | { readonly ok: false; readonly reason: string; readonly errors: string[] };

const OUTCOME_SCHEMA = 'https://tongban.dev/schemas/events/data-outcome.v1.json';
const PROVIDED_SCHEMA = 'https://tongban.dev/schemas/events/data-provided.v1.json';

export function createRecordVerifier(deps: { catalog: ContractCatalog; keys: KeyStore }) {
  const { catalog, keys } = deps;
  const validateProvided = catalog.schemas.validator(PROVIDED_SCHEMA);
  const validateOutcome = catalog.schemas.validator(OUTCOME_SCHEMA);

  /** `signedText`: the answer's signed text, when the log kept it (StoredEvent.signedText). */
  return async function verify(event: CloudEvent, record: RecordState, subject: Subject, applicationId: string, signedText?: string): Promise<Verdict> {
    const isProvided = event.type === EventTypes.dataProvided;
    // A record's own proof is the department's signature over exactly what the caller receives (and it
    // binds application, record type and subject), so for data.provided checking it is what matters;
    // checking the event signature as well would verify the same key over the same record twice. The
    // event signature of every event is still checked by `tongban audit verify`. Answers without a
    // record (not-found, refused, failed) have no proof: their event signature is checked here.
    if (!isProvided) {
      const signature = await verifyEvent(event, keys, signedText);
      if (!signature.ok) return { ok: false, reason: `event signature: ${signature.reason}`, errors: [] };
      if (signature.producer !== record.department) {
        return { ok: false, reason: `answer signed by ${signature.producer}, not by ${record.department}`, errors: [] };
      }
    }
    const validate = isProvided ? validateProvided : validateOutcome;
    if (!validate(event.data)) {
      return { ok: false, reason: 'answer does not match its event schema', errors: describeErrors(validate.errors).map((e) => `${e.pointer} ${e.detail}`) };
    }
    const answer = event.data as DataProvided | DataOutcome;
    if (answer.department !== record.department || answer.type !== record.type || answer.applicationId !== applicationId) {
      return { ok: false, reason: 'answer names another department, record type or application than its request', errors: [] };
    }
    switch (event.type) {
      case EventTypes.dataNotFound:
        return { ok: true, status: 'not-found' };
      case EventTypes.dataRefused:
        return { ok: true, status: 'refused', reason: (answer as DataOutcome).reason ?? 'refused by the department' };
      case EventTypes.dataFailed: {
        const outcome = answer as DataOutcome;
        // The adapter caught a record that broke its schema and dead-lettered it: the record is invalid.
        const status: RecordStatus = outcome.code === 'invalid-record' ? 'invalid' : 'failed';
        return { ok: true, status, reason: outcome.reason ?? outcome.code ?? 'the department failed to answer' };
      }
      case EventTypes.dataProvided:
        break;
      default:
        return { ok: false, reason: `unexpected event type ${event.type}`, errors: [] };
    }
    const provided = answer as DataProvided;
    const granted = new Set(record.fields ?? []);
    const extra = Object.keys(provided.record).filter((f) => !granted.has(f));
    if (extra.length > 0) {
      return { ok: false, reason: `record holds fields beyond the grant: ${extra.join(', ')}`, errors: extra.map((f) => `/${f} is not granted`) };
    }
    const info = catalog.recordType(record.department, record.type);
    if (info === undefined) return { ok: false, reason: `no schema for ${record.department}/${record.type}`, errors: [] };
    if (!info.validate(provided.record)) {
      return { ok: false, reason: `record failed its schema ${info.schema}`, errors: describeErrors(info.validate.errors).map((e) => `${e.pointer} ${e.detail}`) };
    }
    const proof = await verifyProof(
      provided.proof,
      { applicationId, department: record.department, type: record.type, subject, data: provided.record },
      keys,
    );
    if (!proof.ok) return { ok: false, reason: proof.reason, errors: [] };
    return { ok: true, status: 'provided', data: provided.record, proof: provided.proof };
  };
}

export type RecordVerifier = ReturnType<typeof createRecordVerifier>;
