import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { CloudEvent } from '../../../eventlog/cloudevent';
import { signingInput } from '../../../eventlog/event-signature';

/**
 * What an attacker with write access to the embedded log's file could do, done directly on the
 * SQLite table, beneath every API: each helper works on a copy of a clean data directory.
 */
export interface Row {
  readonly offset: number;
  readonly topic: string;
  readonly key: string;
  /** The stored text: the signed text of the event, or the whole event where `signature` is null. */
  readonly body: string;
  readonly signature: string | null;
  readonly event: CloudEvent;
}

/** Copies a closed data directory (events.db and keys) so each test tampers with its own log. */
export function copyDataDir(from: string): string {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-tampered-'));
  fs.cpSync(from, to, { recursive: true });
  return to;
}

function withDb<T>(dir: string, use: (db: Database.Database) => T): T {
  const db = new Database(path.join(dir, 'events.db'));
  try {
    return use(db);
  } finally {
    db.close();
  }
}

export function rows(dir: string): Row[] {
  return withDb(dir, (db) =>
    (db.prepare('SELECT offset, topic, key, body, signature FROM events ORDER BY offset').all() as Omit<Row, 'event'>[]).map((r) => ({
      ...r,
      event: { ...(JSON.parse(r.body) as CloudEvent), ...(r.signature === null ? {} : { signature: r.signature }) },
    })),
  );
}

/** Changes one character of a stored body at the first occurrence of `find`. */
export function editOneByte(dir: string, offset: number, find: string, replacement: string): void {
  if (replacement.length !== 1) throw new Error('one byte at a time');
  withDb(dir, (db) => {
    const { body } = db.prepare('SELECT body FROM events WHERE offset = ?').get(offset) as { body: string };
    const at = body.indexOf(find);
    if (at < 0) throw new Error(`"${find}" is not in event ${offset}`);
    const edited = body.slice(0, at) + replacement + body.slice(at + 1);
    db.prepare('UPDATE events SET body = ? WHERE offset = ?').run(edited, offset);
  });
}

export function deleteEvent(dir: string, offset: number): void {
  withDb(dir, (db) => db.prepare('DELETE FROM events WHERE offset = ?').run(offset));
}

/** Swaps two stored events (body, signature, key, id, source) while their offsets stay: a reordering. */
export function swapEvents(dir: string, a: number, b: number): void {
  withDb(dir, (db) => {
    const get = db.prepare('SELECT key, event_id, source, body, signature FROM events WHERE offset = ?');
    const set = db.prepare('UPDATE events SET key = ?, event_id = ?, source = ?, body = ?, signature = ? WHERE offset = ?');
    const ra = get.get(a) as { key: string; event_id: string; source: string; body: string; signature: string | null };
    const rb = get.get(b) as typeof ra;
    db.transaction(() => {
      set.run(rb.key, rb.event_id, rb.source, rb.body, rb.signature, a);
      set.run(ra.key, ra.event_id, ra.source, ra.body, ra.signature, b);
    })();
  });
}

/** Appends a stored event again, unchanged, at the end of its topic: a replay. Returns the new offset. */
export function reappend(dir: string, offset: number): number {
  return withDb(dir, (db) => {
    const info = db
      .prepare(
        'INSERT INTO events (topic, key, event_id, source, body, signature, appended_at) SELECT topic, key, event_id, source, body, signature, ? FROM events WHERE offset = ?',
      )
      .run(Date.now(), offset);
    return Number(info.lastInsertRowid);
  });
}

/** Appends a new event, as someone holding (some) key would, stored whole (the engine reads that form too). */
export function insertEvent(dir: string, topic: string, event: CloudEvent): number {
  return withDb(dir, (db) => {
    const info = db
      .prepare('INSERT INTO events (topic, key, event_id, source, body, appended_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(topic, event.correlationid, event.id, event.source, JSON.stringify(event), Date.now());
    return Number(info.lastInsertRowid);
  });
}

/** Moves a stored event to another topic. */
export function moveEvent(dir: string, offset: number, topic: string): void {
  withDb(dir, (db) => db.prepare('UPDATE events SET topic = ? WHERE offset = ?').run(topic, offset));
}

/** Replaces a stored body with arbitrary text (e.g. no longer JSON); the signature column stays. */
export function overwriteBody(dir: string, offset: number, body: string): void {
  withDb(dir, (db) => db.prepare('UPDATE events SET body = ? WHERE offset = ?').run(body, offset));
}

/**
 * Replaces a stored event with another, as someone holding a key would, in either form the engine
 * reads: whole, or as its signed text with the signature beside it.
 */
export function rewriteEvent(dir: string, offset: number, event: CloudEvent, form: 'whole' | 'signed-text' = 'whole'): void {
  const [body, signature] = form === 'whole' ? [JSON.stringify(event), null] : [signingInput(event), event.signature];
  withDb(dir, (db) => db.prepare('UPDATE events SET body = ?, signature = ? WHERE offset = ?').run(body, signature, offset));
}
