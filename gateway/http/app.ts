import { randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Consumer, ContractCatalog } from '../../catalog/contract-catalog';
import type { KeyStore } from '../../crypto/keys';
import type { EventLog } from '../../eventlog/event-log';
import type { Clock } from '../../runtime/clock';
import { TongbanError } from '../../runtime/errors';
import type { Logger } from '../../runtime/logger';
import type { Metrics } from '../../runtime/metrics';
import { accessHistory } from '../access-history';
import type { ApplicationService } from '../application-service';
import { parseSubjectId } from '../../identity/subject';
import type { Authenticator } from '../auth/authenticator';
import { toDossier, type CaseState } from '../case-state';
import type { CaseStore } from '../case-store';
import type { CaseTracker } from '../case-tracker';
import { preferredWaitSeconds } from './prefer';
import { problemHandler, sendProblem } from './problem';

/**
 * The one-network API (一网通办): the only HTTP surface of Tongban. Routes, names and answers are the
 * public interface of the design; docs/openapi.json is generated from the same schemas.
 */
export interface GatewayDeps {
  readonly catalog: ContractCatalog;
  readonly store: CaseStore;
  readonly tracker: CaseTracker;
  readonly service: ApplicationService;
  readonly authenticator: Authenticator;
  readonly keys: KeyStore;
  readonly log: EventLog;
  readonly metrics: Metrics;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly openapi: Readonly<Record<string, unknown>>;
  readonly maxWaitSeconds: number;
  readonly bodyLimitBytes: number;
  readonly rateLimitPerMinute: number;
  isShuttingDown(): boolean;
}

interface Locals {
  consumer: Consumer;
  log: Logger;
}

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;
const TRACEPARENT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

export function createGatewayApp(deps: GatewayDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');

  // Request-scoped logger and one log line per answered request.
  app.use((req, res, next) => {
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
      if (route !== '/healthz' && route !== '/metrics' && route !== '/readyz') {
        (res.locals.log as Logger).info(
          { method: req.method, route, status: res.statusCode, ms: Math.round(ms * 10) / 10, consumer: (res.locals as Partial<Locals>).consumer?.id, correlationId: res.locals.correlationId },
          'request answered',
        );
      }
    });
    next();
  });

  // Operations endpoints: no authentication, no personal data.
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const logOk = await deps.log.healthy();
    const ready = logOk && !deps.isShuttingDown();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not-ready', eventLog: logOk ? 'up' : 'down', shuttingDown: deps.isShuttingDown() });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  app.get('/openapi.json', (_req, res) => {
    res.json(deps.openapi);
  });
  app.get('/v1/departments', (_req, res) => {
    // Public on purpose: anyone holding a dossier must be able to check its proofs.
    res.json({
      departments: [...deps.catalog.departments.values()].map((d) => ({
        id: d.id,
        name: d.name,
        nameZh: d.nameZh,
        recordTypes: d.recordTypes.map((rt) => ({ type: rt.type, schema: rt.schema, subjectKinds: rt.subjectKinds })),
        jwks: deps.keys.jwks(d.id),
      })),
    });
  });

  // Everything below needs a caller.
  const authenticate = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (deps.isShuttingDown()) throw new TongbanError('TB_SHUTTING_DOWN', 'the server is shutting down; try again', { retryAfter: 1 });
    const consumer = await deps.authenticator.authenticate(req.headers.authorization);
    res.locals.consumer = consumer;
    res.locals.log = (res.locals.log as Logger).child({ consumer: consumer.id });
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
  const json = express.json({ limit: deps.bodyLimitBytes, strict: true, type: () => true });

  app.get('/v1/matters', authenticate, limiter, (_req, res) => {
    const consumer = (res.locals as Locals).consumer;
    res.json({
      matters: consumer.matters.map((id) => {
        const m = deps.catalog.matters.get(id)!;
        return {
          id: m.id,
          name: m.name,
          nameZh: m.nameZh,
          subjectKind: m.subjectKind,
          records: m.requests.map((r) => {
            const grant = deps.catalog.grantFor(consumer, r.department, r.type);
            return { department: r.department, type: r.type, deadlineMs: r.deadlineMs, granted: grant !== undefined, ...(grant ? { category: grant.category, fields: grant.fields, consentRequired: grant.consentRequired ?? false } : {}) };
          }),
        };
      }),
    });
  });

  app.post(
    '/v1/applications',
    authenticate,
    limiter,
    (req, _res, next) => {
      const type = req.headers['content-type'] ?? '';
      if (!/^application\/(json|[\w.+-]+\+json)\s*(;|$)/i.test(type)) {
        throw new TongbanError('TB_UNSUPPORTED_MEDIA_TYPE', 'send the request body as application/json');
      }
      next();
    },
    json,
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

  app.get('/v1/applications/:id', authenticate, limiter, (req, res) => {
    const state = loadOwnCase(req, res);
    res.setHeader('Cache-Control', 'no-store');
    res.status(200).json(toDossier(state));
  });

  app.get('/v1/applications/:id/events', authenticate, limiter, (req, res) => {
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

  app.get('/v1/subjects/:id/access', authenticate, limiter, async (req, res) => {
    const consumer = (res.locals as Locals).consumer;
    if (consumer.accessHistory !== true) {
      throw new TongbanError('TB_FORBIDDEN', `the contract of "${consumer.id}" does not grant access histories`);
    }
    const subject = parseSubjectId(String(req.params.id));
    if (subject === undefined) {
      throw new TongbanError('TB_INVALID_SUBJECT', 'not a valid resident id number (GB 11643) or unified social credit code (GB 32100)', {
        errors: [{ pointer: '', detail: 'path parameter id is not a valid identifier' }],
      });
    }
    (res.locals.log as Logger).info({ accessHistoryOf: 'subject', consumer: consumer.id }, 'access history disclosed');
    res.setHeader('Cache-Control', 'no-store');
    res.json({ subject, entries: await accessHistory(deps.store, subject) });
  });

  app.use((req, _res, next) => {
    next(new TongbanError('TB_NOT_FOUND', `no route ${req.method} ${req.path.slice(0, 100)}`));
  });
  app.use(problemHandler(deps.logger));
  return app;
}

function answerWithDossier(res: Response, state: CaseState): void {
  res.setHeader('Location', `/v1/applications/${state.id}`);
  res.setHeader('Cache-Control', 'no-store');
  if (state.status === 'pending') {
    res.setHeader('Retry-After', '1');
    res.status(202).json(toDossier(state));
    return;
  }
  res.status(200).json(toDossier(state));
}
