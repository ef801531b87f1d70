import express from 'express';
import { TongbanError } from '../../runtime/errors';
import { callerChecks } from './caller';
import type { GatewayDeps } from './gateway-deps';
import { problemHandler } from './problem';
import { requestLog } from './request-log';
import { applicationsRoutes } from './routes/applications';
import { mattersRoutes } from './routes/matters';
import { operationsRoutes } from './routes/operations';
import { subjectsRoutes } from './routes/subjects';

export type { GatewayDeps } from './gateway-deps';

/**
 * The one-network API (一网通办): the only HTTP surface of Tongban. Routes, names and answers are the
 * public interface of the design; /openapi.json is generated from the same schemas.
 */
export function createGatewayApp(deps: GatewayDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use(requestLog(deps));
  app.use(operationsRoutes(deps));
  const caller = callerChecks(deps);
  app.use(mattersRoutes(deps, caller));
  app.use(applicationsRoutes(deps, caller));
  app.use(subjectsRoutes(deps, caller));
  app.use((req, _res, next) => {
    next(new TongbanError('TB_NOT_FOUND', `no route ${req.method} ${req.path.slice(0, 100)}`));
  });
  app.use(problemHandler(deps.logger));
  return app;
}
