import type { Admin, Consumer, ConsumerCrashEvent, Kafka } from 'kafkajs';
import type { Logger } from '../../runtime/logger';
import type { SubscribeOptions, Subscription } from '../event-log';
import { handleBatch, type BatchContext } from './kafka-batch';
import { waitUntilCaughtUp } from './kafka-caught-up';
import { createSignal, retryDelayMs, Semaphore, withTimeout } from './kafka-window';

const DISCONNECT_TIMEOUT_MS = 5_000;

/**
 * One kafkajs consumer per subscription, in the subscription's consumer group, with manual commits.
 *
 * Concurrency: `eachBatch` with a window of our own (see kafka-batch.ts) rather than
 * `partitionsConsumedConcurrently` alone. That option runs one message per partition at a time, so a
 * subscription could never have more events in flight than it owns partitions (3 by default), whatever
 * `concurrency` says, and one key's slow case would stall every other case on its partition. With the
 * window, `concurrency` events run at once, spread over partitions: `partitionsConsumedConcurrently` is
 * set to `concurrency` too, so several partitions' batches can share the window, and each batch commits
 * only past its contiguous run of finished events.
 *
 * Restarts: kafkajs restarts a crashed consumer by itself on retriable errors (broker gone, coordinator
 * moved) with a fresh group session whose positions come from the committed offsets, so uncommitted
 * events come again rather than being skipped. A crash it would not restart (a non-retriable error) is
 * restarted here after a backoff, because an adapter whose subscription silently died would stop
 * answering cases while still looking alive.
 */
export interface KafkaSubscriptionDeps {
  readonly kafka: Kafka;
  readonly options: SubscribeOptions;
  readonly logger: Logger;
  /** How long the group waits for a silent member before moving its partitions on (ms). */
  readonly sessionTimeoutMs: number;
  /** The log's admin client, connected: for caughtUp. */
  readonly admin: () => Promise<Admin>;
}

export async function startKafkaSubscription(deps: KafkaSubscriptionDeps): Promise<Subscription> {
  const { kafka, options } = deps;
  const logger = deps.logger.child({ group: options.group });
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
  const closing = createSignal();
  const context: BatchContext = { options, window: new Semaphore(concurrency), closing, logger };

  const consumer: Consumer = kafka.consumer({
    groupId: options.group,
    sessionTimeout: deps.sessionTimeoutMs,
    heartbeatInterval: Math.max(100, Math.min(1_000, Math.floor(deps.sessionTimeoutMs / 3))),
    rebalanceTimeout: 30_000,
    // The longest a fetch waits for new events; it also bounds how long close() waits for kafkajs.
    maxWaitTimeInMs: 500,
    allowAutoTopicCreation: true,
    // kafkajs asks this before restarting after a retriable crash; once closing, nothing may restart.
    retry: { restartOnFailure: async () => !closing.fired },
  });

  const activeBatches = new Set<Promise<void>>();
  let restarts = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  const run = (): Promise<void> =>
    consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: concurrency,
      eachBatch: async (payload) => {
        restarts = 0;
        const batch = handleBatch(context, payload);
        activeBatches.add(batch);
        try {
          await batch;
        } finally {
          activeBatches.delete(batch);
        }
      },
    });

  function scheduleRestart(): void {
    const delay = retryDelayMs(4 + restarts++); // 800 ms doubling to 5 s
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      if (closing.fired) return;
      consumer
        .connect()
        .then(run)
        .catch((err: unknown) => {
          logger.error({ err }, 'Kafka consumer restart failed; trying again');
          if (!closing.fired) scheduleRestart();
        });
    }, delay);
  }

  consumer.on(consumer.events.CRASH, (event: ConsumerCrashEvent) => {
    const { error, restart } = event.payload;
    logger.error({ err: error, willRestart: !closing.fired }, 'Kafka consumer crashed');
    if (restart || closing.fired) return; // kafkajs restarts it itself, or we are going away
    scheduleRestart();
  });

  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [...new Set(options.topics)], fromBeginning: options.start !== 'latest' });
    // Resolves once the member has joined the group and owns its partitions (or crashed, see above).
    await run();
  } catch (error) {
    // No broker at subscribe time: say so to the caller, and leave no half-open client behind.
    closing.fire();
    await withTimeout(consumer.disconnect(), DISCONNECT_TIMEOUT_MS, 'Kafka consumer disconnect').catch(() => undefined);
    throw error;
  }

  let closed: Promise<void> | undefined;
  async function close(): Promise<void> {
    closing.fire();
    if (restartTimer) clearTimeout(restartTimer);
    // The batches being handled start nothing new, let their in-flight handlers finish (however long
    // that takes: an event is never abandoned half-handled), commit, and return.
    await Promise.allSettled([...activeBatches]);
    // Then leave the group so the partitions move on at once. In an outage kafkajs may be deep in
    // connection retries that stop() waits for: past a bound, close() returns anyway; kafkajs then
    // gives up on its own and, since we are closing, does not restart.
    await withTimeout(consumer.disconnect(), DISCONNECT_TIMEOUT_MS, 'Kafka consumer disconnect').catch((err: unknown) =>
      logger.warn({ err }, 'Kafka consumer did not disconnect in time; leaving it to finish on its own'),
    );
  }

  const topics = new Set(options.topics);
  return {
    async caughtUp(wanted, timeoutMs) {
      const foreign = wanted.filter((t) => !topics.has(t));
      if (foreign.length > 0) throw new Error(`the subscription of group "${options.group}" does not read ${foreign.join(', ')}`);
      return waitUntilCaughtUp(deps.admin, options.group, wanted, timeoutMs, closing);
    },
    // Every caller waits for the same, single close.
    close: () => (closed ??= close()),
  };
}
