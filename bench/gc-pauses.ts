/**
 * The server's garbage-collection pauses during a phase, read from its own Prometheus metrics: every
 * Tongban process exports prom-client's default metrics, among them `tongban_nodejs_gc_duration_seconds`,
 * a histogram of the event loop's GC pauses by kind (minor: scavenges of the young generation; major:
 * the final pause of a full collection; incremental: marking steps; weakcb: weak callbacks).
 *
 * At moderate load after the saturating warm-up, scavenges of 6–13 ms came every ≈ 0.7 s on the
 * benchmark machine (bench/README.md, ninth session): a case that meets one carries it in its overhead,
 * so they set much of the p99. The report says how many there were in the phase, and how long.
 */
export interface GcPauses {
  /** Pauses of every kind. */
  readonly count: number;
  readonly ms: number;
  /** Pauses longer than 10 ms (the histogram's `le="0.01"` bucket counts the others). */
  readonly over10ms: number;
  /** Scavenges alone. */
  readonly minorCount: number;
  readonly minorMs: number;
}

const METRIC = 'tongban_nodejs_gc_duration_seconds';

/** The totals since the process started, from the Prometheus text format; null if the metric is missing. */
export function parseGcPauses(text: string): GcPauses | null {
  let count = 0;
  let seconds = 0;
  let within10ms = 0;
  let minorCount = 0;
  let minorSeconds = 0;
  let seen = false;
  for (const line of text.split('\n')) {
    if (!line.startsWith(METRIC)) continue;
    const match = /^(\w+)\{([^}]*)\}\s+(\S+)/.exec(line);
    if (match === null) continue;
    const [, name, labels, raw] = match;
    const value = Number(raw);
    if (!Number.isFinite(value)) return null;
    const minor = /(^|,)kind="minor"/.test(labels!);
    if (name === `${METRIC}_count`) {
      seen = true;
      count += value;
      if (minor) minorCount += value;
    } else if (name === `${METRIC}_sum`) {
      seconds += value;
      if (minor) minorSeconds += value;
    } else if (name === `${METRIC}_bucket` && /(^|,)le="0\.01"/.test(labels!)) within10ms += value;
  }
  return seen ? { count, ms: seconds * 1000, over10ms: count - within10ms, minorCount, minorMs: minorSeconds * 1000 } : null;
}

/** The server's totals now (GET /metrics), or null when it does not export them. */
export async function readGcPauses(url: string): Promise<GcPauses | null> {
  try {
    const response = await fetch(`${url}/metrics`);
    return response.ok ? parseGcPauses(await response.text()) : null;
  } catch {
    return null;
  }
}

/** The pauses between two readings; null when either is missing. */
export function gcPausesBetween(before: GcPauses | null, after: GcPauses | null): GcPauses | null {
  if (before === null || after === null) return null;
  return {
    count: after.count - before.count,
    ms: after.ms - before.ms,
    over10ms: after.over10ms - before.over10ms,
    minorCount: after.minorCount - before.minorCount,
    minorMs: after.minorMs - before.minorMs,
  };
}
