import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContractCatalog } from '../../catalog/contract-catalog';
import type { ApplicationSubmitted } from '../../catalog/generated/events--application-submitted.v1';
import { initKeys, loadKeyStore, type KeyStore } from '../../crypto/keys';
import { signProof } from '../../crypto/record-proof';
import { EventTypes } from '../../eventlog/cloudevent';
import type { EventLog } from '../../eventlog/event-log';
import { createEventProducer, type EventProducer } from '../../eventlog/event-producer';
import { openSqliteEventLog } from '../../eventlog/sqlite/sqlite-event-log';
import { Topics } from '../../eventlog/topics';
import { openCaseStore, type CaseStore } from '../../gateway/case-store';
import { createCaseTracker, type CaseTracker } from '../../gateway/case-tracker';
import { createRecordVerifier } from '../../gateway/record-verifier';
import { systemClock } from '../../runtime/clock';
import { DEFAULT_CONTRACTS_DIR } from '../../runtime/paths';
import { silentLogger } from '../../runtime/logger';
import { createMetrics } from '../../runtime/metrics';

/**
 * On Kafka, the application topic and the response topics are not ordered against each other, so a
 * gateway that did not open a case can see its answers first, or the owner's closing event before an
 * answer. Here those orders are written deliberately into a real log: the non-owner's dossier must end
 * the same as the owner's — every record with its data and its proof.
 */
const SUBJECT = { idNumber: '11010519491231002X' };
const RECORD = { idNumber: SUBJECT.idNumber, name: '王秀英' };

describe('case tracker: events of one case in any order', () => {
  let dir: string;
  let keys: KeyStore;
  let log: EventLog;
  let store: CaseStore;
  let tracker: CaseTracker;
  let gateway: EventProducer;
  let police: EventProducer;
  const catalog = loadContractCatalog(DEFAULT_CONTRACTS_DIR);
  const nextAnswerIds: string[] = [];
  // Saves resolve only once this is (a disk slow to commit); released unless a test holds it.
  let held: Promise<void> = Promise.resolve();

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-order-'));
    await initKeys(path.join(dir, 'keys'), ['gateway', 'police']);
    keys = await loadKeyStore(path.join(dir, 'keys'), ['gateway', 'police']);
    log = openSqliteEventLog({ file: path.join(dir, 'events.db') });
    gateway = await createEventProducer({ log, key: keys.signingKey('gateway'), instance: 'gw-a', clock: systemClock });
    // Answer ids are chosen by the test, so a closing event can name an answer not yet written.
    police = await createEventProducer({ log, key: keys.signingKey('police'), instance: 'p1', clock: systemClock, newId: () => nextAnswerIds.shift() ?? randomUUID() });
    held = Promise.resolve();
    const real = openCaseStore(path.join(dir, 'cases.db'));
    store = {
      ...real,
      save(state, changed) {
        const saved = real.save(state, changed);
        return held.then(() => saved);
      },
    };
    tracker = createCaseTracker({
      log,
      store,
      producer: await createEventProducer({ log, key: keys.signingKey('gateway'), instance: 'gw-b', clock: systemClock }),
      verify: createRecordVerifier({ catalog, keys }),
      departments: ['police'],
      clock: systemClock,
      logger: silentLogger(),
      metrics: createMetrics({ defaultMetrics: false }),
      instanceId: 'gw-b', // not the owner: the case was accepted by gw-a
    });
  });
  let release: () => void = () => undefined;
  afterEach(async () => {
    release();
    await tracker.stop();
    await store.close();
    await log.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function submission(id: string): ApplicationSubmitted {
    const schema = catalog.recordType('police', 'household-register')!.schema;
    return {
      applicationId: id,
      matter: 'newborn',
      consumer: 'demo-hall',
      purpose: 'order test',
      subject: SUBJECT,
      gateway: 'gw-a',
      requestHash: 'h',
      createdAt: new Date().toISOString(),
      requests: [{ requestId: `${id}-r1`, department: 'police', type: 'household-register', schema, fields: ['idNumber', 'name'], deadlineAt: new Date(Date.now() + 60_000).toISOString(), grant: 'unconditional' }],
      withheld: [],
    };
  }

  async function answer(id: string) {
    const proof = await signProof({ applicationId: id, department: 'police', type: 'household-register', subject: SUBJECT, issuedAt: new Date().toISOString(), data: RECORD }, keys.signingKey('police'));
    const schema = catalog.recordType('police', 'household-register')!.schema;
    const [event] = await police.emit([
      {
        topic: Topics.responses('police'),
        type: EventTypes.dataProvided,
        applicationId: id,
        data: { applicationId: id, requestId: `${id}-r1`, department: 'police', type: 'household-register', schema, record: RECORD, proof, nativeElapsedMs: 3 },
      },
    ]);
    return event!;
  }

  async function settled(id: string) {
    for (let i = 0; i < 200; i++) {
      const state = store.get(id);
      if (state !== undefined && state.status !== 'pending' && state.records[0]!.data !== undefined) return state;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`case ${id} never settled with its record: ${JSON.stringify(store.get(id))}`);
  }

  test('an answer that arrives before its case waits for it', async () => {
    await answer('case-early');
    await gateway.emit([{ topic: Topics.applications, type: EventTypes.applicationSubmitted, applicationId: 'case-early', data: submission('case-early') }]);
    await tracker.start();
    const state = await settled('case-early');
    expect(state.status).toBe('completed');
    expect(state.records[0]).toMatchObject({ status: 'provided', data: RECORD, proof: expect.any(String) });
  });

  test("the owner's closing event before the answer: the answer still fills the record in", async () => {
    const id = 'case-closed-first';
    await gateway.emit([{ topic: Topics.applications, type: EventTypes.applicationSubmitted, applicationId: id, data: submission(id) }]);
    // The owner closed the case with an answer this instance has not read yet (log order: closing event first).
    await gateway.emit([
      {
        topic: Topics.applications,
        type: EventTypes.applicationCompleted,
        applicationId: id,
        data: { applicationId: id, status: 'completed', completedAt: new Date().toISOString(), records: [{ department: 'police', type: 'household-register', status: 'provided', requestId: `${id}-r1`, eventId: 'answer-1' }] },
      },
    ]);
    nextAnswerIds.push('answer-1');
    await answer(id);
    await tracker.start();
    const state = await settled(id);
    expect(state.status).toBe('completed');
    expect(state.records[0]).toMatchObject({ status: 'provided', data: RECORD, proof: expect.any(String), eventId: 'answer-1' });
  });

  test("a case's next event is applied while the last one's save waits for the disk; only its acknowledgement waits", async () => {
    const id = 'case-slow-disk';
    held = new Promise((resolve) => (release = resolve));
    await gateway.emit([{ topic: Topics.applications, type: EventTypes.applicationSubmitted, applicationId: id, data: submission(id) }]);
    await answer(id);
    await tracker.start();
    // The submission's save is still waiting, and the answer has closed the case all the same.
    const state = await settled(id);
    expect(state.status).toBe('completed');
    // Acknowledged only once on disk: the tracker has not caught up with the submission yet.
    await expect(tracker.caughtUp(100)).rejects.toThrow();
    release();
    await expect(tracker.caughtUp(2_000)).resolves.toBeUndefined();
  });

  test('a duplicate of an answer changes nothing once the record is filled in', async () => {
    const id = 'case-duplicate';
    await gateway.emit([{ topic: Topics.applications, type: EventTypes.applicationSubmitted, applicationId: id, data: submission(id) }]);
    const first = await answer(id);
    await tracker.start();
    const before = structuredClone(await settled(id));
    await log.append([{ topic: Topics.responses('police'), key: id, event: first }]);
    await answer(id); // a second, different answer to the same request (an adapter retry after a crash)
    await new Promise((r) => setTimeout(r, 100));
    expect(store.get(id)).toEqual(before);
  });
});
