import { randomUUID } from 'node:crypto';
import { openKafkaEventLog } from '../../eventlog/kafka/kafka-event-log';
import { provisionTopics } from '../../eventlog/kafka/provision';
import { topicSpecs } from '../../eventlog/topics';
import { useKafkaBroker } from '../support/kafka-broker';

/**
 * Topic provisioning and listing. On the librdkafka mock cluster CreateTopics cannot be sent (controller
 * id 0), so this also covers the auto-creation fallback; on a real broker it covers CreateTopics.
 */
const broker = useKafkaBroker('Kafka topics');

if (broker) {
  describe('Kafka topics', () => {
    test('provision creates what is missing and reports what exists; listTopics hides internal topics', async () => {
      // Department names unique to this run, so the test can be repeated against a shared broker.
      const suffix = randomUUID().slice(0, 6);
      const departments = [`police${suffix}`, `tax${suffix}`];
      const wanted = topicSpecs(departments).map((s) => s.name);
      const common = { brokers: broker().brokers, clientId: 'tongban-provision-test', partitions: 3, departments };

      const first = await provisionTopics(common);
      expect(first.created.filter((t) => t.includes(suffix)).sort()).toEqual(wanted.filter((t) => t.includes(suffix)).sort());

      const second = await provisionTopics(common);
      expect(second.created).toEqual([]);
      expect(second.existing.sort()).toEqual([...wanted].sort());

      const log = openKafkaEventLog({ brokers: broker().brokers, clientId: 'tongban-provision-test' });
      try {
        const listed = await log.listTopics();
        expect(listed).toEqual(expect.arrayContaining(wanted));
        expect(listed.some((t) => t.startsWith('_'))).toBe(false);
        expect(await log.lastEventOf('/tongban/police/anything')).toBeUndefined();
        // An unknown topic replays as empty, as on the embedded engine.
        const none: unknown[] = [];
        for await (const stored of log.replay([`missing.${suffix}`])) none.push(stored);
        expect(none).toEqual([]);
      } finally {
        await log.close();
      }
    }, 60_000);
  });
}
