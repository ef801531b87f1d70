import type { ErrorRequestHandler, Response } from 'express';
import { isTongbanError, problemType, TongbanError, type ErrorCode } from '../../runtime/errors';
import type { Logger } from '../../runtime/logger';
import type { RequestLogger } from './request-logger';

/**
 * RFC 9457 problem details. Every error answer is `application/problem+json` with a stable `type`
 * URI and `code`, and validation problems list every failing field under `errors`. Internal details
 * (stack traces, SQL, key ids) never reach the caller; they go to the log with the request id.
 */
export function sendProblem(res: Response, error: TongbanError, instance?: string): void {
  const body: Record<string, unknown> = {
    type: problemType(error.code),
    title: error.status >= 500 && !error.retriable ? 'Internal error' : titleOf(error.code),
    status: error.status,
    detail: error.status >= 500 && !error.retriable ? 'an internal error occurred; it has been logged' : error.message,
    code: error.code,
    ...(instance ? { instance } : {}),
  };
  if (error.errors.length > 0) body.errors = error.errors;
  if (error.retryAfter !== undefined) res.setHeader('Retry-After', String(error.retryAfter));
  if (error.status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="tongban", error="invalid_token"');
  res.status(error.status).type('application/problem+json').send(JSON.stringify(body));
}

function titleOf(code: ErrorCode): string {
  return new TongbanError(code).message;
}

export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const problem = isTongbanError(error) ? error : new TongbanError('TB_INTERNAL', undefined, { cause: error });
    const log = (req as { log?: RequestLogger }).log ?? logger;
    if (problem.status >= 500) log.error({ err: error, code: problem.code }, 'request failed');
    else log.info({ code: problem.code, status: problem.status }, 'request refused');
    if (res.headersSent) {
      res.end();
      return;
    }
    sendProblem(res, problem, req.originalUrl.split('?')[0]);
  };
}
