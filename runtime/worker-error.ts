/**
 * What a worker thread's `error` event carries, as an Error with a message. An error of a class the
 * structured clone does not know (better-sqlite3's SqliteError, for one) arrives as a plain object
 * with its `code` and without its message.
 */
export function workerError(error: unknown, what: string): Error {
  if (error instanceof Error) return error;
  const fields = (error ?? {}) as { message?: unknown; code?: unknown };
  const detail = [fields.message, fields.code].filter((x) => typeof x === 'string' && x !== '').join(', ');
  return new Error(`${what} failed${detail === '' ? '' : `: ${detail}`}`);
}
