/**
 * Runs an async step over a stream with up to `concurrency` steps in flight, yielding results in input
 * order. Signature checks dominate `audit verify`, and WebCrypto runs them off the main thread, so
 * keeping several in flight is what lets verification keep up with reading; results still come out
 * in log order, which the chain and order checks need. At most `concurrency` items are held at once.
 *
 * If reading the source fails, the results already started are yielded first and the error is thrown
 * after them, so a caller can report exactly where the log became unreadable.
 */
export async function* mapInOrder<T, R>(
  source: AsyncIterable<T>,
  concurrency: number,
  step: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const iterator = source[Symbol.asyncIterator]();
  const inFlight: Promise<R>[] = [];
  let sourceDone = false;
  let failure: { readonly error: unknown } | undefined;
  try {
    while (!sourceDone) {
      let next: IteratorResult<T>;
      try {
        next = await iterator.next();
      } catch (error) {
        failure = { error };
        sourceDone = true;
        break;
      }
      if (next.done === true) {
        sourceDone = true;
        break;
      }
      const result = step(next.value);
      // Rejections are handled when the result's turn comes; this only silences the early warning.
      result.catch(() => undefined);
      inFlight.push(result);
      if (inFlight.length >= Math.max(1, concurrency)) yield await inFlight.shift()!;
    }
    while (inFlight.length > 0) yield await inFlight.shift()!;
  } finally {
    // The consumer stopped early: let the source release what it holds (cursors, connections).
    if (!sourceDone) await iterator.return?.();
  }
  if (failure !== undefined) throw failure.error;
}
