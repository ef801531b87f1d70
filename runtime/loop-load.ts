import { performance } from 'node:perf_hooks';

/**
 * Whether this thread's event loop has had time to spare lately: busy less than `threshold` of the
 * last window, by libuv's own accounting (performance.eventLoopUtilization). Asking is cheap; a fresh
 * reading is taken at most once a window, so a burst does not flip the answer back and forth.
 */
export interface LoopLoad {
  quiet(): boolean;
}

export function loopLoad(options: { readonly windowMs?: number; readonly threshold?: number } = {}): LoopLoad {
  const windowMs = options.windowMs ?? 100;
  const threshold = options.threshold ?? 0.75;
  let mark = performance.eventLoopUtilization();
  let quiet = true;
  return {
    quiet() {
      const since = performance.eventLoopUtilization(mark);
      if (since.idle + since.active >= windowMs) {
        quiet = since.utilization < threshold;
        mark = performance.eventLoopUtilization();
      }
      return quiet;
    },
  };
}
