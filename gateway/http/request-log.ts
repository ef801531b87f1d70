import { randomUUID } from 'node:crypto';
import type { RequestHandler, Request } from 'express';
import type { Logger } from '../../runtime/logger';
import type { GatewayDeps, Locals } from './gateway-deps';

const QUIET_ROUTES = new Set(['/healthz', '/metrics', '/readyz']);

/**
 * A request-scoped logger (request id, then consumer and correlation id as they become known), one log
 * line per answered request, and the HTTP metrics. Probes are counted but not logged.
 */
export function requestLog(deps: Pick<GatewayDeps, 'logger' | 'metrics' | 'clock'>): RequestHandler {
  return (req, res, next) => {
    const requestId = typeof req.headers['x-request-id'] === 'string' && /^[\w.-]{1,100}$/.test(req.headers['x-request-id']) ? req.headers['x-request-id'] : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const log = deps.logger.child({ requestId });
    (req as Request & { log: Logger }).log = log;
    res.locals.log = log;
    const started = deps.clock.monotonic();
    res.on('finish', () => {
      const route = (req.route as { path?: string } | undefined)?.path ?? 'unmatched';
      const ms = deps.clock.monotonic() - started;
      deps.metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
      deps.metrics.httpDuration.observe({ method: req.method, route }, ms);
      if (!QUIET_ROUTES.has(route)) {
        (res.locals.log as Logger).info(
          { method: req.method, route, status: res.statusCode, ms: Math.round(ms * 10) / 10, consumer: (res.locals as Partial<Locals>).consumer?.id, correlationId: res.locals.correlationId },
          'request answered',
        );
      }
    });
    next();
  };
}
