import type { Logger } from '../../runtime/logger';

type Level = 'info' | 'warn' | 'error';

/**
 * A request's logger. Its lines carry its X-Request-Id as `reqId`, and the consumer once known. The
 * bindings are kept here, and the pino child is made when the request first writes a line at an
 * enabled level. Before, two children were made per request (one for the id, one for the consumer):
 * 21 µs a request at `warn`, 60 µs at `info` with the two lines a POST writes, against 0.8 and 15 µs now
 * (microbenchmark; bench/README.md, fourteenth session). Most requests write one line, when they
 * finish, and none at the benchmark's level (warn).
 */
export class RequestLogger {
  private child: Logger | undefined;

  constructor(
    private readonly base: Logger,
    private bindings: Readonly<Record<string, unknown>>,
  ) {}

  /** Adds bindings to every line written from now on. */
  bind(bindings: Readonly<Record<string, unknown>>): void {
    // Object.assign, not `{ ...a, ...b }`: a literal that begins with a spread gave every request's bindings
    // a hidden class of their own on Node 20 (eventlog/event-signature.ts, withSignature).
    this.bindings = Object.assign({}, this.bindings, bindings);
    this.child = undefined;
  }

  info(fields: object, message: string): void {
    this.write('info', fields, message);
  }

  warn(fields: object, message: string): void {
    this.write('warn', fields, message);
  }

  error(fields: object, message: string): void {
    this.write('error', fields, message);
  }

  private write(level: Level, fields: object, message: string): void {
    if (!this.base.isLevelEnabled(level)) return;
    this.child ??= this.base.child(this.bindings);
    this.child[level](fields, message);
  }
}
