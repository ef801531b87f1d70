import type { EventLog } from '../../eventlog/event-log';
import type { Dossier } from '../../gateway/case-state';
import { call, countEvents, DEMO_CITIZEN, startTestSystem, type TestSystem } from '../support/test-system';

/**
 * Injected: the event log refuses writes (a full disk, a broker outage). Asserted: the caller gets 503
 * with a Retry-After hint at once, never a hang or a 500; no half case is left behind; readiness says
 * not ready while the log is down; and the same request succeeds once the log is back.
 */
describe('event log unavailable', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => system.stop());

  test('503 with Retry-After while the log refuses writes, then business as usual', async () => {
    const token = await system.token();
    const log = system.embedded.log as { append: EventLog['append']; healthy: EventLog['healthy'] };
    const append = log.append.bind(log);
    const healthy = log.healthy.bind(log);
    const before = await countEvents(system);
    log.append = async () => {
      throw new Error('SQLITE_FULL: database or disk is full');
    };
    log.healthy = async () => false;
    const body = { matter: 'newborn', subject: { idNumber: DEMO_CITIZEN }, purpose: 'outage test' };
    const started = Date.now();
    const refused = await call<{ code: string; detail: string }>(system, 'POST', '/v1/applications', { token, body, headers: { prefer: 'wait=20', 'idempotency-key': 'outage-1' } });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(refused.body.code).toBe('TB_LOG_UNAVAILABLE');
    expect(refused.body.detail).not.toMatch(/SQLITE/);
    expect((await call(system, 'GET', '/readyz')).status).toBe(503);

    log.append = append;
    log.healthy = healthy;
    expect(await countEvents(system)).toBe(before);
    expect((await call(system, 'GET', '/readyz')).status).toBe(200);
    const retried = await call<Dossier>(system, 'POST', '/v1/applications', { token, body, headers: { prefer: 'wait=20', 'idempotency-key': 'outage-1' } });
    expect(retried.status).toBe(200);
    expect(retried.body.status).toBe('completed');
  });
});
