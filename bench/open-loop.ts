/**
 * An open loop: `rate` cases a second for `seconds`, each opened on time whatever the earlier ones are
 * doing, as a service hall's callers arrive. The benchmark's moderate load, and `bench:compare --rate`.
 * Resolves once every case has answered, with the results in the order they came; the first failure
 * rejects.
 */
export function openLoop<T>(rate: number, seconds: number, openCase: () => Promise<T>, onResult?: (result: T) => void): Promise<{ results: T[]; seconds: number }> {
  const total = Math.max(1, Math.round(rate * seconds));
  const results: T[] = [];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let sent = 0;
    const tick = (): void => {
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
      while (sent < due) {
        sent += 1;
        openCase().then((result) => {
          results.push(result);
          onResult?.(result);
          if (results.length === total) resolve({ results, seconds: (performance.now() - started) / 1000 });
        }, reject);
      }
      if (sent < total) setTimeout(tick, 5);
    };
    tick();
  });
}
