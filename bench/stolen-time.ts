import fs from 'node:fs';

/**
 * Time the hypervisor took from this virtual machine while a phase ran: the `steal` column of Linux's
 * /proc/stat, as a share of all the machine's CPU time. On a shared VM the same code runs at very
 * different speeds from hour to hour (bench/README.md); a phase with a high share ran while the host
 * was busy with other machines, and its figures say so. Null where there is no /proc/stat.
 */
export interface MachineTimes {
  /** Clock ticks the hypervisor took, over all CPUs. */
  readonly steal: number;
  /** Clock ticks of every kind, over all CPUs. */
  readonly total: number;
}

/** The aggregate `cpu` line of /proc/stat: user nice system idle iowait irq softirq steal (guest time is part of user). */
export function parseProcStat(text: string): MachineTimes | null {
  const line = text.split('\n').find((l) => l.startsWith('cpu '));
  if (line === undefined) return null;
  const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (ticks.length < 8 || ticks.some((t) => !Number.isFinite(t))) return null;
  return { steal: ticks[7]!, total: ticks.reduce((a, b) => a + b, 0) };
}

export function machineTimes(): MachineTimes | null {
  try {
    return parseProcStat(fs.readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null;
  }
}

/** The share of the machine's time stolen between two readings, or null. */
export function stolenShare(before: MachineTimes | null, after: MachineTimes | null): number | null {
  if (before === null || after === null || after.total <= before.total) return null;
  return Math.round(((after.steal - before.steal) / (after.total - before.total)) * 1000) / 1000;
}

/**
 * From this share on, a phase measured the host as much as Tongban. Of the sixteenth and seventeenth
 * sessions' twelve full runs, the one whose overhead p50 missed its target ran its moderate phase while
 * the hypervisor took 10.4 %; the highest p50 that passed (4.8 ms) came with 4.5 % (bench/README.md).
 * The report says so beside the figure rather than dropping or repeating the phase: what to make of it
 * is the reader's call.
 */
export const BUSY_HOST_SHARE = 0.05;

/** What a phase's report line says about the hypervisor's share, flagged from BUSY_HOST_SHARE on; empty for null. */
export function stolenText(share: number | null): string {
  if (share === null) return '';
  const text = `; the hypervisor took ${Math.round(share * 1000) / 10} % of the machine's time`;
  return share < BUSY_HOST_SHARE ? text : `${text} (a busy host: this phase measured it as much as Tongban; run again in a quieter hour)`;
}
