import { randomBytes, randomUUID } from 'node:crypto';
import type { SigningKey } from '../crypto/keys';
import type { Clock } from '../runtime/clock';
import { isoTime } from '../runtime/clock';
import { genesisHash, sourceFor, type CloudEvent, type UnsignedEvent } from './cloudevent';
import type { EventLog } from './event-log';
import { eventHash, sealEvent } from './event-signature';

/**
 * A producer stamps, chains, signs and appends events for one source. Each source is one hash chain:
 * `seq` counts up from 1 and `prevhash` names the previous event, so an auditor sees any gap, deletion,
 * insertion or reordering.
 *
 * Emits are group-committed: while one batch is being appended, later emits queue up and go together in
 * the next batch. A batch is stamped from the chain head only when it is written, and the head only
 * moves once the log has accepted the batch, so a failed append leaves no hole in the chain.
 */
export interface EventDraft<T = unknown> {
  readonly topic: string;
  readonly type: string;
  /** Application id: the event's subject, correlation id and partitioning key. */
  readonly applicationId: string;
  readonly data: T;
  readonly traceparent?: string;
}

export interface EventProducer {
  readonly source: string;
  readonly producer: string;
  /** Appends the drafts in order; resolves with the stored events once durable. */
  emit(drafts: readonly EventDraft[]): Promise<CloudEvent[]>;
}

export interface EventProducerOptions {
  readonly log: EventLog;
  readonly key: SigningKey;
  readonly instance: string;
  readonly clock: Clock;
  readonly newId?: () => string;
  /**
   * Whether an event's signature may be checked in this same process, and so is worth remembering
   * (crypto/own-signatures.ts). Default: every one. The embedded composition names the few that are;
   * any other that is checked after all is simply checked in full.
   */
  readonly checkedHere?: (type: string) => boolean;
}

interface Pending {
  readonly drafts: readonly EventDraft[];
  resolve(events: CloudEvent[]): void;
  reject(error: unknown): void;
}

// Trace ids are drawn from random bytes fetched 4 KiB at a time: one call into OpenSSL's generator for
// 170 trace contexts instead of two calls for each, ≈ 55 µs of the event loop a case (bench/README.md).
// They are identifiers, not secrets (they travel in every event and log line), as with randomUUID's own
// buffer.
const RANDOM_POOL_BYTES = 4096;
let randomPool = Buffer.alloc(0);
let randomAt = 0;
function randomHex(bytes: number): string {
  if (randomAt + bytes > randomPool.length) {
    randomPool = randomBytes(RANDOM_POOL_BYTES);
    randomAt = 0;
  }
  randomAt += bytes;
  return randomPool.toString('hex', randomAt - bytes, randomAt);
}

/** A trace context (W3C, sampled) for a case whose caller sent none. */
export function newTraceparent(): string {
  return `00-${randomHex(16)}-${randomHex(8)}-01`;
}

export async function createEventProducer(options: EventProducerOptions): Promise<EventProducer> {
  const { log, key, clock } = options;
  const newId = options.newId ?? randomUUID;
  const checkedHere = options.checkedHere ?? (() => true);
  let source = sourceFor(key.producer, options.instance);
  const last = await log.lastEventOf(source);
  let head = last === undefined ? { seq: 0, hash: genesisHash(source) } : { seq: last.seq, hash: eventHash(last) };
  let restarts = 0;

  /**
   * After a failed append on an engine where failure does not mean "nothing stored" (Kafka: the request
   * may land later, even twice), the numbers just used may or may not be in the log. Reusing them could
   * fork the chain; skipping them could leave a gap. So the producer ends this chain there and begins a
   * new one under a new source name, which auditors verify as a chain of its own.
   */
  function startNewChain(): void {
    restarts += 1;
    source = sourceFor(key.producer, `${options.instance}-r${restarts}`.slice(-63));
    head = { seq: 0, hash: genesisHash(source) };
  }
  let queue: Pending[] = [];
  let writing = false;

  async function writeBatch(batch: Pending[]): Promise<void> {
    const drafts = batch.flatMap((p) => p.drafts);
    let { seq, hash } = head;
    const texts: { text: string; bytes: Buffer }[] = [];
    // Chained in order here; the signatures then run in parallel on the thread pool.
    const sealing = drafts.map((draft) => {
      seq += 1;
      // Members in canonical (sorted) order: canonicalJson then hands the envelope to JSON.stringify.
      const unsigned: UnsignedEvent = {
        correlationid: draft.applicationId,
        data: draft.data,
        datacontenttype: 'application/json',
        id: newId(),
        prevhash: hash,
        seq,
        source,
        specversion: '1.0',
        subject: draft.applicationId,
        time: isoTime(clock.now()),
        traceparent: draft.traceparent ?? newTraceparent(),
        type: draft.type,
      };
      const sealed = sealEvent(unsigned, key, checkedHere(draft.type));
      hash = sealed.hash;
      texts.push(sealed);
      return sealed.signed;
    });
    const signed: CloudEvent[] = await Promise.all(sealing);
    // The signed texts go along: the embedded log stores them as they are, and its readers check
    // signatures over them, instead of serialising and canonicalising every event again.
    await log.append(signed.map((event, i) => ({ topic: drafts[i]!.topic, key: drafts[i]!.applicationId, event, signedText: texts[i]!.text, signedBytes: texts[i]!.bytes })));
    head = { seq, hash };
    let at = 0;
    for (const pending of batch) {
      pending.resolve(signed.slice(at, at + pending.drafts.length));
      at += pending.drafts.length;
    }
  }

  async function drain(): Promise<void> {
    writing = true;
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        await writeBatch(batch);
      } catch (error) {
        if (!log.atomicAppend) startNewChain();
        for (const pending of batch) pending.reject(error);
      }
    }
    writing = false;
  }

  return {
    get source() {
      return source;
    },
    producer: key.producer,
    emit(drafts) {
      if (drafts.length === 0) return Promise.resolve([]);
      return new Promise<CloudEvent[]>((resolve, reject) => {
        queue.push({ drafts, resolve, reject });
        if (!writing) void drain();
      });
    },
  };
}
