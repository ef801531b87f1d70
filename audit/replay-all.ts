import type { EventLog, StoredEvent } from '../eventlog/event-log';

/**
 * Every event of every topic, for the auditors, in one replay. On the embedded engine that is the
 * whole log in its global append order. On Kafka the engine reads all partitions at once and hands
 * them over interleaved, in no global order; every audit check is written not to depend on order
 * across partitions, so the figures are the same, only the state held while reading (chain runs not
 * yet joined, answers seen before their request) grows with how far partitions drift apart.
 *
 * One replay rather than one per topic merged by time: on Kafka each replay joins a consumer group of
 * its own (seconds each), and replays started side by side on one client trip kafkajs#461 (concurrent
 * fetchTopicOffsets fail with "Cannot destructure property 'partitions'").
 */
export async function* replayAll(log: EventLog): AsyncGenerator<StoredEvent> {
  const topics = await log.listTopics();
  if (topics.length === 0) return;
  yield* log.replay(topics);
}
