import type { Logger } from '../../runtime/logger';
import { silentLogger } from '../../runtime/logger';
import { topicSpecs } from '../topics';
import { createMissingTopics, DEFAULT_PARTITIONS, type TopicCreationResult } from './kafka-admin';
import { createKafkaClients } from './kafka-client';

/**
 * `tongban kafka provision`: creates Tongban's topics on a cluster before the first deployment, with
 * the partitions and replication an operator chooses, all kept for ever (retention.ms and retention.bytes
 * -1: every topic is audit evidence). Topics that already exist are reported and left as they are.
 */
export interface ProvisionOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly partitions?: number;
  readonly replicationFactor?: number;
  readonly departments: readonly string[];
  readonly logger?: Logger;
  readonly connectionTimeoutMs?: number;
}

export async function provisionTopics(options: ProvisionOptions): Promise<TopicCreationResult> {
  const logger = options.logger ?? silentLogger();
  const { fast } = createKafkaClients({ ...options, logger });
  const admin = fast.admin();
  await admin.connect();
  try {
    const partitions = options.partitions ?? DEFAULT_PARTITIONS;
    return await createMissingTopics(
      { kafka: fast, admin, clientId: options.clientId, logger, warned: { autoCreate: false } },
      topicSpecs(options.departments, partitions),
      { partitions, ...(options.replicationFactor !== undefined ? { replicationFactor: options.replicationFactor } : {}) },
    );
  } finally {
    await admin.disconnect();
  }
}
