/**
 * The part every department simulator shares: a NativeSystem that answers after a realistic latency,
 * honours the caller's AbortSignal, and injects the faults of SimulatorOptions. The department supplies
 * only `answer` (its legacy format) and how its gateway says "unavailable".
 *
 * Faults are read from `options.faults` on every request, never copied: drills and tests flip them on a
 * running simulator. With `options.renderer` only the rendering of an answer happens elsewhere (the
 * simulator thread); the wait, the faults and the caller's signal stay here.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { SimulatedDepartment, SimulatorOptions } from '../kit/department-adapter';
import { requestUrl, type NativeRequest, type NativeResponse, type NativeSystem } from '../kit/native-system';
import { Random } from './prng';

/** Up to ±10 % around the mean, the same for the same request: answers are reproducible, not flat. */
export function simulatedLatency(department: string, meanMs: number, request: NativeRequest): number {
  if (meanMs <= 0) return 0;
  const jitter = (new Random(`${department}|latency|${requestUrl(request)}|${request.body ?? ''}`).next() * 2 - 1) * 0.1;
  return Math.max(0, Math.round(meanMs * (1 + jitter)));
}

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new Error(`request aborted${reason === undefined ? '' : `: ${String(reason)}`}`);
}

/** Never settles on its own: a hung legacy system. Rejects when the caller gives up. */
function hang(signal: AbortSignal | undefined): Promise<never> {
  return new Promise<never>((_resolve, reject) => {
    if (signal === undefined) return;
    if (signal.aborted) reject(abortError(signal));
    else signal.addEventListener('abort', () => reject(abortError(signal)), { once: true });
  });
}

export function createSimulatedSystem(options: SimulatorOptions, department: SimulatedDepartment): NativeSystem {
  return {
    async handle(request, signal) {
      if (signal?.aborted) throw abortError(signal);
      const faults = options.faults ?? {};
      if (faults.hang === true) return hang(signal);
      if (faults.down === true) return department.unavailable();
      const wait = simulatedLatency(department.department, options.latencyMs, request);
      try {
        await delay(wait, undefined, signal === undefined ? undefined : { signal });
      } catch (error) {
        throw signal?.aborted ? abortError(signal) : error;
      }
      const corrupt = options.faults?.corrupt === true;
      if (options.renderer === undefined) return department.answer(request, { corrupt });
      const response = await options.renderer.answer(department.department, request, corrupt);
      if (signal?.aborted) throw abortError(signal);
      return response;
    },
  };
}
