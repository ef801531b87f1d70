import { Router, type Request, type RequestHandler, type Response } from 'express';
import { TongbanError } from '../../../runtime/errors';
import { toDossier, type CaseState } from '../../case-state';
import type { GatewayDeps, Locals } from '../gateway-deps';
import { answerJson } from '../json-answer';
import { jsonBody } from '../json-body';
import { preferredWaitSeconds } from '../prefer';

/**
 * Opening a case and following it: POST answers with the finished dossier within `Prefer: wait`, or 202
 * at once; GET reads a dossier; the events route streams it as server-sent events until it closes.
 * A consumer only ever sees its own cases.
 */
const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;
const TRACEPARENT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

export function applicationsRoutes(
  deps: Pick<GatewayDeps, 'service' | 'tracker' | 'store' | 'maxWaitSeconds' | 'bodyLimitBytes'>,
  caller: RequestHandler[],
): Router {
  const router = Router();
  router.post(
    '/v1/applications',
    ...caller,
    (req, _res, next) => {
      const type = req.headers['content-type'] ?? '';
      if (!/^application\/(json|[\w.+-]+\+json)\s*(;|$)/i.test(type)) {
        throw new TongbanError('TB_UNSUPPORTED_MEDIA_TYPE', 'send the request body as application/json');
      }
      next();
    },
    jsonBody(deps.bodyLimitBytes),
    async (req, res) => {
      const locals = res.locals as Locals;
      const key = req.headers['idempotency-key'];
      if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key))) {
        throw new TongbanError('TB_INVALID_REQUEST', 'Idempotency-Key must be 1 to 200 visible ASCII characters', { errors: [{ pointer: '', detail: 'Idempotency-Key header is malformed' }] });
      }
      const traceparent = typeof req.headers.traceparent === 'string' && TRACEPARENT.test(req.headers.traceparent) ? req.headers.traceparent : undefined;
      const prefer = req.headers.prefer;
      const wait = preferredWaitSeconds(Array.isArray(prefer) ? prefer.join(',') : prefer, deps.maxWaitSeconds);
      const { state, created } = await deps.service.submit(locals.consumer, req.body, {
        ...(key !== undefined ? { idempotencyKey: key } : {}),
        ...(traceparent ? { traceparent } : {}),
      });
      res.locals.correlationId = state.id;
      locals.log.info({ correlationId: state.id, matter: state.matter, created }, created ? 'case accepted' : 'case returned for a repeated Idempotency-Key');
      const final = wait === undefined ? state : ((await deps.tracker.waitFor(state.id, wait * 1000)) ?? state);
      if (wait !== undefined) res.setHeader('Preference-Applied', `wait=${wait}`);
      answerWithDossier(res, final);
    },
  );

  const loadOwnCase = (req: Request, res: Response): CaseState => {
    const id = String(req.params.id);
    const state = ID_PATTERN.test(id) ? deps.store.get(id) : undefined;
    // A case of another consumer is reported as missing: its existence is not the caller's business.
    if (state === undefined || state.consumer !== (res.locals as Locals).consumer.id) {
      throw new TongbanError('TB_NOT_FOUND', `no application ${id.slice(0, 64)}`);
    }
    res.locals.correlationId = state.id;
    return state;
  };

  router.get('/v1/applications/:id', ...caller, (req, res) => {
    const state = loadOwnCase(req, res);
    res.setHeader('Cache-Control', 'no-store');
    answerJson(res, 200, toDossier(state));
  });

  router.get('/v1/applications/:id/events', ...caller, (req, res) => {
    const state = loadOwnCase(req, res);
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    let counter = 0;
    const send = (s: CaseState): void => {
      counter += 1;
      res.write(`id: ${counter}\nevent: ${s.status === 'pending' ? 'progress' : 'completed'}\ndata: ${JSON.stringify(toDossier(s))}\n\n`);
    };
    let stop = (): void => undefined;
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    const finish = (): void => {
      clearInterval(heartbeat);
      stop();
      res.end();
    };
    send(state);
    if (state.status !== 'pending') {
      finish();
      return;
    }
    stop = deps.tracker.watch(state.id, (s) => {
      send(s);
      if (s.status !== 'pending') finish();
    });
    req.on('close', finish);
  });

  return router;
}

function answerWithDossier(res: Response, state: CaseState): void {
  res.setHeader('Location', `/v1/applications/${state.id}`);
  res.setHeader('Cache-Control', 'no-store');
  if (state.status === 'pending') {
    res.setHeader('Retry-After', '1');
    answerJson(res, 202, toDossier(state));
    return;
  }
  answerJson(res, 200, toDossier(state));
}
