import type { StoredEvent } from '../eventlog/event-log';

/**
 * Where an event sits in the log. Offsets are only ordered within one topic partition (Kafka has no
 * global order), so a position always names all three parts.
 */
export interface LogPosition {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

export function positionOf(stored: StoredEvent): LogPosition {
  return { topic: stored.topic, partition: stored.partition, offset: stored.offset };
}

/** `tongban.requests.police[0]@1234`: short enough for a table, exact enough to find the event. */
export function formatPosition(position: LogPosition): string {
  return `${position.topic}[${position.partition}]@${position.offset}`;
}
