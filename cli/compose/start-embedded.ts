import { startSimulatorThread, type SimulatorThread } from '../../adapters/simulator-thread';
import { loadContractCatalog } from '../../catalog/contract-catalog';
import type { EventLog } from '../../eventlog/event-log';
import { systemClock, type Clock } from '../../runtime/clock';
import { DEPARTMENT_IDS, type Config, type DepartmentId } from '../../runtime/config';
import type { Logger } from '../../runtime/logger';
import { createMetrics, type Metrics } from '../../runtime/metrics';
import { OWN_SIGNATURES_HELD, ownSignatures } from '../../crypto/own-signatures';
import { EventTypes } from '../../eventlog/cloudevent';
import { loadKeys, PRODUCERS } from './keys';
import { openEventLog } from './open-event-log';
import { holdSigningNonces } from './signing-nonces';
import { startAdapter, type RunningAdapter } from './start-adapter';
import { startGateway, type RunningGateway } from './start-gateway';

/**
 * The embedded mode: gateway, five adapters and five simulators in one process over the embedded
 * event log. Exactly the components of the distributed mode, wired in one place; the simulators'
 * answers are rendered on a thread of their own unless TONGBAN_SIMULATOR_THREAD=off.
 */
export interface Embedded {
  readonly gateway: RunningGateway;
  readonly adapters: Readonly<Record<DepartmentId, RunningAdapter>>;
  readonly log: EventLog;
  readonly metrics: Metrics;
  stop(): Promise<void>;
}

/**
 * The events whose signatures are checked in this process: the adapters check every request
 * (adapters/kit/adapter-runner.ts), and the gateway checks the answers that carry no record
 * (gateway/record-verifier.ts; a data.provided is checked through its record's proof, and proofs are
 * always remembered). The others (the submission, the closing event, data.provided, dead letters) are
 * checked by `tongban audit verify` in a process of its own, so remembering them only held their texts
 * in memory until they aged out: 7 of a case's 17 signatures, the largest texts among them. Should one
 * be checked here after all, it is checked in full.
 */
const CHECKED_BY_ADAPTERS = new Set<string>([EventTypes.dataRequested]);
const CHECKED_BY_GATEWAY = new Set<string>([EventTypes.dataNotFound, EventTypes.dataRefused, EventTypes.dataFailed]);

export async function startEmbedded(config: Config, logger: Logger, clock: Clock = systemClock): Promise<Embedded> {
  // Signatures made here and checked here are remembered (crypto/own-signatures.ts): the proofs, and the
  // events named above.
  ownSignatures.hold(OWN_SIGNATURES_HELD);
  const catalog = loadContractCatalog(config.contractsDir);
  const keys = await loadKeys(config, PRODUCERS.filter((p) => p !== 'consent'), logger);
  const metrics = createMetrics();
  const log = await openEventLog(config, logger);
  // Signatures on the event loop with nonces made ahead of time (crypto/es256-online.ts).
  const releaseNonces = holdSigningNonces(config, logger);
  const parts = { config, log, keys, catalog, logger, metrics, clock };
  const adapters = {} as Record<DepartmentId, RunningAdapter>;
  let simulatorThread: SimulatorThread | undefined;
  const stopAdapters = async (): Promise<void> => {
    await Promise.all(Object.values(adapters).map((a) => a.stop()));
    await simulatorThread?.close();
  };
  try {
    const simulated = DEPARTMENT_IDS.some((d) => config.nativeEndpoints[d] === undefined);
    if (simulated && config.simulatorThread) {
      simulatorThread = startSimulatorThread({ logger });
      logger.info('the built-in simulators render their answers on a thread of their own');
    }
    for (const department of DEPARTMENT_IDS) {
      adapters[department] = await startAdapter(department, {
        ...parts,
        checkedHere: (type) => CHECKED_BY_GATEWAY.has(type),
        ...(simulatorThread ? { renderer: simulatorThread } : {}),
      });
    }
    const gateway = await startGateway({ ...parts, embedded: true, checkedHere: (type) => CHECKED_BY_ADAPTERS.has(type) });
    return {
      gateway,
      adapters,
      log,
      metrics,
      async stop() {
        await gateway.stop();
        await stopAdapters();
        await log.close();
        await releaseNonces();
      },
    };
  } catch (error) {
    await stopAdapters();
    await log.close();
    await releaseNonces();
    throw error;
  }
}
