import type { Response } from 'express';

/**
 * A JSON answer as `res.json` gives it (same status, `Content-Type` and `Content-Length`), written
 * without Express's copy: `res.send` turns a body of 1,000 characters or more into a Buffer to count its
 * bytes: for the 10 KB dossier ≈ 70 µs of a case's path when the server had idled 20 ms, as at 50
 * cases/s (a microbenchmark on the benchmark machine, bench/README.md, eighteenth session). `Buffer.byteLength` counts the same bytes in place, and
 * Node encodes the string once, as it writes it. A HEAD request gets the headers alone (Node drops the
 * body), as from `res.json`.
 */
export function answerJson(res: Response, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.status(status);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}
