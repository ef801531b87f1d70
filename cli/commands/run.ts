import type { Command } from 'commander';
import { loadContractCatalog } from '../../catalog/contract-catalog';
import { DEPARTMENT_MODULES } from '../../adapters/departments';
import { serveNativeSystem } from '../../adapters/simulation/serve-native-system';
import { systemClock } from '../../runtime/clock';
import { DEPARTMENT_IDS, loadConfig, type DepartmentId } from '../../runtime/config';
import { createLogger, type Logger } from '../../runtime/logger';
import { createMetrics } from '../../runtime/metrics';
import { CliError } from '../cli-error';
import { loadKeys } from '../compose/keys';
import { openEventLog } from '../compose/open-event-log';
import { holdSigningNonces } from '../compose/signing-nonces';
import { startAdapter } from '../compose/start-adapter';
import { startEmbedded } from '../compose/start-embedded';
import { startGateway } from '../compose/start-gateway';

/**
 * Long-running roles. Each stops gracefully on SIGTERM or SIGINT: no new work, in-flight work finished,
 * positions committed, exit 0. A second signal, or a stop that takes longer than 15 s, exits 1.
 */
function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'stopping gracefully');
    const force = setTimeout(() => {
      logger.error('graceful stop took too long; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    stop().then(
      () => {
        logger.info('stopped');
        logger.flush();
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

function department(name: string): DepartmentId {
  if (!(DEPARTMENT_IDS as readonly string[]).includes(name)) {
    throw new CliError(`unknown department "${name}"; one of: ${DEPARTMENT_IDS.join(', ')}`);
  }
  return name as DepartmentId;
}

export function registerRunCommands(program: Command): void {
  program
    .command('start')
    .description('run everything in one process: gateway, five adapters and their simulators, on the embedded event log (or Kafka when TONGBAN_KAFKA_BROKERS is set)')
    .action(async () => {
      const config = loadConfig();
      const logger = createLogger({ level: config.logLevel });
      const embedded = await startEmbedded(config, logger);
      logger.info({ url: embedded.gateway.url, engine: embedded.log.engine, dataDir: config.dataDir }, 'Tongban is running');
      stopOnSignals(logger, () => embedded.stop());
    });

  program
    .command('gateway')
    .description('run the gateway alone (distributed mode)')
    .action(async () => {
      const config = loadConfig();
      const logger = createLogger({ level: config.logLevel, name: 'tongban-gateway' });
      const catalog = loadContractCatalog(config.contractsDir);
      const keys = await loadKeys(config, ['gateway'], logger);
      const log = await openEventLog(config, logger);
      // Signatures on the event loop with nonces made ahead of time (crypto/es256-online.ts).
      const releaseNonces = holdSigningNonces(config, logger);
      const gateway = await startGateway({ config, log, keys, catalog, logger, metrics: createMetrics(), clock: systemClock, embedded: config.kafkaBrokers === undefined });
      stopOnSignals(logger, async () => {
        await gateway.stop();
        await log.close();
        await releaseNonces();
      });
    });

  program
    .command('adapter <department>')
    .description(`run one department's adapter (${DEPARTMENT_IDS.join(', ')})`)
    .action(async (name: string) => {
      const dept = department(name);
      const config = loadConfig();
      const logger = createLogger({ level: config.logLevel, name: `tongban-adapter-${dept}` });
      const catalog = loadContractCatalog(config.contractsDir);
      const keys = await loadKeys(config, [dept], logger);
      const log = await openEventLog(config, logger);
      const releaseNonces = holdSigningNonces(config, logger);
      const adapter = await startAdapter(dept, { config, log, keys, catalog, logger, metrics: createMetrics(), clock: systemClock });
      stopOnSignals(logger, async () => {
        await adapter.stop();
        await log.close();
        await releaseNonces();
      });
    });

  program
    .command('simulate <department>')
    .description("serve a department's simulated legacy system over HTTP, in its native format")
    .option('--port <port>', 'port to listen on', '9100')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action(async (name: string, options: { port: string; host: string }) => {
      const dept = department(name);
      if (!/^\d{1,5}$/.test(options.port) || Number(options.port) > 65535) throw new CliError(`--port must be a port number (got ${options.port})`);
      const config = loadConfig();
      const logger = createLogger({ level: config.logLevel, name: `tongban-simulator-${dept}` });
      const system = DEPARTMENT_MODULES[dept].createSimulator({ latencyMs: config.simulatorLatencyMs[dept], faults: {} });
      const served = await serveNativeSystem(system, Number(options.port), options.host);
      logger.info({ department: dept, port: served.port, latencyMs: config.simulatorLatencyMs[dept] }, `${dept} simulator listening on http://${options.host}:${served.port}`);
      stopOnSignals(logger, () => served.close());
    });
}
