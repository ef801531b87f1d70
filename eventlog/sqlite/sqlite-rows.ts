import type { Database } from 'better-sqlite3';
import type { CloudEvent } from '../cloudevent';
import type { StoredEvent } from '../event-log';

/**
 * How the embedded log stores an event. An event that arrives with its signed text (every event a
 * producer writes) is stored as that text in `body`, with the signature beside it in `signature`: no
 * second serialisation on append, and readers check the signature over the stored bytes, which are
 * also the bytes they parse. Any other event (and every row written before the `signature` column
 * existed) is stored whole, as JSON, with `signature` NULL; readers then canonicalise it to check it.
 */
export interface EventRow {
  offset: number;
  topic: string;
  key: string;
  body: string;
  signature: string | null;
  appended_at: number;
}

/** The columns rowToStored reads, for the engine's SELECTs. */
export const EVENT_COLUMNS = 'offset, topic, key, body, signature, appended_at';

/**
 * The condition that reads the events of some topics after an offset, for a query ordered by offset.
 * One topic: its index, which is in that order already. Several: the table itself in offset (rowid)
 * order, keeping their events; `+topic` keeps SQLite off the topic index there, because merging
 * several topics' ranges from it means collecting and sorting every remaining event of those topics for
 * each page: replaying a whole log that way was quadratic in its length (bench/README.md).
 * Parameters: the topics, then the offset.
 */
export function topicsAfter(topics: readonly string[]): string {
  return topics.length === 1 ? 'topic = ? AND offset > ?' : `+topic IN (${topics.map(() => '?').join(',')}) AND offset > ?`;
}

/** Files created before the signature column get it; their rows keep the whole-event form. */
export function addSignatureColumn(db: Database): void {
  const columns = db.prepare('PRAGMA table_info(events)').all() as { name: string }[];
  if (!columns.some((c) => c.name === 'signature')) db.exec('ALTER TABLE events ADD COLUMN signature TEXT');
}

/** The `body` and `signature` column values for an event. */
export function storedForm(event: CloudEvent, signedText: string | undefined): [body: string, signature: string | null] {
  return signedText !== undefined && typeof event.signature === 'string' ? [signedText, event.signature] : [JSON.stringify(event), null];
}

export function rowToStored(row: EventRow): StoredEvent {
  if (row.signature === null) return stored(row, JSON.parse(row.body) as CloudEvent);
  const event = JSON.parse(row.body) as Record<string, unknown>;
  // A body that is not a JSON object cannot be an event; left as parsed, the envelope checks name it.
  if (event !== null && typeof event === 'object' && !Array.isArray(event)) event.signature = row.signature;
  return stored(row, event as unknown as CloudEvent, row.body);
}

/**
 * One literal with the members named, not `{ ...common, event }`: an object literal that begins with a
 * spread gave every event read back a hidden class of its own on Node 20 (../event-signature.ts,
 * withSignature).
 */
function stored(row: EventRow, event: CloudEvent, signedText?: string): StoredEvent {
  const out: { -readonly [K in keyof StoredEvent]: StoredEvent[K] } = { topic: row.topic, partition: 0, offset: String(row.offset), key: row.key, event, appendedAt: row.appended_at };
  if (signedText !== undefined) out.signedText = signedText;
  return out;
}
