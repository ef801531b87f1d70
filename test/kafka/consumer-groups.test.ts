import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import type { EventLog, StoredEvent } from '../../eventlog/event-log';
import { openKafkaEventLog } from '../../eventlog/kafka/kafka-event-log';
import { makeEvent } from '../conformance/event-log.conformance';
import { useKafkaBroker } from '../support/kafka-broker';

/**
 * Consumer-group behaviour only a partitioned log has: members of one group split the partitions, a
 * leaving member's partitions move to the others, and commits never pass an unfinished event.
 */
const broker = useKafkaBroker('Kafka consumer groups');

async function eventually(probe: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

if (broker) {
  describe('Kafka engine consumer groups', () => {
    const logs: EventLog[] = [];
    const open = (): EventLog => {
      const log = openKafkaEventLog({ brokers: broker().brokers, clientId: 'tongban-groups-test', partitions: 3, sessionTimeoutMs: 6_000 });
      logs.push(log);
      return log;
    };
    let admin: Admin;

    beforeAll(async () => {
      admin = new Kafka({ clientId: 'groups-test-admin', brokers: broker().brokers, logLevel: logLevel.NOTHING }).admin();
      await admin.connect();
    });
    afterAll(async () => {
      await Promise.all(logs.map((l) => l.close()));
      await admin.disconnect();
    });

    test('two members of a group share a partitioned topic and together see every event once; a leaver\'s share moves on', async () => {
      const topic = `groups.${randomUUID().slice(0, 8)}`;
      const group = `g-${randomUUID()}`;
      const [logA, logB] = [open(), open()];
      await logA.ensureTopics([{ name: topic, retention: 'forever' }]);
      const seenA: StoredEvent[] = [];
      const seenB: StoredEvent[] = [];
      // Joining together puts both in the group's first generation, so neither takes everything first.
      const [subA, subB] = await Promise.all([
        logA.subscribe({ group, topics: [topic], concurrency: 4, handler: async (s) => void seenA.push(s) }),
        logB.subscribe({ group, topics: [topic], concurrency: 4, handler: async (s) => void seenB.push(s) }),
      ]);
      const first = Array.from({ length: 40 }, () => makeEvent());
      await logA.append(first.map((event) => ({ topic, key: event.correlationid, event })));
      await eventually(() => seenA.length + seenB.length >= first.length, 20_000, 'all 40 events');
      await new Promise((r) => setTimeout(r, 1_000)); // room for any duplicate to show up

      const ids = [...seenA, ...seenB].map((s) => s.event.id);
      expect(ids.sort()).toEqual(first.map((e) => e.id).sort());
      expect(seenA.length).toBeGreaterThan(0);
      expect(seenB.length).toBeGreaterThan(0);
      const partitionsA = new Set(seenA.map((s) => s.partition));
      expect(seenB.some((s) => partitionsA.has(s.partition))).toBe(false);

      // B leaves: after the rebalance A owns every partition, and nothing appended meanwhile is lost.
      await subB.close();
      const second = Array.from({ length: 20 }, () => makeEvent());
      await logA.append(second.map((event) => ({ topic, key: event.correlationid, event })));
      const secondIds = new Set(second.map((e) => e.id));
      await eventually(() => new Set(seenA.filter((s) => secondIds.has(s.event.id)).map((s) => s.event.id)).size === second.length, 25_000, 'the events after B left');
      await subA.close();
    }, 90_000);

    test('the committed offset stops before an unfinished event while later ones finish', async () => {
      const topic = `holdback.${randomUUID().slice(0, 8)}`;
      const group = `g-${randomUUID()}`;
      const log = open();
      await log.ensureTopics([{ name: topic, retention: 'forever' }]);
      const key = randomUUID();
      const events = [makeEvent({ correlationid: key }), makeEvent({ correlationid: key }), makeEvent({ correlationid: key })];
      await log.append(events.map((event) => ({ topic, key, event })));
      let release: () => void = () => undefined;
      const blocked = new Promise<void>((r) => (release = r));
      const done: string[] = [];
      let partition = -1;
      const sub = await log.subscribe({
        group,
        topics: [topic],
        concurrency: 4,
        handler: async (s) => {
          partition = s.partition;
          if (s.event.id === events[1]!.id) await blocked;
          done.push(s.event.id);
        },
      });
      const committed = async (): Promise<string | undefined> => {
        const [offsets] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
        return offsets?.partitions.find((p) => p.partition === partition)?.offset;
      };

      await eventually(() => done.includes(events[0]!.id) && done.includes(events[2]!.id), 15_000, 'events 1 and 3');
      await new Promise((r) => setTimeout(r, 500)); // let any (wrong) commit past event 2 land
      expect(await committed()).toBe('1'); // the next to read is event 2 (offset 1)

      release();
      const deadline = Date.now() + 10_000;
      while ((await committed()) !== '3' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(await committed()).toBe('3');
      await sub.close();
    }, 60_000);
  });
}
