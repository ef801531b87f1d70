import { randomUUID } from 'node:crypto';
import type { RequestHandler, Request } from 'express';
import type { GatewayDeps } from './gateway-deps';
import { RequestLogger } from './request-logger';

const QUIET_ROUTES = new Set(['/healthz', '/metrics', '/readyz']);

/**
 * A request-scoped logger (its X-Request-Id as `reqId`, then the consumer as it becomes known;
 * request-logger.ts), one line per completed request with its correlation id, and the HTTP metrics.
 * Probes are counted but not logged.
 */
export function requestLog(deps: Pick<GatewayDeps, 'logger' | 'metrics' | 'clock'>): RequestHandler {
  return (req, res, next) => {
    const requestId = typeof req.headers['x-request-id'] === 'string' && /^[\w.-]{1,100}$/.test(req.headers['x-request-id']) ? req.headers['x-request-id'] : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    // `reqId`, as pino-http names it: `requestId` in Tongban's lines is a department request's id.
    const log = new RequestLogger(deps.logger, { reqId: requestId });
    (req as Request & { log: RequestLogger }).log = log;
    res.locals.log = log;
    const started = deps.clock.monotonic();
    res.on('finish', () => {
      const route = (req.route as { path?: string } | undefined)?.path ?? 'unmatched';
      const ms = deps.clock.monotonic() - started;
      deps.metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
      deps.metrics.httpDuration.observe({ method: req.method, route }, ms);
      if (!QUIET_ROUTES.has(route)) {
        (res.locals.log as RequestLogger).info(
          // The consumer, once known, is bound to the logger already (caller.ts): not repeated here.
          { method: req.method, route, status: res.statusCode, ms: Math.round(ms * 10) / 10, correlationId: res.locals.correlationId },
          'request completed',
        );
      }
    });
    next();
  };
}
