import fs from 'node:fs';

/**
 * CPU time of a process, thread by thread, from Linux's /proc/<pid>/task/<tid>/schedstat (nanoseconds
 * on a CPU). The saturation phase reports it per case: how much CPU a case costs in all, and how much
 * of it is the event loop's (the main thread, whose tid is the pid), which is what limits throughput
 * while the machine still has a core to spare. Elsewhere than Linux there is nothing to read: null.
 */
export type CpuSnapshot = ReadonlyMap<number, number>;

export function cpuSnapshot(pid: number): CpuSnapshot | null {
  try {
    const byThread = new Map<number, number>();
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      try {
        byThread.set(Number(tid), Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]));
      } catch {
        // the thread ended between listing and reading: its time is lost, as it would be to `ps`
      }
    }
    return byThread;
  } catch {
    return null;
  }
}

export interface CpuSpent {
  /** Milliseconds of CPU over all threads. */
  readonly totalMs: number;
  /** Milliseconds of CPU on the main thread (the event loop). */
  readonly mainMs: number;
}

/** CPU spent between two snapshots; threads started in between count from zero. */
export function cpuBetween(pid: number, before: CpuSnapshot, after: CpuSnapshot): CpuSpent {
  let totalNs = 0;
  let mainNs = 0;
  for (const [tid, ns] of after) {
    const spent = ns - (before.get(tid) ?? 0);
    totalNs += spent;
    if (tid === pid) mainNs = spent;
  }
  return { totalMs: totalNs / 1e6, mainMs: mainNs / 1e6 };
}
