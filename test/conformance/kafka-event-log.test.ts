import { openKafkaEventLog } from '../../eventlog/kafka/kafka-event-log';
import type { EventLog } from '../../eventlog/event-log';
import { useKafkaBroker } from '../support/kafka-broker';
import { runEventLogConformance } from './event-log.conformance';

/**
 * The shared EventLog conformance suite against the Kafka engine on a real Kafka-protocol broker
 * (KAFKA_BROKERS, Testcontainers or kcat's librdkafka mock cluster; see test/support/kafka-broker.ts).
 * Each reopen() closes every kafkajs client and opens new ones on the same broker.
 */
const broker = useKafkaBroker('Kafka EventLog conformance');

if (broker) {
  runEventLogConformance(
    'Kafka engine (kafkajs)',
    async () => {
      const open = (): EventLog =>
        // The smallest session timeout brokers allow: the mock cluster makes a group that was just left
        // wait that long before it can be joined again (see kafka-event-log.ts).
        openKafkaEventLog({ brokers: broker().brokers, clientId: 'tongban-conformance', sessionTimeoutMs: 6_000 });
      let log = open();
      return {
        get log() {
          return log;
        },
        async reopen() {
          await log.close();
          log = open();
          return log;
        },
        async cleanup() {
          await log.close();
        },
      };
    },
    // A group join alone takes 3 s on the mock cluster (and on a default Kafka).
    { deliveryTimeoutMs: 15_000 },
  );
}
