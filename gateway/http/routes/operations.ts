import { Router } from 'express';
import type { GatewayDeps } from '../gateway-deps';

/** Probes, metrics, the API description and the departments' keys: no caller, no personal data. */
export function operationsRoutes(deps: Pick<GatewayDeps, 'log' | 'isShuttingDown' | 'metrics' | 'openapi' | 'catalog' | 'keys'>): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const logOk = await deps.log.healthy();
    const ready = logOk && !deps.isShuttingDown();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not-ready', eventLog: logOk ? 'up' : 'down', shuttingDown: deps.isShuttingDown() });
  });
  router.get('/metrics', async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  router.get('/openapi.json', (_req, res) => {
    res.json(deps.openapi);
  });
  router.get('/v1/departments', (_req, res) => {
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
  return router;
}
