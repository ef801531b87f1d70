import { Kafka } from 'kafkajs';
import type { Logger } from '../../runtime/logger';
import { KAFKA_LOG_LEVELS, pinoLogCreator, type KafkaLogLevel } from './kafka-logger';

/**
 * kafkajs clients come in two temperaments, because its retry and timeout settings belong to the client:
 * - `fast` serves requests a caller is waiting on (append, admin, health): small timeouts and a small
 *   retry budget, so that an unreachable broker turns into an error within seconds (the gateway answers
 *   503 with Retry-After) instead of a hung HTTP request.
 * - `patient` serves consumers, which ride out a leader election or a short broker restart with retries,
 *   and longer outages by crashing and being restarted (see kafka-subscription.ts).
 */
export interface KafkaClientOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly logger: Logger;
  readonly connectionTimeoutMs?: number;
  readonly logLevel?: KafkaLogLevel;
}

export interface KafkaClients {
  readonly fast: Kafka;
  readonly patient: Kafka;
}

export function createKafkaClients(options: KafkaClientOptions): KafkaClients {
  const common = {
    clientId: options.clientId,
    brokers: [...options.brokers],
    connectionTimeout: options.connectionTimeoutMs ?? 3_000,
    logLevel: KAFKA_LOG_LEVELS[options.logLevel ?? 'warn'],
    logCreator: pinoLogCreator(options.logger),
  };
  return {
    fast: new Kafka({ ...common, requestTimeout: 5_000, retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1_000 } }),
    // About 8 s of retries before kafkajs gives up and restarts the consumer, which it then does for as
    // long as the broker stays away; a larger budget would only make close() wait longer in an outage.
    patient: new Kafka({ ...common, requestTimeout: 30_000, retry: { retries: 5, initialRetryTime: 300, maxRetryTime: 3_000 } }),
  };
}
