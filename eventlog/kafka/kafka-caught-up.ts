import type { Admin } from 'kafkajs';
import { sleep, withTimeout, type Signal } from './kafka-window';

const POLL_MS = 100;

/**
 * Subscription.caughtUp on Kafka: the ends of the topics' partitions now (ListOffsets), then the group's
 * committed offsets (OffsetFetch) until every partition's reaches its end. The group's offsets, not this
 * member's progress, because the partitions of a shared group are spread over its members. Polled: this
 * serves the rare decision that needs it (an Idempotency-Key after a failed append), not every case.
 */
export async function waitUntilCaughtUp(admin: () => Promise<Admin>, group: string, topics: readonly string[], timeoutMs: number, closing: Signal): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const left = (): number => Math.max(1, deadline - Date.now());
  const unique = [...new Set(topics)];
  const what = `group "${group}" catching up with ${unique.join(', ')}`;
  const client = await withTimeout(admin(), left(), what);
  const ends = new Map<string, bigint>();
  for (const topic of unique) {
    for (const p of await withTimeout(client.fetchTopicOffsets(topic), left(), what)) ends.set(`${topic}:${p.partition}`, BigInt(p.high));
  }
  for (;;) {
    if (closing.fired) throw new Error(`the subscription of group "${group}" closed`);
    const committed = await withTimeout(client.fetchOffsets({ groupId: group, topics: unique }), left(), what);
    const at = new Map<string, bigint>();
    for (const t of committed) for (const p of t.partitions) at.set(`${t.topic}:${p.partition}`, BigInt(p.offset)); // -1: nothing committed
    const behind = [...ends].filter(([partition, end]) => end > 0n && (at.get(partition) ?? -1n) < end);
    if (behind.length === 0) return;
    if (Date.now() + POLL_MS > deadline) {
      throw new Error(`${what}: ${behind.map(([p, end]) => `${p} at ${at.get(p) ?? -1n} of ${end}`).join(', ')} after ${timeoutMs} ms`);
    }
    await sleep(POLL_MS, closing.promise);
  }
}
