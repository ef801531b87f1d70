import { Router, type RequestHandler } from 'express';
import { parseSubjectId } from '../../../identity/subject';
import { TongbanError } from '../../../runtime/errors';
import { accessHistory } from '../../access-history';
import type { GatewayDeps, Locals } from '../gateway-deps';

/** A subject's access history, for consumers whose contract grants it (a citizen's own channel). */
export function subjectsRoutes(deps: Pick<GatewayDeps, 'store'>, caller: RequestHandler[]): Router {
  const router = Router();
  router.get('/v1/subjects/:id/access', ...caller, async (req, res) => {
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
    (res.locals as Locals).log.info({ accessHistoryOf: 'subject', consumer: consumer.id }, 'access history disclosed');
    res.setHeader('Cache-Control', 'no-store');
    res.json({ subject, entries: await accessHistory(deps.store, subject) });
  });
  return router;
}
