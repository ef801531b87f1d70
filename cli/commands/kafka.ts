import type { Command } from 'commander';
import { provisionTopics } from '../../eventlog/kafka/provision';
import { DEPARTMENT_IDS, loadConfig } from '../../runtime/config';
import { createLogger } from '../../runtime/logger';
import { CliError } from '../cli-error';

/**
 * `tongban kafka provision`: creates Tongban's topics on the cluster named by TONGBAN_KAFKA_BROKERS
 * (one application topic, one request and one response topic per department, the dead-letter topic),
 * with the operator's partitions and replication, every one kept for ever. Topics that exist are left
 * as they are. Exit codes: 0 done, 2 bad usage or configuration, 3 the cluster could not be reached or
 * refused the topics.
 */
function positiveInteger(name: string, raw: string | undefined, max: number): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new CliError(`${name} must be a whole number from 1 to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

async function provisionCommand(options: { partitions?: string; replicationFactor?: string }): Promise<void> {
  const partitions = positiveInteger('--partitions', options.partitions, 10_000);
  const replicationFactor = positiveInteger('--replication-factor', options.replicationFactor, 100);
  const config = loadConfig();
  if (config.kafkaBrokers === undefined) {
    throw new CliError('kafka provision needs TONGBAN_KAFKA_BROKERS (host:port,host:port) naming the cluster to provision');
  }
  // Logs go to stderr: stdout carries the result.
  const logger = createLogger({ level: 'warn', name: 'tongban-kafka', destination: process.stderr });
  let result;
  try {
    result = await provisionTopics({
      brokers: config.kafkaBrokers,
      clientId: config.kafkaClientId,
      departments: DEPARTMENT_IDS,
      logger,
      ...(partitions !== undefined ? { partitions } : {}),
      ...(replicationFactor !== undefined ? { replicationFactor } : {}),
    });
  } catch (error) {
    throw new CliError(
      `cannot provision topics on ${config.kafkaBrokers.join(',')}: ${error instanceof Error ? error.message : String(error)}`,
      3,
    );
  }
  const list = (names: readonly string[]): string => (names.length > 0 ? names.join(', ') : 'none');
  process.stdout.write(`Kafka topics on ${config.kafkaBrokers.join(',')}: created ${list(result.created)}; already there ${list(result.existing)}\n`);
}

export function registerKafkaCommands(program: Command): void {
  const kafka = program.command('kafka').description('Apache Kafka administration for distributed mode (TONGBAN_KAFKA_BROKERS)');
  kafka
    .command('provision')
    .description("create Tongban's topics (applications, requests and responses per department, dead letters), all kept for ever; existing topics are left as they are")
    .option('--partitions <n>', 'partitions per topic (default 3)')
    .option('--replication-factor <n>', "replicas per partition (default: the broker's default.replication.factor)")
    .action(provisionCommand);
}
