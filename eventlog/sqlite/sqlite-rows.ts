import type { CloudEvent } from '../cloudevent';
import type { StoredEvent } from '../event-log';

/** A row of the embedded log's events table, as the engine's queries select it. */
export interface EventRow {
  offset: number;
  topic: string;
  key: string;
  body: string;
  appended_at: number;
}

export function rowToStored(row: EventRow): StoredEvent {
  return {
    topic: row.topic,
    partition: 0,
    offset: String(row.offset),
    key: row.key,
    event: JSON.parse(row.body) as CloudEvent,
    appendedAt: row.appended_at,
  };
}
