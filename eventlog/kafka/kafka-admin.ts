import { randomUUID } from 'node:crypto';
import type { Admin, ITopicConfig, Kafka } from 'kafkajs';
import type { Logger } from '../../runtime/logger';
import type { TopicSpec } from '../event-log';
import { withTimeout } from './kafka-window';

/**
 * Topic administration: creating what is missing, listing, and the health probe.
 *
 * Topics are created with the admin API (CreateTopics) so that partitions and retention are what Tongban
 * asks for. Some Kafka-protocol brokers cannot do that: librdkafka's mock cluster reports controller id 0,
 * which is no broker, so kafkajs finds no controller to send CreateTopics to. Those brokers create topics
 * on first use instead, so the fallback asks for the topics' metadata with auto-creation allowed, warns
 * (once per log) that partitions and retention are then the broker's defaults, and checks that the topics
 * now exist: if they still do not, ensureTopics fails loudly rather than letting appends vanish.
 */
export const DEFAULT_PARTITIONS = 3;

export interface TopicDefaults {
  readonly partitions: number;
  /** Omitted: the broker's default.replication.factor. */
  readonly replicationFactor?: number;
}

export interface TopicCreationResult {
  readonly created: string[];
  readonly existing: string[];
}

/** Kafka's convention for internal topics (__consumer_offsets, __transaction_state, _schemas, …). */
export function isInternalTopic(name: string): boolean {
  return name.startsWith('_');
}

function topicConfig(spec: TopicSpec, defaults: TopicDefaults): ITopicConfig {
  return {
    topic: spec.name,
    numPartitions: spec.partitions ?? defaults.partitions,
    ...(defaults.replicationFactor !== undefined ? { replicationFactor: defaults.replicationFactor } : {}),
    // Audit evidence is kept for ever: neither age nor size may delete it.
    ...(spec.retention === 'forever'
      ? { configEntries: [{ name: 'retention.ms', value: '-1' }, { name: 'retention.bytes', value: '-1' }] }
      : {}),
  };
}

export interface TopicAdminDeps {
  readonly kafka: Kafka;
  readonly admin: Admin;
  readonly clientId: string;
  readonly logger: Logger;
  /** Shared per event log, so the fallback warning appears once, not on every call. */
  readonly warned: { autoCreate: boolean };
}

export async function createMissingTopics(deps: TopicAdminDeps, specs: readonly TopicSpec[], defaults: TopicDefaults): Promise<TopicCreationResult> {
  const { admin, logger } = deps;
  const bySpec = new Map(specs.map((s) => [s.name, s]));
  const before = new Set(await admin.listTopics());
  const missing = [...bySpec.values()].filter((s) => !before.has(s.name));
  const existing = [...bySpec.keys()].filter((name) => before.has(name));
  if (missing.length === 0) return { created: [], existing };

  let createError: unknown;
  try {
    // Resolves false when another process created them first, which is just as good.
    await admin.createTopics({ topics: missing.map((s) => topicConfig(s, defaults)), waitForLeaders: true, timeout: 5_000 });
  } catch (error) {
    createError = error;
    if (!deps.warned.autoCreate) {
      deps.warned.autoCreate = true;
      logger.warn(
        { err: error, topics: missing.map((s) => s.name) },
        'the broker refused CreateTopics (librdkafka mock cluster?); relying on auto-creation: partitions and retention are the broker defaults, not Tongban\'s',
      );
    }
    await requestAutoCreation(deps, missing.map((s) => s.name));
  }

  const stillMissing = await waitForTopics(admin, missing.map((s) => s.name), 5_000);
  if (stillMissing.length > 0) {
    const why = createError instanceof Error ? createError.message : String(createError);
    throw new Error(`Kafka topics ${stillMissing.join(', ')} do not exist: CreateTopics failed (${why}) and the broker did not auto-create them`);
  }
  return { created: missing.map((s) => s.name), existing };
}

/**
 * A metadata request that names topics with allowAutoTopicCreation makes a broker with
 * auto.create.topics.enable create them. kafkajs sends such requests when a consumer subscribes; the
 * consumer here never runs, so it never joins its (throwaway) group.
 */
async function requestAutoCreation(deps: TopicAdminDeps, topics: string[]): Promise<void> {
  const consumer = deps.kafka.consumer({
    groupId: `${deps.clientId}.metadata.${randomUUID()}`,
    allowAutoTopicCreation: true,
    retry: { retries: 3 },
  });
  try {
    await consumer.connect();
    await consumer.subscribe({ topics });
  } catch (error) {
    // The check that follows reports what is still missing; this only says why.
    deps.logger.warn({ err: error, topics }, 'asking the broker to auto-create topics failed');
  } finally {
    await consumer.disconnect().catch(() => undefined);
  }
}

async function waitForTopics(admin: Admin, topics: string[], timeoutMs: number): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const present = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !present.has(t));
    if (missing.length === 0 || Date.now() > deadline) return missing;
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function listUserTopics(admin: Admin): Promise<string[]> {
  return (await admin.listTopics()).filter((t) => !isInternalTopic(t)).sort();
}

/** A metadata round trip to the cluster, bounded in time: what a readiness probe needs. */
export async function clusterAnswers(admin: Admin, timeoutMs: number): Promise<boolean> {
  try {
    const { brokers } = await withTimeout(admin.describeCluster(), timeoutMs, 'Kafka describeCluster');
    return brokers.length > 0;
  } catch {
    return false;
  }
}
