import { randomUUID } from 'node:crypto';
import type { EventLog } from '../../eventlog/event-log';
import { openKafkaEventLog } from '../../eventlog/kafka/kafka-event-log';
import { makeEvent } from '../conformance/event-log.conformance';
import { useKafkaBroker } from '../support/kafka-broker';

/**
 * A broker outage must turn into prompt errors, never hangs: the gateway answers 503 with Retry-After
 * when an append rejects, and a readiness probe must answer false. This suite stops its own broker, so
 * it never uses a shared KAFKA_BROKERS one.
 */
const broker = useKafkaBroker('Kafka outage behaviour', { disposable: true });

async function timed<T>(work: Promise<T>): Promise<{ ms: number; outcome: 'resolved' | 'rejected'; error?: unknown }> {
  const started = Date.now();
  try {
    await work;
    return { ms: Date.now() - started, outcome: 'resolved' };
  } catch (error) {
    return { ms: Date.now() - started, outcome: 'rejected', error };
  }
}

if (broker) {
  describe('Kafka engine when the broker goes away', () => {
    let log: EventLog | undefined;

    afterAll(async () => {
      await log?.close();
    });

    test('append rejects within seconds and healthy() says false; close() still returns', async () => {
      log = openKafkaEventLog({ brokers: broker().brokers, clientId: 'tongban-outage-test', sessionTimeoutMs: 6_000 });
      const topic = `outage.${randomUUID().slice(0, 8)}`;
      await log.ensureTopics([{ name: topic, retention: 'forever' }]);
      const before = makeEvent();
      await log.append([{ topic, key: before.correlationid, event: before }]);
      expect(await log.healthy()).toBe(true);
      const seen: string[] = [];
      const subscription = await log.subscribe({ group: `g-${randomUUID()}`, topics: [topic], handler: async (s) => void seen.push(s.event.id) });

      await broker().stop();

      const during = makeEvent();
      const append = await timed(log.append([{ topic, key: during.correlationid, event: during }]));
      expect(append.outcome).toBe('rejected');
      expect(append.ms).toBeLessThan(10_000);

      const health = await timed(log.healthy().then((ok) => expect(ok).toBe(false)));
      expect(health.outcome).toBe('resolved');
      expect(health.ms).toBeLessThan(5_000);

      const closing = await timed(Promise.all([subscription.close(), log.close()]));
      expect(closing.outcome).toBe('resolved');
      expect(closing.ms).toBeLessThan(15_000);
      expect(await log.healthy()).toBe(false);
    }, 60_000);
  });
}
