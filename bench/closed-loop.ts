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
