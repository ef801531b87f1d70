import type { EachBatchPayload } from 'kafkajs';
import type { Logger } from '../../runtime/logger';
import type { StoredEvent, SubscribeOptions } from '../event-log';
import { fromKafkaMessage } from './kafka-binding';
import { createSignal, retryDelayMs, sleep, type Semaphore, type Signal } from './kafka-window';

/**
 * Handles one fetched batch of one partition for a subscription.
 *
 * Messages start in offset order, each taking a slot of the subscription's window (`concurrency` slots
 * shared by all partitions), so up to `concurrency` handlers run at once. The partition's position moves
 * only over the contiguous run of finished messages from the batch's start: an event still being handled
 * or retried holds back the commit of everything after it, so a crash or rebalance redelivers it and
 * nothing after it is lost. The batch returns only once every handler it started has settled, because
 * kafkajs fetches the partition again from the last resolved offset as soon as it returns.
 *
 * A throwing handler gets the same message again after a backoff (50 ms doubling to 5 s), for ever. The
 * retries stop only when this member must let go of the partition (close, kafkajs stopping or crashing,
 * rebalance): the message is then neither resolved nor committed, so whoever owns the partition next
 * gets it again.
 */
export interface BatchContext {
  readonly options: SubscribeOptions;
  readonly window: Semaphore;
  /** Fired when the subscription is closing: no new messages start, retries stop. */
  readonly closing: Signal;
  readonly logger: Logger;
}

const HEARTBEAT_EVERY_MS = 1_000;
const COMMIT_ATTEMPTS = 3;

export async function handleBatch(ctx: BatchContext, payload: EachBatchPayload): Promise<void> {
  const { batch } = payload;
  const { topic, partition, messages } = batch;
  const { options, logger } = ctx;
  const letGo = createSignal();
  let heartbeatError: unknown;

  const mustLetGo = (): boolean => {
    if (!letGo.fired && (ctx.closing.fired || heartbeatError !== undefined || !payload.isRunning() || payload.isStale())) {
      letGo.fire();
    }
    return letGo.fired;
  };
  const interrupted = Promise.race([letGo.promise, ctx.closing.promise]);

  // kafkajs heartbeats between fetches only; a batch that waits on a slow or failing handler must keep the
  // membership alive itself (the call is a no-op until the heartbeat interval has passed). A failed
  // heartbeat usually means a rebalance: stop starting messages and hand the error back to kafkajs, which
  // rejoins the group.
  const heartbeats = setInterval(() => {
    if (mustLetGo()) return;
    payload.heartbeat().catch((error: unknown) => {
      heartbeatError = error;
      mustLetGo();
    });
  }, HEARTBEAT_EVERY_MS);

  const committer = createCommitter(payload, logger.child({ group: options.group, topic, partition }));
  const done: boolean[] = messages.map(() => false);
  let handledUpTo = -1; // index of the last message of the contiguous finished run

  const finished = (index: number): void => {
    done[index] = true;
    const before = handledUpTo;
    while (handledUpTo + 1 < messages.length && done[handledUpTo + 1]) handledUpTo += 1;
    if (handledUpTo === before) return;
    const offset = messages[handledUpTo]!.offset;
    payload.resolveOffset(offset);
    // Kafka's committed offset names the next message to read.
    committer.request((BigInt(offset) + 1n).toString());
  };

  async function handleOne(index: number): Promise<boolean> {
    const message = messages[index]!;
    let stored: StoredEvent;
    try {
      stored = fromKafkaMessage(topic, partition, message);
    } catch (error) {
      // Not a CloudEvent: no handler can be given it, and holding the partition for ever would stop every
      // case behind it. It stays in the topic, where `audit verify` reports it.
      logger.error({ err: error, group: options.group, topic, partition, offset: message.offset }, 'message is not a binary-mode CloudEvent; passing over it');
      return true;
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await options.handler(stored);
        return true;
      } catch (error) {
        const delay = retryDelayMs(attempt);
        logger.warn(
          { err: error, group: options.group, topic, partition, offset: message.offset, eventId: stored.event.id, correlationId: stored.event.correlationid, retryInMs: delay },
          'event handler failed; redelivering',
        );
        if (mustLetGo()) return false;
        await sleep(delay, interrupted);
        if (mustLetGo()) return false;
      }
    }
  }

  const running = new Set<Promise<void>>();
  try {
    for (let index = 0; index < messages.length; index++) {
      if (mustLetGo()) break;
      await ctx.window.acquire();
      if (mustLetGo()) {
        ctx.window.release();
        break;
      }
      const task: Promise<void> = handleOne(index)
        .then((handled) => {
          if (handled) finished(index);
        })
        .finally(() => {
          ctx.window.release();
          running.delete(task);
        });
      running.add(task);
    }
    await Promise.all([...running]);
    await committer.flush();
  } finally {
    clearInterval(heartbeats);
  }
  if (heartbeatError !== undefined) throw heartbeatError;
}

interface Committer {
  /** Commits `nextOffset` (or a later one requested meanwhile); at most one commit is on the wire. */
  request(nextOffset: string): void;
  flush(): Promise<void>;
}

function createCommitter(payload: EachBatchPayload, logger: Logger): Committer {
  const { topic, partition } = payload.batch;
  let wanted: string | undefined;
  let running: Promise<void> | undefined;

  async function commit(offset: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        // With explicit offsets this commits at once (the "IfNecessary" applies to auto-commit only).
        await payload.commitOffsetsIfNecessary({ topics: [{ topic, partitions: [{ partition, offset }] }] });
        return;
      } catch (error) {
        // Not fatal: a later commit covers this one, and at worst the events come again (at least once).
        const type = (error as { type?: unknown }).type;
        const generationGone = type === 'REBALANCE_IN_PROGRESS' || type === 'ILLEGAL_GENERATION' || type === 'UNKNOWN_MEMBER_ID';
        if (generationGone || attempt >= COMMIT_ATTEMPTS) {
          logger.warn({ err: error, offset }, 'offset commit failed; these events may be delivered again');
          return;
        }
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
  }

  async function drain(): Promise<void> {
    while (wanted !== undefined) {
      const offset = wanted;
      wanted = undefined;
      await commit(offset);
    }
    running = undefined;
  }

  return {
    request(nextOffset) {
      wanted = nextOffset;
      running ??= drain();
    },
    flush() {
      return running ?? Promise.resolve();
    },
  };
}
