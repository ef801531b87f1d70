import type { CloudEvent } from './cloudevent';

/**
 * The event-log port. Everything that moves between the gateway and the departments goes through an
 * EventLog; the embedded SQLite engine and the Kafka engine implement it and run one shared
 * conformance suite (test/conformance/event-log.conformance.ts). Adapters and the gateway depend on
 * this interface only, never on an engine.
 *
 * Semantics every engine honours:
 * - Topics are append-only; within a topic, events with the same key keep their append order.
 * - A consumer group has one committed position per topic (per partition on Kafka). A handler's event
 *   counts as consumed only once the handler's promise resolves; until then, and after a crash, the
 *   event is delivered again. Delivery is at least once, so handlers are idempotent on event id.
 * - Up to `concurrency` events of one subscription are in flight at once; the committed position only
 *   moves past an event when every earlier one is done too.
 * - A handler that throws gets the same event again after a backoff: the log never skips an event.
 *   Handlers turn permanent failures into events of their own (a dead letter) and return.
 * - Delivered events are read-only: an engine may hand the same object to several subscribers.
 */
export interface TopicSpec {
  readonly name: string;
  /** Keep forever (audit topics) or let the broker's default retention apply. */
  readonly retention: 'forever' | 'default';
  readonly partitions?: number;
}

export interface StoredEvent {
  readonly topic: string;
  /** Partition (always 0 on the embedded engine). */
  readonly partition: number;
  /** Engine-specific position, strictly increasing within a partition. */
  readonly offset: string;
  readonly key: string;
  readonly event: CloudEvent;
  /** When the log accepted the event (ms since epoch). */
  readonly appendedAt: number;
  /**
   * The exact text the event's signature covers (its canonical form without `signature`), when the
   * engine kept it: then `event` is this text parsed, plus the signature. Verifiers check the signature
   * over these bytes instead of canonicalising the event again. The embedded engine keeps it; the
   * Kafka engine's binary mode does not, and verifiers canonicalise as before.
   */
  readonly signedText?: string;
}

export interface OutgoingEvent {
  readonly topic: string;
  /** Partitioning key: the application id, so all of a case's events stay in order. */
  readonly key: string;
  readonly event: CloudEvent;
  /** The event's canonical form without its signature, as its producer signed it (see StoredEvent). */
  readonly signedText?: string;
  /**
   * `signedText` as UTF-8, exactly, when the producer has it (sealing encodes it once for the hash and
   * the signature): an engine that stores the text as bytes need not encode it again.
   */
  readonly signedBytes?: Uint8Array;
}

export type EventHandler = (delivery: StoredEvent) => Promise<void>;

export interface SubscribeOptions {
  /** Consumer group: all subscribers of one group share the work and one committed position. */
  readonly group: string;
  readonly topics: readonly string[];
  readonly handler: EventHandler;
  /** Events of this subscription handled at once (default 1). */
  readonly concurrency?: number;
  /** Where a group with no committed position starts: the first event (default) or only new ones. */
  readonly start?: 'earliest' | 'latest';
}

export interface Subscription {
  /**
   * Resolves once the subscription's group has handled every event the given topics (some of its own)
   * held when the call was made: its committed positions reach the ends the log had then. Rejects after
   * `timeoutMs`, or at once when the log cannot be asked. Reading your own writes through a consumer:
   * the gateway asks it before deciding an Idempotency-Key whose earlier append may have landed after all.
   */
  caughtUp(topics: readonly string[], timeoutMs: number): Promise<void>;
  /** Stops taking new events, waits for those in flight, commits, and resolves. */
  close(): Promise<void>;
}

export interface ReplayOptions {
  /** Only events appended at or after this time (ms since epoch); the engine may still read from the start. */
  readonly since?: number;
}

export interface EventLog {
  readonly engine: 'sqlite' | 'kafka';
  /**
   * Whether a failed append is known to have stored nothing. True for the embedded engine (one
   * transaction); false for Kafka, where a request that timed out may still land, even twice.
   */
  readonly atomicAppend: boolean;
  /** Creates the topics where they are missing; existing topics are left as they are. */
  ensureTopics(topics: readonly TopicSpec[]): Promise<void>;
  /**
   * Appends events and resolves once they are durable. On the embedded engine one call is atomic:
   * all events are stored or none. Engines that cannot promise that across topics say so in docs.
   */
  append(events: readonly OutgoingEvent[]): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<Subscription>;
  /** Every event of the topics from the start, in log order per partition: the auditors' view. */
  replay(topics: readonly string[], options?: ReplayOptions): AsyncIterable<StoredEvent>;
  /** The topics that exist, for tools that replay everything. */
  listTopics(): Promise<string[]>;
  /**
   * The newest event a source has appended, if the engine can find it cheaply (the embedded engine
   * can; Kafka cannot, so producers there start a chain of their own per process).
   */
  lastEventOf(source: string): Promise<CloudEvent | undefined>;
  /** Cheap liveness check for readiness probes. */
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}
