import path from 'node:path';
import type { EventLog } from '../../eventlog/event-log';
import { openKafkaEventLog } from '../../eventlog/kafka/kafka-event-log';
import { openSqliteEventLog } from '../../eventlog/sqlite/sqlite-event-log';
import { topicSpecs } from '../../eventlog/topics';
import { DEPARTMENT_IDS, type Config } from '../../runtime/config';
import type { Logger } from '../../runtime/logger';

/** The engine follows the configuration: Kafka when brokers are named, the embedded SQLite file otherwise. */
export async function openEventLog(config: Config, logger: Logger): Promise<EventLog> {
  let log: EventLog;
  if (config.kafkaBrokers !== undefined) {
    log = openKafkaEventLog({ brokers: config.kafkaBrokers, clientId: config.kafkaClientId, logger });
  } else {
    log = openSqliteEventLog({ file: path.join(config.dataDir, 'events.db'), synchronous: config.sqliteSynchronous, logger });
  }
  await log.ensureTopics(topicSpecs(DEPARTMENT_IDS));
  return log;
}
