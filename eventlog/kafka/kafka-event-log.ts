import { Partitioners, type Admin, type Producer } from 'kafkajs';
import type { Logger } from '../../runtime/logger';
import { silentLogger } from '../../runtime/logger';
import type { EventLog, OutgoingEvent, ReplayOptions, SubscribeOptions, Subscription, TopicSpec } from '../event-log';
import { clusterAnswers, createMissingTopics, DEFAULT_PARTITIONS, listUserTopics } from './kafka-admin';
import { toKafkaMessage } from './kafka-binding';
import { createKafkaClients } from './kafka-client';
import type { KafkaLogLevel } from './kafka-logger';
import { replayKafka } from './kafka-replay';
import { startKafkaSubscription } from './kafka-subscription';
import { withTimeout } from './kafka-window';

/**
 * The distributed engine: Apache Kafka (or any Kafka-protocol broker) through kafkajs. Events travel in
 * the CloudEvents Kafka binding, binary mode (kafka-binding.ts), keyed by application id so that a
 * case's events share a partition and keep their order.
 *
 * Differences from the embedded engine, all allowed by the EventLog port:
 * - One append across several topics (or partitions) is NOT atomic: Kafka commits each partition's
 *   batch on its own, so a failed append may have stored some of its events. Callers retry the whole
 *   append, and consumers are idempotent on event id, so a partial append only ever means duplicates.
 *   (Transactions would make it atomic, but they need the idempotent producer, which the mock cluster
 *   used in tests cannot serve, and every consumer would have to read committed only.)
 * - Replay orders events per partition only (kafka-replay.ts).
 * - lastEventOf cannot find a source's newest event without reading whole topics, so it answers
 *   undefined and producers start a chain of their own per process.
 */
export interface KafkaEventLogOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly logger?: Logger;
  /** Partitions of topics this log creates, unless a TopicSpec says otherwise (default 3). */
  readonly partitions?: number;
  /** Replicas of topics this log creates (default: the broker's default.replication.factor). */
  readonly replicationFactor?: number;
  /** TCP connect timeout per broker (ms, default 3000). */
  readonly connectionTimeoutMs?: number;
  /**
   * Consumer group session timeout (ms, default 10000): how soon a crashed member's partitions move to
   * the others. librdkafka's mock cluster also makes a group that was just left wait this long (less 1 s)
   * before anyone may join it again, so tests use the broker minimum, 6000.
   */
  readonly sessionTimeoutMs?: number;
  /** What of kafkajs' own logging reaches the logger (default warn). */
  readonly kafkaLogLevel?: KafkaLogLevel;
}

/** The longest an append may take before it is reported as failed, whatever kafkajs is still trying. */
const APPEND_TIMEOUT_MS = 8_000;
const HEALTH_TIMEOUT_MS = 2_000;
/** Kafka's own default before 3.0: short enough for fail-over in seconds, long enough for a busy event loop. */
const DEFAULT_SESSION_TIMEOUT_MS = 10_000;

export function openKafkaEventLog(options: KafkaEventLogOptions): EventLog {
  const logger = (options.logger ?? silentLogger()).child({ engine: 'kafka' });
  const { fast, patient } = createKafkaClients({ ...options, logger, logLevel: options.kafkaLogLevel ?? 'warn' });
  const admin: Admin = fast.admin();
  const producer: Producer = fast.producer({
    // The Java client's partitioner, so other Kafka tools place a key where Tongban does.
    createPartitioner: Partitioners.DefaultPartitioner,
    // Not idempotent and no transactions: the mock cluster cannot serve them (see above).
    idempotent: false,
    allowAutoTopicCreation: true,
    // No blind re-sends: a produce request that timed out may have landed, and re-sending it stores the
    // same events twice. Retrying is left to the callers, who know what it means (the gateway answers 503
    // and the caller retries with its Idempotency-Key; an adapter's request is redelivered), and a
    // producer whose append failed starts a fresh chain (eventlog/event-producer.ts).
    retry: { retries: 0 },
  });
  const subscriptions = new Set<Subscription>();
  const warned = { autoCreate: false };
  let closed = false;

  // Connections are opened on first use and opened again after a failure, so a log created while the
  // broker is down starts working when the broker comes back.
  let adminReady: Promise<void> | undefined;
  let producerReady: Promise<void> | undefined;
  /** A drop of the producer's connections still under way (see dropProducerConnections). */
  let producerDropped: Promise<void> | undefined;
  function connected(kind: 'admin' | 'producer'): Promise<void> {
    if (kind === 'admin') {
      adminReady ??= admin.connect().catch((error: unknown) => {
        adminReady = undefined;
        throw error;
      });
      return adminReady;
    }
    producerReady ??= (producerDropped ?? Promise.resolve()).then(() => producer.connect()).catch((error: unknown) => {
      producerReady = undefined;
      throw error;
    });
    return producerReady;
  }

  // kafkajs (2.2.4) can be left holding a broker connection that opened but whose handshake (ApiVersions)
  // timed out, e.g. when the broker stopped answering mid-connect: it counts as connected, so kafkajs never
  // connects it again, and every later request fails with "Broker not connected" for as long as the socket
  // stays open, long after the broker is back. So a failed append drops the producer's connections, and the
  // next append connects afresh (test/kafka/distributed-faults.test.ts, a broker that stops answering).
  function dropProducerConnections(): void {
    const ready = producerReady;
    if (ready === undefined) return;
    producerReady = undefined;
    producerDropped = ready
      .catch(() => undefined)
      .then(() => withTimeout(producer.disconnect(), HEALTH_TIMEOUT_MS, 'Kafka producer disconnect'))
      .catch(() => undefined);
  }

  function assertOpen(): void {
    if (closed) throw new Error('event log is closed');
  }

  async function send(events: readonly OutgoingEvent[]): Promise<void> {
    await connected('producer');
    const byTopic = new Map<string, OutgoingEvent[]>();
    for (const e of events) {
      const list = byTopic.get(e.topic);
      if (list) list.push(e);
      else byTopic.set(e.topic, [e]);
    }
    await producer.sendBatch({
      acks: -1, // durable: every in-sync replica has it
      timeout: 5_000,
      topicMessages: [...byTopic].map(([topic, outgoing]) => ({ topic, messages: outgoing.map(toKafkaMessage) })),
    });
  }

  return {
    engine: 'kafka',
    atomicAppend: false,

    async ensureTopics(topics: readonly TopicSpec[]) {
      assertOpen();
      await connected('admin');
      await createMissingTopics(
        { kafka: fast, admin, clientId: options.clientId, logger, warned },
        topics,
        { partitions: options.partitions ?? DEFAULT_PARTITIONS, ...(options.replicationFactor !== undefined ? { replicationFactor: options.replicationFactor } : {}) },
      );
    },

    async append(events: readonly OutgoingEvent[]) {
      assertOpen();
      if (events.length === 0) return;
      // Bounded: kafkajs may keep retrying in the background, but the caller hears within seconds. An
      // append reported failed may still land, which at-least-once delivery already allows for.
      try {
        await withTimeout(send(events), APPEND_TIMEOUT_MS, 'Kafka append');
      } catch (error) {
        dropProducerConnections();
        throw error;
      }
    },

    async subscribe(subscribeOptions: SubscribeOptions) {
      assertOpen();
      const subscription = await startKafkaSubscription({
        kafka: patient,
        options: subscribeOptions,
        logger,
        sessionTimeoutMs: options.sessionTimeoutMs ?? DEFAULT_SESSION_TIMEOUT_MS,
        admin: async () => {
          assertOpen();
          await connected('admin');
          return admin;
        },
      });
      const handle: Subscription = {
        caughtUp: (topics, timeoutMs) => subscription.caughtUp(topics, timeoutMs),
        async close() {
          await subscription.close();
          subscriptions.delete(handle);
        },
      };
      subscriptions.add(handle);
      return handle;
    },

    async *replay(topics: readonly string[], replayOptions: ReplayOptions = {}) {
      assertOpen();
      await connected('admin');
      yield* replayKafka({ kafka: patient, admin, clientId: options.clientId, logger }, topics, replayOptions);
    },

    async listTopics() {
      assertOpen();
      await connected('admin');
      return listUserTopics(admin);
    },

    async lastEventOf() {
      assertOpen();
      return undefined; // see the engine's notes above
    },

    async healthy() {
      if (closed) return false;
      try {
        await withTimeout(connected('admin'), HEALTH_TIMEOUT_MS, 'Kafka admin connect');
      } catch {
        return false;
      }
      return clusterAnswers(admin, HEALTH_TIMEOUT_MS);
    },

    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...subscriptions].map((s) => s.close()));
      // Waiting for connects still under way keeps their sockets from outliving the log.
      await Promise.allSettled([adminReady, producerReady, producerDropped]);
      await Promise.allSettled([
        withTimeout(producer.disconnect(), HEALTH_TIMEOUT_MS, 'Kafka producer disconnect'),
        withTimeout(admin.disconnect(), HEALTH_TIMEOUT_MS, 'Kafka admin disconnect'),
      ]);
    },
  };
}
