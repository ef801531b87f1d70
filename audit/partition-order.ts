import type { StoredEvent } from '../eventlog/event-log';
import type { IntegrityBreak } from './integrity-break';

/**
 * Within one topic partition the log keeps append order, and a producer appends its events in chain
 * order, so a source's sequence numbers must rise from one event to the next of that partition.
 * Across partitions no order is promised (Kafka), so this is the only place where order is checked:
 * swapping two events of one partition is caught here even though the chain itself stays whole.
 */
export interface PartitionOrder {
  check(stored: StoredEvent, source: string, seq: number): IntegrityBreak | undefined;
}

export function createPartitionOrder(): PartitionOrder {
  const last = new Map<string, { seq: number; id: string; offset: string }>();
  return {
    check(stored, source, seq) {
      const key = `${stored.topic}\u0000${stored.partition}\u0000${source}`;
      const previous = last.get(key);
      last.set(key, { seq, id: stored.event.id, offset: stored.offset });
      if (previous === undefined || seq > previous.seq) return undefined;
      return {
        kind: 'reordered',
        topic: stored.topic,
        partition: stored.partition,
        offset: stored.offset,
        source,
        eventId: stored.event.id,
        seq,
        detail: `seq ${seq} comes after seq ${previous.seq} (event ${previous.id} at offset ${previous.offset}) in this partition`,
      };
    },
  };
}
