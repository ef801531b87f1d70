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
