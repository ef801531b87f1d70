/**
 * Nearest-rank percentile: the smallest value with at least p% of the values at or below it. Always
 * one of the observed values, so "p95 = 1,204 ms" means some request really took 1,204 ms, and small
 * samples give figures an auditor can check by hand. Undefined for an empty sample.
 */
export function percentile(sortedAscending: readonly number[], p: number): number | undefined {
  if (sortedAscending.length === 0) return undefined;
  const rank = Math.max(1, Math.ceil((p / 100) * sortedAscending.length));
  return sortedAscending[Math.min(rank, sortedAscending.length) - 1];
}
