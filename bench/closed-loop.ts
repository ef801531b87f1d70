import { cpuBetween, cpuSnapshot, type CpuSpent } from './cpu-time';
import { machineTimes, stolenShare } from './stolen-time';

/**
 * A closed loop of clients: each opens its next case as soon as its last one answered, until the time
 * is up. Saturation is measured this way for Tongban and for the floor alike.
 */
export async function closedLoop<T>(clients: number, seconds: number, openCase: () => Promise<T>): Promise<{ results: T[]; seconds: number }> {
  const results: T[] = [];
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) results.push(await openCase());
    }),
  );
  return { results, seconds: (performance.now() - started) / 1000 };
}

/**
 * A phase of load with what the benchmark reads around it: the server's CPU (over all its threads, and
 * its event loop's; null without a pid or on a system without /proc) and the share of the machine's
 * time the hypervisor took meanwhile. Tongban's phases and the floor's alike.
 */
export async function measuredLoop<T>(
  serverPid: number | null,
  load: () => Promise<{ results: T[]; seconds: number }>,
): Promise<{ results: T[]; seconds: number; serverCpu: CpuSpent | null; stolenShare: number | null }> {
  const machineBefore = machineTimes();
  const before = serverPid === null ? null : cpuSnapshot(serverPid);
  const loop = await load();
  const after = serverPid === null ? null : cpuSnapshot(serverPid);
  const stolen = stolenShare(machineBefore, machineTimes());
  return { ...loop, serverCpu: before !== null && after !== null ? cpuBetween(serverPid!, before, after) : null, stolenShare: stolen };
}

/** The closed loop of a saturation phase, measured (above). */
export function measuredClosedLoop<T>(serverPid: number | null, clients: number, seconds: number, openCase: () => Promise<T>): ReturnType<typeof measuredLoop<T>> {
  return measuredLoop(serverPid, () => closedLoop(clients, seconds, openCase));
}

/** `count` cases through `clients` callers at once: a warm-up that ends on a number, not on a clock. */
export async function casesThrough(clients: number, count: number, openCase: () => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(clients, count) }, async () => {
      while (next < count) {
        next += 1;
        await openCase();
      }
    }),
  );
}
