import { DEPARTMENT_MODULES } from '../adapters/departments';
import type { Subject } from '../identity/subject';
import type { Config, DepartmentId } from '../runtime/config';
import type { Matter } from '../catalog/contract-catalog';

/**
 * The way a service hall works without Tongban: ask each department's system in turn. Uses the same
 * simulators (same latencies) and the same adapters' translation, in-process, so the comparison is
 * only about waiting in sequence versus in parallel.
 */
export function createSequentialCaller(config: Config, matter: Matter) {
  const adapters = matter.requests.map((r) => {
    const department = r.department as DepartmentId;
    const module = DEPARTMENT_MODULES[department];
    const native = module.createSimulator({ latencyMs: config.simulatorLatencyMs[department], faults: {} });
    return { request: r, adapter: module.createAdapter(native) };
  });
  return async function runCase(subject: Subject, requestId: string): Promise<number> {
    const started = performance.now();
    for (const { request, adapter } of adapters) {
      const outcome = await adapter.lookup({ recordType: request.type, subject, requestId });
      if (outcome.kind !== 'found') throw new Error(`sequential baseline: ${request.department} answered ${outcome.kind}`);
    }
    return performance.now() - started;
  };
}
