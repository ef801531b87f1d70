import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { initKeys, loadKeyStore, type KeyStore } from '../../crypto/keys';
import type { CloudEvent } from '../../eventlog/cloudevent';
import type { EventLog, StoredEvent } from '../../eventlog/event-log';
import { createEventProducer } from '../../eventlog/event-producer';
import { signingInput, verifyEvent } from '../../eventlog/event-signature';
import { openSqliteEventLog } from '../../eventlog/sqlite/sqlite-event-log';
import { topicsAfter } from '../../eventlog/sqlite/sqlite-rows';
import { systemClock } from '../../runtime/clock';
import { collect, makeEvent, runEventLogConformance } from './event-log.conformance';

runEventLogConformance(
  'embedded SQLite engine',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-sqlite-'));
    const file = path.join(dir, 'events.db');
    let log: EventLog = openSqliteEventLog({ file });
    return {
      get log() {
        return log;
      },
      async reopen() {
        await log.close();
        log = openSqliteEventLog({ file });
        return log;
      },
      async cleanup() {
        await log.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
  { deliveryTimeoutMs: 2_000 },
);

/*
 * What only the embedded engine does: it stores an event as its signed text with the signature beside
 * it, so readers check signatures over the bytes they parse. Files from before that keep working.
 */
describe('embedded SQLite engine: how events are stored', () => {
  let dir: string;
  let keys: KeyStore;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-sqlite-form-'));
    await initKeys(path.join(dir, 'keys'), ['gateway']);
    keys = await loadKeyStore(path.join(dir, 'keys'), ['gateway']);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const fileFor = (label: string): string => path.join(dir, `${label}-${Math.random().toString(36).slice(2)}.db`);
  /** One query on the file through a connection of its own, read-only, as another process would read it. */
  const readFile = <T>(file: string, query: (db: Database.Database) => T): T => {
    const db = new Database(file, { readonly: true });
    try {
      return query(db);
    } finally {
      db.close();
    }
  };
  const columns = (file: string, offset: string) =>
    readFile(file, (db) => db.prepare('SELECT body, signature FROM events WHERE offset = ?').get(Number(offset)) as { body: string; signature: string | null });
  const typeOfBody = (file: string, offset: string): string =>
    readFile(file, (db) => (db.prepare('SELECT typeof(body) AS type FROM events WHERE offset = ?').get(Number(offset)) as { type: string }).type);

  test("a producer's event is stored as its signed text, which every reader gets and verifies", async () => {
    const file = fileFor('signed');
    let log = openSqliteEventLog({ file });
    const pushed: StoredEvent[] = [];
    const sub = await log.subscribe({ group: 'g', topics: ['t'], handler: async (s) => void pushed.push(s) });
    const producer = await createEventProducer({ log, key: keys.signingKey('gateway'), instance: 'embedded', clock: systemClock });
    const [event] = await producer.emit([{ topic: 't', type: 'cn.gov.tongban.test.v1', applicationId: 'case-1', data: { b: '中文', a: [1, 2.5] } }]);
    await sub.close();
    const stored = columns(file, pushed[0]!.offset);
    // The producer hands over the text's UTF-8 as well (sealed once): it is stored as that text.
    expect(stored).toEqual({ body: signingInput(event!), signature: event!.signature });
    expect(typeOfBody(file, pushed[0]!.offset)).toBe('text');
    const replayed = await collect(log, ['t']);
    await log.close();
    log = openSqliteEventLog({ file });
    const reread = await collect(log, ['t']);
    expect(await log.lastEventOf(event!.source)).toEqual(event);
    await log.close();
    for (const delivered of [pushed[0]!, replayed[0]!, reread[0]!]) {
      expect(delivered.event).toEqual(event);
      expect(delivered.signedText).toBe(stored.body);
      expect(await verifyEvent(delivered.event, keys, delivered.signedText)).toMatchObject({ ok: true, producer: 'gateway' });
    }
    // The text is what is verified: a changed text fails, even where its parse would look the same.
    const respaced = stored.body.replace('"a":[1,2.5]', '"a": [1, 2.5]');
    expect(respaced).not.toBe(stored.body);
    expect(await verifyEvent(JSON.parse(respaced) as CloudEvent, keys, respaced)).toMatchObject({ ok: false });
  });

  test('appends commit as soon as they are queued while the event loop is quiet, with the rest of the turn while it is busy', async () => {
    for (const quiet of [true, false]) {
      const log = openSqliteEventLog({ file: fileFor('timing'), loopLoad: { quiet: () => quiet } });
      const order: string[] = [];
      setImmediate(() => order.push('the turn ends'));
      const first = log.append([{ topic: 't', key: 'k', event: makeEvent() }]).then(() => order.push('first committed'));
      const second = log.append([{ topic: 't', key: 'k', event: makeEvent() }]).then(() => order.push('second committed'));
      await Promise.all([first, second]);
      await new Promise((resolve) => setImmediate(resolve));
      expect(order).toEqual(quiet ? ['first committed', 'second committed', 'the turn ends'] : ['the turn ends', 'first committed', 'second committed']);
      expect((await collect(log, ['t'])).length).toBe(2);
      await log.close();
    }
  });

  test('an append that fails stores nothing and fails alone, whether it shares its transaction or has one to itself', async () => {
    const file = fileFor('failing');
    const log = openSqliteEventLog({ file, positionDelayMs: 60_000 });
    // No key on the second event: the row breaks a NOT NULL constraint halfway through the call.
    const broken = () => [makeEvent(), makeEvent()].map((event, i) => ({ topic: 't', key: (i === 0 ? 'k' : null) as unknown as string, event }));
    const good = makeEvent();
    // Two calls in one turn share a transaction: the broken one is rolled back to its savepoint.
    const shared = await Promise.allSettled([log.append(broken()), log.append([{ topic: 't', key: 'k', event: good }])]);
    expect(shared.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    expect((shared[0] as PromiseRejectedResult).reason).toMatchObject({ message: expect.stringContaining('NOT NULL') });
    // A group's position waits to ride along with the next append (the delay is longer than the test).
    const sub = await log.subscribe({ group: 'g', topics: ['t'], handler: async () => undefined });
    await sub.caughtUp(['t'], 2_000);
    // A call alone has the transaction to itself, without a savepoint: its failure rolls back all of it,
    // and the position that was to ride along is kept for the next one.
    // Matched by shape, not with toThrow: a SqliteError is no native Error, and its prototype can come
    // from another test file's realm in the same jest worker (the addon keeps the first constructor it
    // was given), so toThrow's instanceof check failed in a full run while this file alone passed.
    await expect(log.append(broken())).rejects.toMatchObject({ message: expect.stringContaining('NOT NULL') });
    const positions = () => readFile(file, (db) => db.prepare('SELECT group_id, topic, committed FROM positions').all());
    expect(positions()).toEqual([]);
    const after = makeEvent();
    await log.append([{ topic: 'u', key: 'k', event: after }]);
    expect(positions()).toEqual([{ group_id: 'g', topic: 't', committed: 1 }]);
    expect((await collect(log, ['t', 'u'])).map((s) => s.event.id)).toEqual([good.id, after.id]);
    await log.close();
  });

  test("a group's position waits for the next append to ride along, or its delay; close writes it", async () => {
    const committedOf = (file: string, group: string): number | undefined =>
      readFile(file, (db) => (db.prepare('SELECT committed FROM positions WHERE group_id = ?').get(group) as { committed: number } | undefined)?.committed);
    const subscribe = (log: EventLog, group: string) => log.subscribe({ group, topics: ['t'], handler: async () => undefined });
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    // A delay longer than the test: the position is written only by an append or by close.
    const file = fileFor('positions');
    const log = openSqliteEventLog({ file, positionDelayMs: 60_000 });
    await log.append([{ topic: 't', key: 'k', event: makeEvent() }]); // offset 1
    const sub = await subscribe(log, 'g');
    await sub.caughtUp(['t'], 2_000);
    await sleep(50);
    expect(committedOf(file, 'g')).toBeUndefined();
    await log.append([{ topic: 'other', key: 'k', event: makeEvent() }]); // offset 2, and the position rides along
    expect(committedOf(file, 'g')).toBe(1);
    await log.append([{ topic: 't', key: 'k', event: makeEvent() }]); // offset 3
    await sub.caughtUp(['t'], 2_000);
    await sleep(50);
    expect(committedOf(file, 'g')).toBe(1);
    await log.close();
    expect(committedOf(file, 'g')).toBe(3);

    // A short delay: written on its own once it has waited that long.
    const file2 = fileFor('positions-delay');
    const log2 = openSqliteEventLog({ file: file2, positionDelayMs: 30 });
    await log2.append([{ topic: 't', key: 'k', event: makeEvent() }]);
    await (await subscribe(log2, 'g')).caughtUp(['t'], 2_000);
    expect(committedOf(file2, 'g')).toBeUndefined();
    for (let i = 0; i < 200 && committedOf(file2, 'g') === undefined; i++) await sleep(5);
    expect(committedOf(file2, 'g')).toBe(1);
    await log2.close();
  });

  test('an event without its signed text is stored whole and read back without one', async () => {
    const file = fileFor('whole');
    const log = openSqliteEventLog({ file });
    const event = makeEvent();
    await log.append([{ topic: 't', key: event.correlationid, event }]);
    const [stored] = await collect(log, ['t']);
    await log.close();
    expect(stored!.event).toEqual(event);
    expect(stored!.signedText).toBeUndefined();
    expect(columns(file, stored!.offset)).toEqual({ body: JSON.stringify(event), signature: null });
  });

  test('a file from before the signature column opens, keeps its events, and stores new ones as signed text', async () => {
    const file = fileFor('old');
    const old = makeEvent();
    const db = new Database(file);
    db.exec(`CREATE TABLE events (offset INTEGER PRIMARY KEY AUTOINCREMENT, topic TEXT NOT NULL, key TEXT NOT NULL,
      event_id TEXT NOT NULL, source TEXT NOT NULL, body TEXT NOT NULL, appended_at INTEGER NOT NULL)`);
    db.prepare('INSERT INTO events (topic, key, event_id, source, body, appended_at) VALUES (?, ?, ?, ?, ?, ?)').run('t', old.correlationid, old.id, old.source, JSON.stringify(old), Date.now());
    db.close();
    const log = openSqliteEventLog({ file });
    const fresh = makeEvent();
    await log.append([{ topic: 't', key: fresh.correlationid, event: fresh, signedText: signingInput(fresh) }]);
    const [first, second] = await collect(log, ['t']);
    await log.close();
    expect(first!.event).toEqual(old);
    expect(first!.signedText).toBeUndefined();
    expect(second!.event).toEqual(fresh);
    expect(second!.signedText).toBe(signingInput(fresh));
  });
});

/*
 * How the engine reads several topics in offset order. Merging their ranges from the topic index made
 * SQLite collect and sort every remaining event of those topics for each page, so replaying a log (and
 * a subscription catching up) cost time quadratic in its length. The plan must walk the table in offset
 * order instead, and still hand over exactly the events of those topics, in order.
 */
describe('embedded SQLite engine: reading several topics', () => {
  test('reads in offset order without sorting, one topic through its index, and keeps only those topics', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-sqlite-plan-'));
    const file = path.join(dir, 'events.db');
    const log = openSqliteEventLog({ file });
    try {
      const topics = ['a', 'b', 'c'];
      const appended = Array.from({ length: 30 }, (_, i) => ({ topic: topics[i % 3]!, key: `k${i}`, event: makeEvent() }));
      await log.append(appended);
      const replayed = await collect(log, ['c', 'a']);
      expect(replayed.map((s) => s.event.id)).toEqual(appended.filter((e) => e.topic !== 'b').map((e) => e.event.id));
      expect(replayed.map((s) => Number(s.offset))).toEqual([...replayed.map((s) => Number(s.offset))].sort((x, y) => x - y));

      const db = new Database(file, { readonly: true });
      const plan = (sql: string, ...params: unknown[]): string =>
        (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('; ');
      const several = plan(`SELECT * FROM events WHERE ${topicsAfter(['a', 'c'])} ORDER BY offset LIMIT 10`, 'a', 'c', 0);
      expect(several).toMatch(/USING INTEGER PRIMARY KEY/);
      expect(several).not.toMatch(/TEMP B-TREE/);
      const one = plan(`SELECT * FROM events WHERE ${topicsAfter(['a'])} ORDER BY offset LIMIT 10`, 'a', 0);
      expect(one).toMatch(/USING INDEX events_by_topic/);
      expect(one).not.toMatch(/TEMP B-TREE/);
      db.close();
    } finally {
      await log.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
