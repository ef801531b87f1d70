import type { Batch, EachBatchPayload, KafkaMessage, Offsets } from 'kafkajs';
import { silentLogger } from '../../runtime/logger';
import type { StoredEvent } from '../../eventlog/event-log';
import { handleBatch, type BatchContext } from '../../eventlog/kafka/kafka-batch';
import { toKafkaMessage } from '../../eventlog/kafka/kafka-binding';
import { createSignal, Semaphore } from '../../eventlog/kafka/kafka-window';
import { makeEvent } from '../conformance/event-log.conformance';

/**
 * The subscription's batch handling against a scripted kafkajs payload: no broker needed, so the cases
 * a broker cannot be made to produce on demand (kafkajs stopping mid-retry, a rebalance seen by the
 * heartbeat) are checked deterministically.
 */
function received(offset: number): KafkaMessage {
  const event = makeEvent();
  const message = toKafkaMessage({ topic: 't', key: event.correlationid, event });
  const headers: Record<string, Buffer> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) headers[name] = Buffer.from(String(value));
  return { key: Buffer.from(String(message.key)), value: Buffer.from(String(message.value)), headers, timestamp: String(Date.now()), attributes: 0, offset: String(offset) };
}

interface Script {
  payload: EachBatchPayload;
  resolved: string[];
  committed: string[];
  running: { value: boolean };
  heartbeatFailure: { value: unknown };
}

function script(count: number): Script {
  const messages = Array.from({ length: count }, (_, i) => received(i));
  const resolved: string[] = [];
  const committed: string[] = [];
  const running = { value: true };
  const heartbeatFailure: { value: unknown } = { value: undefined };
  const batch: Batch = {
    topic: 't',
    partition: 0,
    highWatermark: String(count),
    messages,
    isEmpty: () => count === 0,
    firstOffset: () => '0',
    lastOffset: () => String(count - 1),
    offsetLag: () => '0',
    offsetLagLow: () => '0',
  };
  const payload: EachBatchPayload = {
    batch,
    resolveOffset: (offset) => void resolved.push(offset),
    heartbeat: async () => {
      if (heartbeatFailure.value !== undefined) throw heartbeatFailure.value;
    },
    pause: () => () => undefined,
    commitOffsetsIfNecessary: async (offsets?: Offsets) => {
      for (const t of offsets?.topics ?? []) for (const p of t.partitions) committed.push(p.offset);
    },
    uncommittedOffsets: () => ({ topics: [] }),
    isRunning: () => running.value,
    isStale: () => false,
  };
  return { payload, resolved, committed, running, heartbeatFailure };
}

function context(handler: (s: StoredEvent) => Promise<void>, concurrency: number): BatchContext {
  return { options: { group: 'g', topics: ['t'], handler, concurrency }, window: new Semaphore(concurrency), closing: createSignal(), logger: silentLogger() };
}

const tick = (ms = 10): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('Kafka subscription batch window', () => {
  test('runs up to `concurrency` handlers and commits only past the contiguous finished run', async () => {
    const s = script(5);
    let inFlight = 0;
    let most = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const ctx = context(async (stored) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      if (stored.offset === '1') await gate;
      await tick();
      inFlight -= 1;
    }, 2);
    const handling = handleBatch(ctx, s.payload);
    await tick(100);
    // Offset 1 is stuck, so one slot is taken and offsets 0, 2, 3, 4 go through the other one.
    expect(s.resolved).toEqual(['0']);
    expect(s.committed.every((o) => o === '1')).toBe(true);
    release();
    await handling;
    expect(most).toBe(2);
    expect(s.resolved[s.resolved.length - 1]).toBe('4');
    expect(s.committed[s.committed.length - 1]).toBe('5');
  });

  test('when kafkajs stops (crash, rebalance) during retries, the failing event is neither resolved nor committed', async () => {
    const s = script(3);
    const attempts = new Map<string, number>();
    const ctx = context(async (stored) => {
      attempts.set(stored.offset, (attempts.get(stored.offset) ?? 0) + 1);
      if (stored.offset === '1') throw new Error('transient');
    }, 3);
    const handling = handleBatch(ctx, s.payload);
    await tick(200); // 50 ms, 100 ms: a few attempts
    expect(attempts.get('1')).toBeGreaterThanOrEqual(2);
    s.running.value = false;
    await handling;
    expect(s.resolved).toEqual(['0']);
    expect(s.committed).toEqual(['1']);
    expect(attempts.get('2')).toBe(1); // it ran, but the position cannot pass offset 1
  });

  test('closing stops the retries of a failing event and starts nothing new', async () => {
    const s = script(3);
    const seen: string[] = [];
    const ctx = context(async (stored) => {
      seen.push(stored.offset);
      throw new Error('permanent for now');
    }, 1);
    const handling = handleBatch(ctx, s.payload);
    await tick(120);
    ctx.closing.fire();
    await handling;
    expect(new Set(seen)).toEqual(new Set(['0']));
    expect(s.resolved).toEqual([]);
    expect(s.committed).toEqual([]);
  });

  test('a failed heartbeat (rebalance) lets in-flight handlers finish, then hands the error to kafkajs', async () => {
    const s = script(4);
    const rebalance = Object.assign(new Error('The group is rebalancing'), { type: 'REBALANCE_IN_PROGRESS' });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const seen: string[] = [];
    const ctx = context(async (stored) => {
      seen.push(stored.offset);
      await gate;
    }, 1);
    const handling = handleBatch(ctx, s.payload);
    s.heartbeatFailure.value = rebalance;
    await tick(1_300); // the batch heartbeats once a second
    release();
    await expect(handling).rejects.toBe(rebalance);
    expect(seen).toEqual(['0']);
    expect(s.resolved).toEqual(['0']);
    expect(s.committed).toEqual(['1']);
  });
});
