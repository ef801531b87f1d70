import { Router, type RequestHandler } from 'express';
import type { GatewayDeps, Locals } from '../gateway-deps';

/** The matters a caller may open, and for each record what its contract grants. */
export function mattersRoutes(deps: Pick<GatewayDeps, 'catalog'>, caller: RequestHandler[]): Router {
  const router = Router();
  router.get('/v1/matters', ...caller, (_req, res) => {
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
  return router;
}
