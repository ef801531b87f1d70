import { randomUUID } from 'node:crypto';
import type { CloudEvent } from '../../eventlog/cloudevent';
import type { EventLog, StoredEvent } from '../../eventlog/event-log';
import { signingInput } from '../../eventlog/event-signature';

/**
 * The EventLog conformance suite: every engine runs exactly these cases (hono's common.case.test.ts
 * habit). A case that only holds for one engine does not belong here.
 */
export interface EngineUnderTest {
  readonly log: EventLog;
  /** Closes the log and opens it again on the same storage: durability across restarts. */
  reopen(): Promise<EventLog>;
  cleanup(): Promise<void>;
}

export interface ConformanceOptions {
  /** How long to wait for a delivery before failing (a networked broker is slower than SQLite). */
  readonly deliveryTimeoutMs: number;
}

let counter = 0;
export function makeEvent(overrides: Partial<CloudEvent> = {}): CloudEvent {
  counter += 1;
  const appId = overrides.correlationid ?? randomUUID();
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: '/tongban/gateway/conformance',
    type: 'cn.gov.tongban.data.requested.v1',
    time: new Date().toISOString(),
    subject: appId,
    datacontenttype: 'application/json',
    data: { n: counter, text: '中文 — unicode survives', nested: { list: [1, 2.5, null, true] } },
    traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    correlationid: appId,
    seq: counter,
    prevhash: 'genesis:/tongban/gateway/conformance',
    signature: 'eyJhbGciOiJFUzI1NiJ9..c2lnbmF0dXJl',
    ...overrides,
  };
}

function uniqueTopic(label: string): string {
  return `conf.${label}.${randomUUID().slice(0, 8)}`;
}

async function eventually<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Every event of the topics, replayed. */
export async function collect(log: EventLog, topics: string[]): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for await (const stored of log.replay(topics)) out.push(stored);
  return out;
}

export function runEventLogConformance(name: string, open: () => Promise<EngineUnderTest>, options: ConformanceOptions): void {
  describe(`EventLog conformance: ${name}`, () => {
    let engine: EngineUnderTest;
    let log: EventLog;
    const wait = options.deliveryTimeoutMs;

    beforeEach(async () => {
      engine = await open();
      log = engine.log;
    });
    afterEach(async () => {
      await engine.cleanup();
    });

    test('replay returns appended events intact and in order', async () => {
      const topic = uniqueTopic('replay');
      await log.ensureTopics([{ name: topic, retention: 'forever' }]);
      const key = randomUUID();
      const events = [makeEvent({ correlationid: key }), makeEvent({ correlationid: key }), makeEvent({ correlationid: key })];
      await log.append(events.map((event) => ({ topic, key, event })));
      const stored = await collect(log, [topic]);
      expect(stored.map((s) => s.event)).toEqual(events);
      expect(stored.every((s) => s.topic === topic && s.key === key)).toBe(true);
      expect(typeof stored[0]!.event.seq).toBe('number');
      expect(await log.listTopics()).toContain(topic);
    });

    test('replay of some topics leaves the others out', async () => {
      const a = uniqueTopic('a');
      const b = uniqueTopic('b');
      await log.ensureTopics([a, b].map((n) => ({ name: n, retention: 'forever' as const })));
      const ea = makeEvent();
      const eb = makeEvent();
      await log.append([{ topic: a, key: ea.correlationid, event: ea }, { topic: b, key: eb.correlationid, event: eb }]);
      expect((await collect(log, [a])).map((s) => s.event.id)).toEqual([ea.id]);
      expect((await collect(log, [a, b])).map((s) => s.event.id).sort()).toEqual([ea.id, eb.id].sort());
    });

    test('a subscriber gets earlier events and new ones as they come', async () => {
      const topic = uniqueTopic('live');
      await log.ensureTopics([{ name: topic, retention: 'forever' }]);
      const first = makeEvent();
      await log.append([{ topic, key: first.correlationid, event: first }]);
      const seen: string[] = [];
      const sub = await log.subscribe({ group: `g-${randomUUID()}`, topics: [topic], handler: async (s) => void seen.push(s.event.id) });
      await eventually(() => (seen.length >= 1 ? true : undefined), wait, 'the earlier event');
      const second = makeEvent();
      await log.append([{ topic, key: second.correlationid, event: second }]);
      await eventually(() => (seen.length >= 2 ? true : undefined), wait, 'the new event');
      expect(seen).toEqual([first.id, second.id]);
      await sub.close();
    });

    test('events with one key reach a subscriber in append order', async () => {
      const topic = uniqueTopic('order');
      await log.ensureTopics([{ name: topic, retention: 'forever' }]);
      const key = randomUUID();
      const events = Array.from({ length: 20 }, () => makeEvent({ correlationid: key }));
      await log.append(events.map((event) => ({ topic, key, event })));
      const seen: string[] = [];
      const sub = await log.subscribe({ group: `g-${randomUUID()}`, topics: [topic], handler: async (s) => void seen.push(s.event.id) });
      await eventually(() => (seen.length >= 20 ? true : undefined), wait, 'twenty events');
      expect(seen).toEqual(events.map((e) => e.id));
      await sub.close();
    });

    test('a group resumes after its committed position', async () => {
      const topic = uniqueTopic('resume');
      const group = `g-${randomUUID()}`;
      await log.ensureTopics([{ name: topic, retention: 'forever' }]);
      const before = [makeEvent(), makeEvent()];
      await log.append(before.map((event) => ({ topic, key: event.correlationid, event })));
      const seen: string[] = [];
      let sub = await log.subscribe({ group, topics: [topic], handler: async (s) => void seen.push(s.event.id) });
      await eventually(() => (seen.length >= 2 ? true : undefined), wait, 'the first two events');
      await sub.close();
      const after = makeEvent();
      await log.append([{ topic, key: after.correlationid, event: after }]);
      const again: string[] = [];
      sub = await log.subscribe({ group, topics: [topic], handler: async (s) => void again.push(s.event.id) });
      await eventually(() => (again.length >= 1 ? true : undefined), wait, 'the event after the commit');
      await new Promise((r) => setTimeout(r, Math.min(500, wait / 4)));
      expect(again).toEqual([after.id]);
      await sub.close();
    });

    test('every group gets every event', async () => {
      const topic = uniqueTopic('groups');
      await log.ensureTopics([{ name: topic, retention: 'forever' }]);
      const event = makeEvent();
      await log.append([{ topic, key: event.correlationid, event }]);
      const a: string[] = [];
      const b: string[] = [];
      const subA = await log.subscribe({ group: `ga-${randomUUID()}`, topics: [topic], handler: async (s) => void a.push(s.event.id) });
      const subB = await log.subscribe({ group: `gb-${randomUUID()}`, topics: [topic], handler: async (s) => void b.push(s.event.id) });
      await eventually(() => (a.length && b.length ? true : undefined), wait, 'both groups');
      expect(a).toEqual([event.id]);
      expect(b).toEqual([event.id]);
      await Promise.all([subA.close(), subB.close()]);
    });

    test('a handler that throws gets the same event again, and nothing is skipped', async () => {
      const topic = uniqueTopic('retry');
      await log.ensureTopics([{ name: topic, retention: 'forever' }]);
      const events = [makeEvent(), makeEvent()];
      await log.append(events.map((event) => ({ topic, key: events[0]!.correlationid, event })));
      const attempts = new Map<string, number>();
      const done: string[] = [];
      const sub = await log.subscribe({
        group: `g-${randomUUID()}`,
        topics: [topic],
        handler: async (s) => {
          const n = (attempts.get(s.event.id) ?? 0) + 1;
          attempts.set(s.event.id, n);
          if (s.event.id === events[0]!.id && n < 3) throw new Error('transient failure');
          done.push(s.event.id);
        },
      });
      await eventually(() => (done.length >= 2 ? true : undefined), wait, 'both events after retries');
      expect(attempts.get(events[0]!.id)).toBe(3);
      expect(done).toEqual(events.map((e) => e.id));
      await sub.close();
    });

    test('an unfinished event is not committed: after a restart it comes again', async () => {
      const topic = uniqueTopic('inflight');
      const group = `g-${randomUUID()}`;
      await log.ensureTopics([{ name: topic, retention: 'forever' }]);
      const key = randomUUID();
      const events = [makeEvent({ correlationid: key }), makeEvent({ correlationid: key }), makeEvent({ correlationid: key })];
      await log.append(events.map((event) => ({ topic, key, event })));
      let release: () => void = () => undefined;
      const blocked = new Promise<void>((r) => (release = r));
      const seen: string[] = [];
      const sub = await log.subscribe({
        group,
        topics: [topic],
        concurrency: 4,
        handler: async (s) => {
          seen.push(s.event.id);
          if (s.event.id === events[1]!.id) await blocked;
        },
      });
      await eventually(() => (seen.includes(events[1]!.id) ? true : undefined), wait, 'the blocking event');
      // Simulate a crash: the storage is reopened while event 2 is still in flight.
      const closing = sub.close();
      release();
      await closing;
      log = await engine.reopen();
      const again: string[] = [];
      const sub2 = await log.subscribe({ group, topics: [topic], handler: async (s) => void again.push(s.event.id) });
      await new Promise((r) => setTimeout(r, Math.min(1_000, wait / 2)));
      await sub2.close();
      // Event 1 was done before the crash; what came again starts no later than event 2.
      expect(again).not.toContain(events[0]!.id);
      expect(new Set([...seen, ...again])).toEqual(new Set(events.map((e) => e.id)));
    });

    test('caughtUp resolves once the group has handled every event the topic held at the call, and not before', async () => {
      const topic = uniqueTopic('caughtup');
      const empty = uniqueTopic('caughtup-empty');
      await log.ensureTopics([{ name: topic, retention: 'forever' }, { name: empty, retention: 'forever' }]);
      const events = Array.from({ length: 6 }, () => makeEvent());
      await log.append(events.map((event) => ({ topic, key: event.correlationid, event })));
      let release: () => void = () => undefined;
      const blocked = new Promise<void>((r) => (release = r));
      const done = new Set<string>();
      const sub = await log.subscribe({
        group: `g-${randomUUID()}`,
        topics: [topic, empty],
        concurrency: 8,
        handler: async (s) => {
          if (s.event.id === events[3]!.id) await blocked;
          done.add(s.event.id);
        },
      });
      // A topic with nothing in it is caught up at once; one the subscription does not read is refused.
      await sub.caughtUp([empty], wait);
      await expect(sub.caughtUp([uniqueTopic('elsewhere')], wait)).rejects.toThrow(/does not read/);
      // While one event is unfinished the group is behind, however long the caller waits.
      await expect(sub.caughtUp([topic], Math.min(2_000, wait / 4))).rejects.toThrow(/\d+ ms/);
      let handledAtResolve: number | undefined;
      const waiting = sub.caughtUp([topic, empty], wait).then(() => {
        handledAtResolve = done.size;
      });
      await eventually(() => (done.size === events.length - 1 ? true : undefined), wait, 'every event but the blocked one');
      await new Promise((r) => setTimeout(r, 200));
      expect(handledAtResolve).toBeUndefined();
      release();
      await waiting;
      expect(handledAtResolve).toBe(events.length);
      await sub.close();
    });

    test('start=latest skips what was there before', async () => {
      const topic = uniqueTopic('latest');
      await log.ensureTopics([{ name: topic, retention: 'forever' }]);
      const old = makeEvent();
      await log.append([{ topic, key: old.correlationid, event: old }]);
      const seen: string[] = [];
      const sub = await log.subscribe({ group: `g-${randomUUID()}`, topics: [topic], start: 'latest', handler: async (s) => void seen.push(s.event.id) });
      await new Promise((r) => setTimeout(r, Math.min(1_000, wait / 4)));
      const fresh = makeEvent();
      await log.append([{ topic, key: fresh.correlationid, event: fresh }]);
      await eventually(() => (seen.length >= 1 ? true : undefined), wait, 'the fresh event');
      expect(seen).toEqual([fresh.id]);
      await sub.close();
    });

    test('events survive a restart of the log', async () => {
      const topic = uniqueTopic('durable');
      await log.ensureTopics([{ name: topic, retention: 'forever' }]);
      const event = makeEvent();
      await log.append([{ topic, key: event.correlationid, event }]);
      log = await engine.reopen();
      expect((await collect(log, [topic])).map((s) => s.event)).toEqual([event]);
    });

    test('an event appended with its signed text comes back intact, with that text or none', async () => {
      const topic = uniqueTopic('signed');
      await log.ensureTopics([{ name: topic, retention: 'forever' }]);
      const event = makeEvent();
      const signedText = signingInput(event);
      const seen: StoredEvent[] = [];
      const sub = await log.subscribe({ group: `g-${randomUUID()}`, topics: [topic], handler: async (s) => void seen.push(s) });
      await log.append([{ topic, key: event.correlationid, event, signedText }]);
      await eventually(() => (seen.length >= 1 ? true : undefined), wait, 'the delivery');
      await sub.close();
      const replayed = await collect(log, [topic]);
      log = await engine.reopen();
      const afterRestart = await collect(log, [topic]);
      // An engine need not keep the text (Kafka's binary mode does not); one that does keeps it exactly.
      for (const stored of [seen[0]!, replayed[0]!, afterRestart[0]!]) {
        expect(stored.event).toEqual(event);
        if (stored.signedText !== undefined) expect(stored.signedText).toBe(signedText);
      }
    });

    test('lastEventOf finds the newest event of a source, or honestly says it cannot', async () => {
      const topic = uniqueTopic('last');
      await log.ensureTopics([{ name: topic, retention: 'forever' }]);
      const source = `/tongban/police/c${randomUUID().slice(0, 8)}`;
      const events = [makeEvent({ source, seq: 1 }), makeEvent({ source, seq: 2 })];
      await log.append(events.map((event) => ({ topic, key: event.correlationid, event })));
      const last = await log.lastEventOf(source);
      if (last !== undefined) expect(last).toEqual(events[1]);
      expect(await log.lastEventOf('/tongban/police/never-wrote')).toBeUndefined();
    });

    test('the log reports itself healthy while open', async () => {
      expect(await log.healthy()).toBe(true);
    });
  });
}
