import type { ContractCatalog } from '../../catalog/contract-catalog';
import type { KeyStore } from '../../crypto/keys';
import type { EventLog } from '../../eventlog/event-log';
import { createEventProducer } from '../../eventlog/event-producer';
import { DEPARTMENT_MODULES } from '../../adapters/departments';
import { createAdapterRunner, type AdapterRunner } from '../../adapters/kit/adapter-runner';
import type { AnswerRenderer, SimulatorOptions } from '../../adapters/kit/department-adapter';
import { httpNativeSystem, type NativeSystem } from '../../adapters/kit/native-system';
import type { Clock } from '../../runtime/clock';
import type { Config, DepartmentId } from '../../runtime/config';
import type { Logger } from '../../runtime/logger';
import type { Metrics } from '../../runtime/metrics';
import { chainInstance } from './chain-instance';

export interface AdapterParts {
  readonly config: Config;
  readonly log: EventLog;
  readonly keys: KeyStore;
  readonly catalog: ContractCatalog;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly clock: Clock;
  /** Which of the adapter's events something in this process checks (event-producer.ts). */
  readonly checkedHere?: (type: string) => boolean;
  /** Where a built-in simulator renders its answers (the embedded mode's simulator thread); else on this thread. */
  readonly renderer?: AnswerRenderer;
}

export interface RunningAdapter {
  readonly runner: AdapterRunner;
  /** The built-in simulator's options (mutable faults), when the adapter serves from it. */
  readonly simulator: SimulatorOptions | undefined;
  stop(): Promise<void>;
}

/**
 * Starts one department's adapter. With no native endpoint configured it serves from the department's
 * built-in simulator, and says so in the log: a real deployment sets TONGBAN_<DEPT>_ENDPOINT.
 */
export async function startAdapter(department: DepartmentId, parts: AdapterParts): Promise<RunningAdapter> {
  const { config, logger } = parts;
  const module = DEPARTMENT_MODULES[department];
  const endpoint = config.nativeEndpoints[department];
  let native: NativeSystem;
  let simulator: SimulatorOptions | undefined;
  if (endpoint !== undefined) {
    native = httpNativeSystem(endpoint);
    logger.info({ department, endpoint }, `${department} adapter calls its native system at ${endpoint}`);
  } else {
    simulator = { latencyMs: config.simulatorLatencyMs[department], faults: {}, ...(parts.renderer ? { renderer: parts.renderer } : {}) };
    native = module.createSimulator(simulator);
    logger.info({ department, latencyMs: simulator.latencyMs }, `${department} adapter serves from its built-in simulator (no native endpoint configured)`);
  }
  const producer = await createEventProducer({
    log: parts.log,
    key: parts.keys.signingKey(department),
    instance: chainInstance(config),
    clock: parts.clock,
    ...(parts.checkedHere ? { checkedHere: parts.checkedHere } : {}),
  });
  const runner = createAdapterRunner({
    adapter: module.createAdapter(native),
    log: parts.log,
    producer,
    keys: parts.keys,
    catalog: parts.catalog,
    clock: parts.clock,
    logger,
    metrics: parts.metrics,
  });
  await runner.start();
  return { runner, simulator, stop: () => runner.stop() };
}
