import { randomUUID } from 'node:crypto';
import type { Admin, ConsumerCrashEvent, EachBatchPayload, Kafka } from 'kafkajs';
import type { Logger } from '../../runtime/logger';
import type { ReplayOptions, StoredEvent } from '../event-log';
import { fromKafkaMessage } from './kafka-binding';
import { withTimeout } from './kafka-window';

/**
 * The auditors' view on Kafka: every partition of the topics from its first retained offset up to the
 * high watermark captured when the replay starts, then the replay ends. Events appended meanwhile are
 * left for the next replay, so a replay always finishes.
 *
 * Order: within a partition, log order. Across partitions (and topics) Kafka has no global order, and
 * partitions are read concurrently, so events of different keys interleave arbitrarily. Auditors that
 * need a producer's chain in order sort by the producer's `seq` (each producer numbers its own events).
 *
 * No group state: kafkajs only consumes through consumer groups (manual partition assignment,
 * tulios/kafkajs#373, was never released), so a replay joins a throwaway group of its own
 * (`<clientId>.replay.<uuid>`) as its only member and never commits an offset: nothing of any real group
 * moves, and the empty group leaves no offsets behind. The price is one group join per replay (the
 * broker's group.initial.rebalance.delay.ms, 3 s by default and on librdkafka's mock cluster); a replay of
 * topics that are all empty skips the consumer entirely.
 */
export interface KafkaReplayDeps {
  readonly kafka: Kafka;
  readonly admin: Admin;
  readonly clientId: string;
  readonly logger: Logger;
}

/** Events read ahead of the caller before the reader waits: bounds memory on a long audit. */
const READ_AHEAD = 1_000;

const partitionKey = (topic: string, partition: number): string => `${topic}\u0000${partition}`;

export async function* replayKafka(deps: KafkaReplayDeps, topics: readonly string[], options: ReplayOptions = {}): AsyncGenerator<StoredEvent> {
  const { kafka, admin, logger } = deps;
  const existing = new Set(await admin.listTopics());
  // lastOffset[topic/partition]: the offset of the last event to read, from the snapshot taken now.
  const lastOffset = new Map<string, bigint>();
  for (const topic of new Set(topics)) {
    if (!existing.has(topic)) continue; // like the embedded engine: an unknown topic has no events
    for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
      if (BigInt(high) > BigInt(low)) lastOffset.set(partitionKey(topic, partition), BigInt(high) - 1n);
    }
  }
  if (lastOffset.size === 0) return;
  const topicsToRead = [...new Set([...lastOffset.keys()].map((k) => k.split('\u0000')[0]!))];

  const buffer: StoredEvent[] = [];
  let failure: unknown;
  let stopped = false;
  let wakeReader: (() => void) | undefined;
  let wakeWriter: (() => void) | undefined;
  const notifyReader = (): void => {
    wakeReader?.();
    wakeReader = undefined;
  };
  const notifyWriter = (): void => {
    wakeWriter?.();
    wakeWriter = undefined;
  };

  async function eachBatch({ batch, resolveOffset, heartbeat, pause }: EachBatchPayload): Promise<void> {
    const key = partitionKey(batch.topic, batch.partition);
    const last = lastOffset.get(key);
    if (last === undefined) {
      pause(); // read to its snapshot already
      return;
    }
    for (const message of batch.messages) {
      if (stopped) return;
      if (BigInt(message.offset) > last) break;
      let stored: StoredEvent;
      try {
        stored = fromKafkaMessage(batch.topic, batch.partition, message);
      } catch (error) {
        // Evidence that cannot be read is an audit finding, not something to pass over quietly.
        failure = error;
        stopped = true;
        notifyReader();
        return;
      }
      if (options.since === undefined || stored.appendedAt >= options.since) {
        buffer.push(stored);
        notifyReader();
      }
      resolveOffset(message.offset);
      while (buffer.length >= READ_AHEAD && !stopped) {
        await new Promise<void>((resolve) => {
          // Wake now and then to heartbeat while the caller is busy with what it has.
          const timer = setTimeout(wake, 1_000);
          function wake(): void {
            clearTimeout(timer);
            resolve();
          }
          wakeWriter = wake;
        });
        await heartbeat().catch(() => undefined);
      }
    }
    if (BigInt(batch.lastOffset()) >= last) {
      lastOffset.delete(key);
      pause();
      if (lastOffset.size === 0) notifyReader();
    }
  }

  const consumer = kafka.consumer({
    groupId: `${deps.clientId}.replay.${randomUUID()}`,
    maxWaitTimeInMs: 500,
    // A replay that loses its broker fails (the caller sees why) rather than restarting behind its back.
    retry: { retries: 5, restartOnFailure: async () => false },
  });
  consumer.on(consumer.events.CRASH, (event: ConsumerCrashEvent) => {
    if (stopped) return;
    failure = event.payload.error;
    stopped = true;
    notifyReader();
  });

  try {
    await consumer.connect();
    await consumer.subscribe({ topics: topicsToRead, fromBeginning: true });
    await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch });
    for (;;) {
      const next = buffer.shift();
      if (next !== undefined) {
        if (buffer.length < READ_AHEAD) notifyWriter();
        yield next;
        continue;
      }
      if (failure !== undefined) throw failure;
      if (lastOffset.size === 0) return;
      await new Promise<void>((resolve) => (wakeReader = resolve));
    }
  } finally {
    stopped = true;
    notifyWriter();
    await withTimeout(consumer.disconnect(), 5_000, 'Kafka replay consumer disconnect').catch((err: unknown) =>
      logger.warn({ err }, 'replay consumer did not disconnect cleanly'),
    );
  }
}
