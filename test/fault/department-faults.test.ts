import path from 'node:path';
import type { DataProvided } from '../../catalog/generated/events--data-provided.v1';
import { loadKeyStore, type KeyStore } from '../../crypto/keys';
import { signProof } from '../../crypto/record-proof';
import { EventTypes, type CloudEvent } from '../../eventlog/cloudevent';
import { createEventProducer } from '../../eventlog/event-producer';
import { Topics } from '../../eventlog/topics';
import type { Dossier } from '../../gateway/case-state';
import { systemClock } from '../../runtime/clock';
import { listDeadLetters, replayDeadLetter } from '../../gateway/dead-letters';
import type { DepartmentId } from '../../runtime/config';
import { call, DEMO_CITIZEN, startTestSystem, type TestSystem } from '../support/test-system';

/**
 * Faults injected into one department at a time, through the real system. Each test states what was
 * injected and asserts what the caller and the auditor see: the other departments unaffected, the faulty
 * one reported precisely, nothing passed on unverified, nothing duplicated.
 */
describe('slow, failing and corrupt departments', () => {
  let system: TestSystem;
  let token: string;

  beforeAll(async () => {
    system = await startTestSystem();
    token = await system.token();
  });
  afterAll(async () => system.stop());
  afterEach(() => {
    for (const adapter of Object.values(system.embedded.adapters)) {
      const faults = adapter.simulator!.faults!;
      delete faults.down;
      delete faults.hang;
      delete faults.corrupt;
    }
  });

  const faults = (department: DepartmentId) => system.embedded.adapters[department].simulator!.faults!;
  const subsistence = () =>
    call<Dossier>(system, 'POST', '/v1/applications', {
      token,
      headers: { prefer: 'wait=30' },
      body: { matter: 'subsistence-allowance', subject: { idNumber: DEMO_CITIZEN }, purpose: 'fault test' },
    });

  /**
   * The case's dead letters, once there are any (or after ~2 s). The gateway marks a record invalid and
   * then writes its dead letter; a reader of the dossier can see the first a moment before the second.
   */
  async function deadLetters(applicationId: string): Promise<CloudEvent[]> {
    for (let attempt = 0; ; attempt++) {
      const out: CloudEvent[] = [];
      for await (const s of system.embedded.log.replay([Topics.deadLetter])) if (s.event.correlationid === applicationId) out.push(s.event);
      if (out.length > 0 || attempt >= 80) return out;
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  test('injected: every answer of a case delivered twice → the dossier holds one record per request', async () => {
    const { body } = await subsistence();
    expect(body.status).toBe('completed');
    const answers: { topic: string; event: CloudEvent }[] = [];
    for await (const s of system.embedded.log.replay(Object.keys(system.embedded.adapters).map((d) => Topics.responses(d)))) {
      if (s.event.correlationid === body.id) answers.push({ topic: s.topic, event: s.event });
    }
    expect(answers).toHaveLength(5);
    await system.embedded.log.append(answers.map((a) => ({ topic: a.topic, key: body.id, event: a.event })));
    await new Promise((r) => setTimeout(r, 300));
    const again = await call<Dossier>(system, 'GET', `/v1/applications/${body.id}`, { token });
    expect(again.body).toEqual(body);
  });

  test('injected: police never answers → police times out at its deadline, the other four arrive on time', async () => {
    faults('police').hang = true;
    const { body } = await subsistence();
    expect(body.status).toBe('partial');
    const police = body.records.find((r) => r.department === 'police')!;
    expect(police.status).toBe('timeout');
    const deadlineMs = 5_000;
    const closedAfter = Date.parse(body.completedAt!) - Date.parse(body.createdAt);
    expect(closedAfter).toBeGreaterThanOrEqual(deadlineMs);
    for (const r of body.records.filter((x) => x.department !== 'police')) {
      expect(r.status).toBe('provided');
      expect(r.elapsedMs).toBeLessThan(deadlineMs);
    }
    // The adapter gives up on the hung call at the same deadline and says so in the log: its own timer
    // aborts the native call, which would otherwise hang for as long as the system does.
    const policeFailure = async (): Promise<CloudEvent | undefined> => {
      for await (const stored of system.embedded.log.replay([Topics.responses('police')])) {
        if (stored.event.correlationid === body.id && stored.event.type === EventTypes.dataFailed) return stored.event;
      }
      return undefined;
    };
    let failure = await policeFailure();
    for (const started = Date.now(); failure === undefined && Date.now() - started < 3000; failure = await policeFailure()) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(failure?.data).toMatchObject({ code: 'native-error', reason: 'deadline passed while waiting for the native system' });
  }, 30_000);

  test('injected: tax answers 503 → tax is failed with the reason, the others are provided', async () => {
    faults('tax').down = true;
    const { body } = await subsistence();
    expect(body.status).toBe('partial');
    const tax = body.records.find((r) => r.department === 'tax')!;
    expect(tax.status).toBe('failed');
    expect(tax.reason).toMatch(/503|circuit/);
    expect(body.records.filter((r) => r.status === 'provided')).toHaveLength(4);
  });

  // Runs after the tests that need every department healthy: the circuit stays open for its cool-down.
  test('injected: tax stays down → the circuit opens and cases fail fast instead of retrying', async () => {
    faults('tax').down = true;
    for (let i = 0; i < 3; i++) await subsistence();
    expect(system.embedded.adapters.tax.runner.circuit.state()).toBe('open');
    const { body } = await subsistence();
    const tax = body.records.find((r) => r.department === 'tax')!;
    expect(tax.status).toBe('failed');
    expect(tax.reason).toMatch(/circuit open/);
    expect(tax.elapsedMs).toBeLessThan(1_000);
  });

  test('injected: commerce returns a schema-invalid record → invalid, dead-lettered, never passed on', async () => {
    faults('commerce').corrupt = true;
    const { body } = await subsistence();
    const commerce = body.records.find((r) => r.department === 'commerce')!;
    expect(commerce.status).toBe('invalid');
    expect(commerce.data).toBeUndefined();
    expect(commerce.proof).toBeUndefined();
    const letters = await deadLetters(body.id);
    expect(letters).toHaveLength(1);
    expect(letters[0]!.type).toBe(EventTypes.recordRejected);
    expect((letters[0]!.data as { department: string; reason: string }).department).toBe('commerce');
    expect((letters[0]!.data as { reason: string }).reason).toMatch(/schema/);

    // The cause is fixed; the operator lists the dead letters and replays this one: the record heals.
    delete faults('commerce').corrupt;
    const listed = await listDeadLetters(system.embedded.log);
    expect(listed.map((l) => l.eventId)).toContain(letters[0]!.id);
    const keys = await loadKeyStore(path.join(system.dataDir, 'keys'), ['gateway']);
    const producer = await createEventProducer({ log: system.embedded.log, key: keys.signingKey('gateway'), instance: 'ops-test', clock: systemClock });
    await replayDeadLetter({ log: system.embedded.log, producer, clock: systemClock }, letters[0]!.id);
    let healed: Dossier | undefined;
    for (let i = 0; i < 200; i++) {
      healed = (await call<Dossier>(system, 'GET', `/v1/applications/${body.id}`, { token })).body;
      if (healed.records.find((r) => r.department === 'commerce')!.status === 'provided') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const commerceHealed = healed!.records.find((r) => r.department === 'commerce')!;
    expect(commerceHealed.status).toBe('provided');
    expect(commerceHealed.proof).toEqual(expect.any(String));
    expect(healed!.records.filter((r) => r.department === 'commerce')).toHaveLength(1);
  });

  describe('a compromised adapter writing straight to the log', () => {
    /** Waits until the case has its request events, then forges an answer with the department's real key. */
    async function forge(
      department: DepartmentId,
      mutate: (data: DataProvided, keys: KeyStore) => DataProvided | { type: string; data: Record<string, unknown> } | Promise<DataProvided>,
      signAs: string = department,
    ): Promise<Dossier> {
      faults(department).hang = true; // the real adapter stays silent, the forged answer comes first
      const accepted = await call<Dossier>(system, 'POST', '/v1/applications', {
        token,
        body: { matter: 'subsistence-allowance', subject: { idNumber: DEMO_CITIZEN }, purpose: 'forgery test' },
      });
      let request: CloudEvent | undefined;
      for await (const s of system.embedded.log.replay([Topics.requests(department)])) if (s.event.correlationid === accepted.body.id) request = s.event;
      const req = request!.data as { requestId: string; type: string; schema: string };
      const keys = await loadKeyStore(path.join(system.dataDir, 'keys'), [signAs]);
      const producer = await createEventProducer({ log: system.embedded.log, key: keys.signingKey(signAs), instance: 'forger', clock: systemClock });
      const honest: DataProvided = {
        applicationId: accepted.body.id,
        requestId: req.requestId,
        department,
        type: req.type,
        schema: req.schema,
        record: { idNumber: DEMO_CITIZEN },
        proof: 'x.y.z',
        nativeElapsedMs: 1,
      };
      const forged = await mutate(honest, keys);
      const [type, data] = 'proof' in forged ? [EventTypes.dataProvided, forged] : [forged.type, forged.data];
      await producer.emit([{ topic: Topics.responses(department), type, applicationId: accepted.body.id, data }]);
      for (let i = 0; i < 200; i++) {
        const now = await call<Dossier>(system, 'GET', `/v1/applications/${accepted.body.id}`, { token });
        if (now.body.records.find((r) => r.department === department)!.status !== 'pending') return now.body;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error('the forged answer was never settled');
    }

    test('injected: a record with a field beyond the grant → invalid and dead-lettered by the gateway', async () => {
      const dossier = await forge('police', (d) => ({ ...d, record: { ...d.record, secretNote: 'not granted' } }));
      const police = dossier.records.find((r) => r.department === 'police')!;
      expect(police.status).toBe('invalid');
      expect(police.reason).toMatch(/beyond the grant|schema/);
      const letters = await deadLetters(dossier.id);
      expect(letters.some((l) => (l.data as { rejectedBy: string }).rejectedBy.startsWith('/tongban/gateway/'))).toBe(true);
    });

    test('injected: a record whose proof does not verify → invalid', async () => {
      const dossier = await forge('police', (d) => d);
      expect(dossier.records.find((r) => r.department === 'police')!).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/proof/) });
    });

    test('injected: a record whose proof is signed with another department key → invalid', async () => {
      const dossier = await forge(
        'police',
        async (d, keys) => ({
          ...d,
          proof: await signProof({ applicationId: d.applicationId, department: 'police', type: d.type, subject: { idNumber: DEMO_CITIZEN }, issuedAt: new Date().toISOString(), data: d.record }, keys.signingKey('tax')),
        }),
        'tax',
      );
      expect(dossier.records.find((r) => r.department === 'police')!).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/proof signed by tax, not by police/) });
    });

    test('injected: a not-found answer signed with another department key → invalid', async () => {
      const dossier = await forge(
        'police',
        (d) => ({ type: EventTypes.dataNotFound, data: { applicationId: d.applicationId, requestId: d.requestId, department: 'police', type: d.type, schema: d.schema } }),
        'tax',
      );
      expect(dossier.records.find((r) => r.department === 'police')!).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/signed by tax, not by police/) });
    });
  });

});
