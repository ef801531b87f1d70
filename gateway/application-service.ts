import { hash, randomUUID } from 'node:crypto';
import type { Consumer, ContractCatalog } from '../catalog/contract-catalog';
import type { ApplicationRequest } from '../catalog/generated/application-request.v1';
import type { ApplicationSubmitted } from '../catalog/generated/events--application-submitted.v1';
import type { DataRequested } from '../catalog/generated/events--data-requested.v1';
import { describeErrors } from '../catalog/schema-registry';
import { canonicalJson } from '../crypto/canonical-json';
import { EventTypes } from '../eventlog/cloudevent';
import { newTraceparent, type EventDraft, type EventProducer } from '../eventlog/event-producer';
import { Topics } from '../eventlog/topics';
import { normalizeSubject, subjectKind } from '../identity/subject';
import type { Clock } from '../runtime/clock';
import { isoTime } from '../runtime/clock';
import { TongbanError } from '../runtime/errors';
import { caseFromSubmitted, type CaseState } from './case-state';
import type { CaseStore } from './case-store';
import type { CaseTracker } from './case-tracker';
import type { ConsentVerifier } from './consent';

/**
 * Opening a case. Everything that can be refused is refused before anything is written: schema, identity
 * check digits, the consumer's contract (matter, purpose, consent), the idempotency key. Then the case
 * and its requests are written to the log in one append, and only then is the caller answered.
 */
export interface ApplicationService {
  submit(consumer: Consumer, body: unknown, options: { idempotencyKey?: string; traceparent?: string }): Promise<{ state: CaseState; created: boolean }>;
}

export interface ApplicationServiceOptions {
  readonly catalog: ContractCatalog;
  readonly producer: EventProducer;
  readonly store: CaseStore;
  readonly tracker: CaseTracker;
  readonly consent: ConsentVerifier;
  readonly clock: Clock;
  readonly instanceId: string;
  readonly newId?: () => string;
}

const REQUEST_SCHEMA = 'https://tongban.dev/schemas/application-request.v1.json';
/**
 * How long a retry waits for the gateway to take in everything already in the log before deciding a key
 * whose earlier append failed. Long enough for a Kafka consumer restarting after an outage (its backoff
 * reaches 5 s), short enough to answer 503 well within a client's timeout.
 */
const IN_DOUBT_WAIT_MS = 10_000;
/** Keys remembered as in doubt; past this the oldest are forgotten (a very long outage). */
const IN_DOUBT_LIMIT = 10_000;

function keyOf(consumer: Consumer, idempotencyKey: string): string {
  return `${consumer.id}\u0000${idempotencyKey}`;
}

export function createApplicationService(options: ApplicationServiceOptions): ApplicationService {
  const { catalog, producer, store, tracker, clock } = options;
  const newId = options.newId ?? randomUUID;
  const validate = catalog.schemas.validator(REQUEST_SCHEMA);
  // One submission per idempotency key at a time in this process, so two racing retries make one case.
  const inFlight = new Map<string, Promise<unknown>>();
  /**
   * Keys whose last append failed here. On Kafka such an append may still land (a produce request the
   * broker holds unanswered), and the gateway takes it in only as its consumer reaches it, so a retry
   * that looked at the case store alone would open a second case for the key. The retry first lets the
   * tracker catch up with the log (README, "Distributed mode"). Cheap on the embedded engine, where a
   * failed append stored nothing and the tracker is caught up at once.
   */
  const inDoubt = new Set<string>();
  function markInDoubt(key: string): void {
    inDoubt.delete(key);
    inDoubt.add(key);
    if (inDoubt.size > IN_DOUBT_LIMIT) inDoubt.delete(inDoubt.values().next().value!);
  }

  async function plan(consumer: Consumer, body: ApplicationRequest, idempotencyKey: string | undefined, traceparent: string | undefined) {
    const normalized = normalizeSubject(body.subject);
    if ('reason' in normalized) {
      throw new TongbanError('TB_INVALID_SUBJECT', normalized.reason, { errors: [{ pointer: normalized.pointer, detail: normalized.reason }] });
    }
    const subject = normalized.subject;
    const matter = catalog.matters.get(body.matter);
    if (matter === undefined) {
      throw new TongbanError('TB_UNKNOWN_MATTER', `no matter "${body.matter}"; GET /v1/matters lists those you may open`, {
        errors: [{ pointer: '/matter', detail: 'is not a known matter' }],
      });
    }
    if (!consumer.matters.includes(matter.id)) {
      throw new TongbanError('TB_FORBIDDEN', `the contract of "${consumer.id}" does not cover the matter "${matter.id}"`);
    }
    if (subjectKind(subject) !== matter.subjectKind) {
      const wanted = matter.subjectKind === 'person' ? 'a person (subject.idNumber)' : 'an enterprise (subject.uscc)';
      throw new TongbanError('TB_INVALID_SUBJECT', `the matter "${matter.id}" is about ${wanted}`, {
        errors: [{ pointer: '/subject', detail: `must identify ${wanted}` }],
      });
    }
    const purpose = body.purpose.trim();
    // One trace per case: the caller's, or a new one shared by every event the case causes.
    const trace = traceparent ?? newTraceparent();
    const requestHash = hash('sha256', canonicalJson({ ...body, subject, purpose }), 'base64url');
    const now = clock.now();
    const applicationId = newId();
    const requests: ApplicationSubmitted['requests'] = [];
    const withheld: ApplicationSubmitted['withheld'] = [];
    let consentChecked = false;
    for (const needed of matter.requests) {
      const info = catalog.recordType(needed.department, needed.type)!;
      const grant = catalog.grantFor(consumer, needed.department, needed.type);
      if (grant === undefined) {
        withheld.push({ department: needed.department, reason: `not granted by the contract of "${consumer.id}"`, schema: info.schema, type: needed.type });
        continue;
      }
      if (grant.category === 'conditional') {
        if (grant.purposes !== undefined && !grant.purposes.includes(purpose)) {
          throw new TongbanError('TB_FORBIDDEN', `the ${needed.department} ${needed.type} grant is conditional: purpose must be one of ${grant.purposes.map((p) => JSON.stringify(p)).join(', ')}`, {
            errors: [{ pointer: '/purpose', detail: 'is not a purpose this grant allows' }],
          });
        }
        if (grant.consentRequired === true && !consentChecked) {
          await options.consent.verify(body.consent, { subject, consumer: consumer.id, matter: matter.id });
          consentChecked = true;
        }
      }
      requests.push({
        deadlineAt: isoTime(now + needed.deadlineMs),
        department: needed.department,
        fields: grant.fields,
        grant: grant.category,
        requestId: newId(),
        schema: info.schema,
        type: needed.type,
      });
    }
    // The event data below is built with its members in canonical (sorted) order, down to the
    // requests and withheld records: canonicalJson then serialises it in one native pass instead of
    // sorting every object (crypto/canonical-json.ts), on the path every case waits for.
    const submitted: ApplicationSubmitted = {
      applicationId,
      ...(body.consent !== undefined && consentChecked ? { consent: body.consent } : {}),
      consumer: consumer.id,
      createdAt: isoTime(now),
      gateway: options.instanceId,
      ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
      matter: matter.id,
      purpose,
      requestHash,
      requests,
      subject,
      withheld,
    };
    const drafts: EventDraft[] = [
      { topic: Topics.applications, type: EventTypes.applicationSubmitted, applicationId, data: submitted, traceparent: trace },
      ...requests.map((r): EventDraft => {
        // In canonical order too.
        const data: DataRequested = {
          applicationId,
          consumer: consumer.id,
          deadlineAt: r.deadlineAt,
          department: r.department,
          fields: r.fields,
          grant: r.grant,
          matter: matter.id,
          purpose,
          requestId: r.requestId,
          schema: r.schema,
          subject,
          type: r.type,
        };
        return { topic: Topics.requests(r.department), type: EventTypes.dataRequested, applicationId, data, traceparent: trace };
      }),
    ];
    return { submitted, drafts, requestHash, trace };
  }

  /** The case the key already opened, if any; a conflict if it opened it for another request. */
  function openedBefore(consumer: Consumer, idempotencyKey: string | undefined, requestHash: string, except?: string): CaseState | undefined {
    if (idempotencyKey === undefined) return undefined;
    const existing = store.byIdempotencyKey(consumer.id, idempotencyKey);
    if (existing === undefined || existing.id === except) return undefined;
    if (existing.requestHash !== requestHash) {
      throw new TongbanError('TB_IDEMPOTENCY_CONFLICT', `Idempotency-Key "${idempotencyKey}" already opened case ${existing.id} with a different request`);
    }
    return existing;
  }

  /** `key`: the consumer's Idempotency-Key as this service keys it (keyOf), when there is one. */
  async function submitOnce(consumer: Consumer, body: ApplicationRequest, idempotencyKey: string | undefined, key: string | undefined, traceparent: string | undefined) {
    const { submitted, drafts, requestHash, trace } = await plan(consumer, body, idempotencyKey, traceparent);
    const existing = openedBefore(consumer, idempotencyKey, requestHash);
    if (existing !== undefined) return { state: existing, created: false };
    if (key !== undefined && inDoubt.has(key)) {
      try {
        await tracker.caughtUp(IN_DOUBT_WAIT_MS);
      } catch (error) {
        throw new TongbanError('TB_LOG_UNAVAILABLE', 'an earlier attempt with this Idempotency-Key may yet reach the event log, and that cannot be checked now; try again, with the same Idempotency-Key', {
          retryAfter: 2,
          cause: error,
        });
      }
      inDoubt.delete(key);
      const landed = openedBefore(consumer, idempotencyKey, requestHash);
      if (landed !== undefined) return { state: landed, created: false };
    }
    try {
      await producer.emit(drafts);
    } catch (error) {
      if (key !== undefined) markInDoubt(key);
      throw new TongbanError('TB_LOG_UNAVAILABLE', 'the case could not be written to the event log; try again, with the same Idempotency-Key', { retryAfter: 2, cause: error });
    }
    const state = caseFromSubmitted(submitted, trace);
    await tracker.accept(state);
    // On Kafka a submission refused as unavailable may still land, and be taken in while this retry's own
    // was being written: the key then belongs to that first case (case-store.ts), and so does the answer.
    const first = openedBefore(consumer, idempotencyKey, requestHash, state.id);
    if (first !== undefined) return { state: first, created: false };
    return { state: store.get(state.id) ?? state, created: true };
  }

  return {
    async submit(consumer, rawBody, { idempotencyKey, traceparent }) {
      if (!validate(rawBody)) {
        const errors = describeErrors(validate.errors);
        throw new TongbanError('TB_INVALID_REQUEST', `the request has ${errors.length} problem${errors.length === 1 ? '' : 's'}`, { errors });
      }
      const body = rawBody as ApplicationRequest;
      if (idempotencyKey === undefined) return submitOnce(consumer, body, undefined, undefined, traceparent);
      const lockKey = keyOf(consumer, idempotencyKey);
      while (inFlight.has(lockKey)) await inFlight.get(lockKey)!.catch(() => undefined);
      const work = submitOnce(consumer, body, idempotencyKey, lockKey, traceparent);
      inFlight.set(lockKey, work);
      try {
        return await work;
      } finally {
        inFlight.delete(lockKey);
      }
    },
  };
}
