import type { ContractCatalog } from '../../catalog/contract-catalog';
import type { DataRequested } from '../../catalog/generated/events--data-requested.v1';
import { describeErrors } from '../../catalog/schema-registry';
import type { KeyStore } from '../../crypto/keys';
import { withCanonicalMemberOrder } from '../../crypto/canonical-json';
import { signProof } from '../../crypto/record-proof';
import { EventTypes } from '../../eventlog/cloudevent';
import type { EventLog, StoredEvent, Subscription } from '../../eventlog/event-log';
import type { EventProducer } from '../../eventlog/event-producer';
import { ownEventVerdict, verifyEvent } from '../../eventlog/event-signature';
import { Topics } from '../../eventlog/topics';
import { BoundedSet } from '../../runtime/bounded-set';
import type { Clock } from '../../runtime/clock';
import { isoTime } from '../../runtime/clock';
import type { Logger } from '../../runtime/logger';
import type { Metrics } from '../../runtime/metrics';
import { createCircuitBreaker, type CircuitBreaker } from './circuit-breaker';
import type { DepartmentAdapter, LookupOutcome } from './department-adapter';
import { NativeSystemError } from './native-system';
import { pickFields } from './pick-fields';
import { timeLimit } from './time-limit';

/**
 * The adapter kit: everything a department adapter needs around its one `lookup` call.
 * Request in → gateway signature checked → idempotency → circuit breaker → lookup with retries and the
 * case's deadline → only the granted fields kept → schema checked → proof signed → answer published.
 * A record that fails its schema is never passed on: it goes to the dead-letter topic and the case gets
 * a `failed` answer with code `invalid-record`.
 */
export interface AdapterRunnerOptions {
  readonly adapter: DepartmentAdapter;
  readonly log: EventLog;
  readonly producer: EventProducer;
  readonly keys: KeyStore;
  readonly catalog: ContractCatalog;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** Requests handled at once (native calls in flight). */
  readonly concurrency?: number;
  readonly retry?: { attempts?: number; baseDelayMs?: number };
  readonly circuit?: { threshold?: number; cooldownMs?: number };
}

export interface AdapterRunner {
  readonly department: string;
  readonly circuit: CircuitBreaker;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The event an adapter publishes for a request: its type and payload. */
interface Answer {
  type: string;
  data: Record<string, unknown>;
}

export function createAdapterRunner(options: AdapterRunnerOptions): AdapterRunner {
  const { adapter, log, producer, keys, catalog, clock, metrics } = options;
  const department = adapter.department;
  const logger = options.logger.child({ component: 'adapter', department });
  const attempts = options.retry?.attempts ?? 3;
  const baseDelayMs = options.retry?.baseDelayMs ?? 50;
  const handled = new BoundedSet<string>(100_000);
  const validateRequest = catalog.schemas.validator('https://tongban.dev/schemas/events/data-requested.v1.json');
  const circuit = createCircuitBreaker({
    clock,
    ...(options.circuit ?? {}),
    onChange: (state) => {
      metrics.circuitOpen.set({ department }, state === 'open' ? 1 : 0);
      logger.warn({ circuit: state }, `circuit to the ${department} native system is ${state}`);
    },
  });
  let subscription: Subscription | undefined;

  async function deadLetter(stored: StoredEvent, reason: string, errors: string[], request?: DataRequested): Promise<void> {
    metrics.deadLetters.inc({ rejected_by: department });
    await producer.emit([
      {
        topic: Topics.deadLetter,
        type: EventTypes.recordRejected,
        applicationId: stored.event.correlationid,
        traceparent: stored.event.traceparent,
        data: {
          applicationId: stored.event.correlationid,
          ...(request ? { requestId: request.requestId, type: request.type } : {}),
          department,
          rejectedBy: producer.source,
          reason,
          errors,
          originalTopic: stored.topic,
          original: stored.event,
        },
      },
    ]);
  }

  async function lookupWithRetries(request: DataRequested, signal: AbortSignal): Promise<LookupOutcome> {
    for (let attempt = 1; ; attempt++) {
      if (!circuit.allow()) throw new NativeSystemError('circuit open: the department system is failing', { retriable: false });
      const started = clock.monotonic();
      try {
        const outcome = await adapter.lookup(
          { recordType: request.type, subject: request.subject, requestId: request.requestId },
          signal,
        );
        circuit.succeeded();
        metrics.nativeLatency.observe({ department }, clock.monotonic() - started);
        return outcome;
      } catch (error) {
        if (signal.aborted) throw new NativeSystemError('deadline passed while waiting for the native system', { retriable: false });
        const retriable = error instanceof NativeSystemError && error.retriable;
        if (retriable) circuit.failed();
        if (!retriable || attempt >= attempts) throw error;
        // Full jitter: spreads retries of many cases so a recovering system is not hit all at once.
        const delay = Math.random() * baseDelayMs * 2 ** (attempt - 1);
        logger.debug({ correlationId: request.applicationId, requestId: request.requestId, attempt, delay }, 'native call failed; retrying');
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  async function answer(request: DataRequested, stored: StoredEvent): Promise<Answer> {
    const common = {
      applicationId: request.applicationId,
      requestId: request.requestId,
      department,
      type: request.type,
      schema: request.schema,
    };
    const deadline = Date.parse(request.deadlineAt) - clock.now();
    if (deadline <= 0) {
      return { type: EventTypes.dataFailed, data: { ...common, code: 'expired', reason: 'the request reached the adapter after its deadline' } };
    }
    const info = catalog.recordType(department, request.type);
    if (info === undefined || !adapter.recordTypes.includes(request.type)) {
      return { type: EventTypes.dataRefused, data: { ...common, code: 'unknown-record-type', reason: `${department} keeps no ${request.type} records` } };
    }
    const started = clock.monotonic();
    let outcome: LookupOutcome;
    const limit = timeLimit(deadline, 'the request deadline passed');
    try {
      outcome = await lookupWithRetries(request, limit.signal);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        type: EventTypes.dataFailed,
        data: { ...common, code: message.startsWith('circuit open') ? 'circuit-open' : 'native-error', reason: message, nativeElapsedMs: Math.round(clock.monotonic() - started) },
      };
    } finally {
      limit.done();
    }
    const nativeElapsedMs = Math.round(clock.monotonic() - started);
    if (outcome.kind === 'not-found') return { type: EventTypes.dataNotFound, data: { ...common, nativeElapsedMs } };
    if (outcome.kind === 'refused') return { type: EventTypes.dataRefused, data: { ...common, reason: outcome.reason, nativeElapsedMs } };

    // Minimisation at the source: only the fields the consumer's grant names leave the department.
    // In canonical member order: the proof, the answer event and the gateway's check of the proof
    // each serialise the record in one native pass (crypto/canonical-json.ts), and the caller gets
    // it in the same order as every reader of the log does.
    const record = withCanonicalMemberOrder(pickFields(outcome.record, request.fields));
    if (!info.validate(record)) {
      const errors = describeErrors(info.validate.errors).map((e) => `${e.pointer} ${e.detail}`);
      logger.error({ correlationId: request.applicationId, requestId: request.requestId, errors }, 'record failed its schema; dead-lettered');
      await deadLetter(stored, `record failed its schema ${info.schema}`, errors, request);
      return { type: EventTypes.dataFailed, data: { ...common, code: 'invalid-record', reason: `record failed its schema: ${errors.join('; ')}`.slice(0, 1000), nativeElapsedMs } };
    }
    // Payload and answer with their members in canonical order too (see above).
    const proof = await signProof(
      { applicationId: request.applicationId, data: record, department, issuedAt: isoTime(clock.now()), subject: request.subject, type: request.type },
      keys.signingKey(department),
    );
    const { applicationId, requestId, type, schema } = common;
    return { type: EventTypes.dataProvided, data: { applicationId, department, nativeElapsedMs, proof, record, requestId, schema, type } };
  }

  async function handle(stored: StoredEvent): Promise<void> {
    const event = stored.event;
    if (event.type !== EventTypes.dataRequested) return;
    if (handled.has(event.id)) return; // redelivery of a request already answered
    // A request signed in this process is vouched for without waiting a turn (event-signature.ts).
    const verdict = (stored.signedText !== undefined ? ownEventVerdict(event, keys, stored.signedText) : undefined) ?? (await verifyEvent(event, keys, stored.signedText));
    if (!verdict.ok || verdict.producer !== 'gateway') {
      const reason = verdict.ok ? `request signed by ${verdict.producer}, not by the gateway` : `request signature: ${verdict.reason}`;
      logger.error({ correlationId: event.correlationid, eventId: event.id, reason }, 'refusing a request that the gateway did not sign');
      await deadLetter(stored, reason, []);
      handled.add(event.id);
      return;
    }
    if (!validateRequest(event.data)) {
      await deadLetter(stored, 'request does not match its schema', describeErrors(validateRequest.errors).map((e) => `${e.pointer} ${e.detail}`));
      handled.add(event.id);
      return;
    }
    const request = event.data as DataRequested;
    const result = await answer(request, stored);
    await producer.emit([
      { topic: Topics.responses(department), type: result.type, applicationId: request.applicationId, traceparent: event.traceparent, data: result.data },
    ]);
    handled.add(event.id);
    const outcome = result.type.replace(/^cn\.gov\.tongban\.data\.|\.v1$/g, '');
    metrics.adapterRequests.inc({ department, outcome });
    logger.info(
      { correlationId: request.applicationId, requestId: request.requestId, recordType: request.type, outcome, nativeElapsedMs: result.data.nativeElapsedMs },
      'request answered',
    );
  }

  return {
    department,
    circuit,
    async start() {
      subscription = await log.subscribe({
        group: `tongban-adapter-${department}`,
        topics: [Topics.requests(department)],
        handler: handle,
        concurrency: options.concurrency ?? 256,
      });
      logger.info('adapter consuming requests');
    },
    async stop() {
      await subscription?.close();
      subscription = undefined;
    },
  };
}
