import path from 'node:path';
import { EventTypes } from '../../eventlog/cloudevent';
import type { EventLog } from '../../eventlog/event-log';
import { openSqliteEventLog } from '../../eventlog/sqlite/sqlite-event-log';
import { Topics } from '../../eventlog/topics';
import type { Dossier } from '../../gateway/case-state';
import { call, countEvents, DEMO_CITIZEN, startTestSystem, type TestSystem } from '../support/test-system';

/**
 * Injected: the event log refuses writes (a full disk, a broker outage). Asserted: the caller gets 503
 * with a Retry-After hint at once, never a hang or a 500; no half case is left behind; readiness says
 * not ready while the log is down; and the same request succeeds once the log is back.
 */
/**
 * Makes the log refuse the first append that opens a case, as a produce request that timed out: the
 * events it held are kept, for the test to let them reach the log later.
 */
function refuseFirstSubmission(log: { append: EventLog['append'] }, append: EventLog['append']): { events?: Parameters<EventLog['append']>[0] } {
  const held: { events?: Parameters<EventLog['append']>[0] } = {};
  log.append = async (events) => {
    if (held.events === undefined && events.some((e) => e.event.type === EventTypes.applicationSubmitted)) {
      held.events = events;
      throw new Error('request timed out');
    }
    return append(events);
  };
  return held;
}

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

  test('the closing event cannot be written for a while: the case stays open, then closes once, with every record', async () => {
    const token = await system.token();
    const log = system.embedded.log as { append: EventLog['append'] };
    const append = log.append.bind(log);
    let refusals = 0;
    log.append = async (events) => {
      if (events.some((e) => e.event.type === EventTypes.applicationCompleted) && refusals < 2) {
        refusals += 1;
        throw new Error('SQLITE_IOERR');
      }
      return append(events);
    };
    const accepted = await call<Dossier>(system, 'POST', '/v1/applications', { token, body: { matter: 'newborn', subject: { idNumber: DEMO_CITIZEN }, purpose: 'close retry' } });
    let dossier = accepted.body;
    for (let i = 0; i < 200 && dossier.status === 'pending'; i++) {
      await new Promise((r) => setTimeout(r, 25));
      dossier = (await call<Dossier>(system, 'GET', `/v1/applications/${accepted.body.id}`, { token })).body;
    }
    log.append = append;
    expect(refusals).toBe(2);
    expect(dossier.status).toBe('completed');
    expect(dossier.records.map((r) => r.status)).toEqual(['provided', 'provided', 'provided']);
    let closings = 0;
    for await (const stored of system.embedded.log.replay([Topics.applications])) {
      if (stored.event.correlationid === accepted.body.id && stored.event.type === EventTypes.applicationCompleted) closings += 1;
    }
    expect(closings).toBe(1);
  });
  test('a refused submission that lands after all, while its retry is being written: the key gives that first case', async () => {
    // Kafka cannot take back a produce request the broker holds unanswered (README, "Distributed mode"):
    // the caller got 503, retried with the same key, and the first submission reached the log meanwhile.
    const token = await system.token();
    const log = system.embedded.log as { append: EventLog['append'] };
    const append = log.append.bind(log);
    const body = { matter: 'newborn', subject: { idNumber: DEMO_CITIZEN }, purpose: 'late landing' };
    const headers = { prefer: 'wait=20', 'idempotency-key': 'landed-late-1' };
    const held = refuseFirstSubmission(log, append);
    try {
      const refused = await call(system, 'POST', '/v1/applications', { token, body, headers });
      expect(refused.status).toBe(503);
      const firstId = held.events!.find((e) => e.event.type === EventTypes.applicationSubmitted)!.event.correlationid;
      let landed = false;
      log.append = async (events) => {
        if (!landed && events.some((e) => e.event.type === EventTypes.applicationSubmitted)) {
          // The held submission lands first, and the gateway takes it in, before the retry's own lands.
          landed = true;
          await append(held.events!);
          for (let i = 0; i < 100 && (await call(system, 'GET', `/v1/applications/${firstId}`, { token })).status !== 200; i++) await new Promise((r) => setTimeout(r, 20));
        }
        return append(events);
      };
      const retried = await call<Dossier>(system, 'POST', '/v1/applications', { token, body, headers });
      expect(landed).toBe(true);
      expect({ status: retried.status, id: retried.body.id }).toEqual({ status: 200, id: firstId });
      expect(retried.body.status).toBe('completed');
      // Asked again, the key still gives the first case.
      const again = await call<Dossier>(system, 'POST', '/v1/applications', { token, body, headers });
      expect(again.body.id).toBe(firstId);
    } finally {
      log.append = append;
    }
  });

  test('a refused submission that reached the log before its retry, not yet taken in: the retry waits for the gateway to catch up, and no second case is written', async () => {
    // On Kafka the broker stores a timed-out produce request once it answers again, and the retry may come
    // before the gateway's consumer has read it (test/kafka/distributed-faults.test.ts, a broker that stops
    // answering). Here the held submission is written through a second connection to the file, as another
    // process would write it: the gateway's subscription finds it at its next poll, not at once.
    const token = await system.token();
    const log = system.embedded.log as { append: EventLog['append'] };
    const append = log.append.bind(log);
    const key = 'landed-before-retry-1';
    const body = { matter: 'newborn', subject: { idNumber: DEMO_CITIZEN }, purpose: 'landed before the retry' };
    const headers = { prefer: 'wait=20', 'idempotency-key': key };
    const held = refuseFirstSubmission(log, append);
    const other = openSqliteEventLog({ file: path.join(system.dataDir, 'events.db') });
    try {
      const refused = await call(system, 'POST', '/v1/applications', { token, body, headers });
      expect(refused.status).toBe(503);
      log.append = append;
      const firstId = held.events!.find((e) => e.event.type === EventTypes.applicationSubmitted)!.event.correlationid;
      await other.append(held.events!);

      const retried = await call<Dossier>(system, 'POST', '/v1/applications', { token, body, headers });
      expect({ status: retried.status, id: retried.body.id, outcome: retried.body.status }).toEqual({ status: 200, id: firstId, outcome: 'completed' });
      const withKey: string[] = [];
      for await (const stored of system.embedded.log.replay([Topics.applications])) {
        const data = stored.event.data as { idempotencyKey?: string };
        if (stored.event.type === EventTypes.applicationSubmitted && data.idempotencyKey === key) withKey.push(stored.event.correlationid);
      }
      expect(withKey).toEqual([firstId]);
    } finally {
      log.append = append;
      await other.close();
    }
  });
});
