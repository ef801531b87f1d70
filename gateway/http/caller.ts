import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { TongbanError } from '../../runtime/errors';
import type { GatewayDeps, Locals } from './gateway-deps';
import { sendProblem } from './problem';

/**
 * The two checks every /v1 route but the public department list runs first: who is calling (a bearer
 * token naming a consumer contract), and whether that consumer is within its rate limit.
 */
export function callerChecks(deps: Pick<GatewayDeps, 'authenticator' | 'isShuttingDown' | 'rateLimitPerMinute'>): RequestHandler[] {
  const authenticate = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (deps.isShuttingDown()) throw new TongbanError('TB_SHUTTING_DOWN', 'the server is shutting down; try again', { retryAfter: 1 });
    const consumer = await deps.authenticator.authenticate(req.headers.authorization);
    res.locals.consumer = consumer;
    (res.locals as Locals).log.bind({ consumer: consumer.id });
    next();
  };
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: (_req, res) => (res.locals as Locals).consumer.rateLimitPerMinute ?? deps.rateLimitPerMinute,
    keyGenerator: (_req, res) => (res.locals as Locals).consumer.id,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, res, _next, options) => {
      sendProblem(res, new TongbanError('TB_RATE_LIMITED', `at most ${String(options.limit)} requests a minute for this consumer`, { retryAfter: Math.ceil(options.windowMs / 1000) }));
    },
  });
  return [authenticate, limiter];
}
