import fs from 'node:fs';
import { accessHistory } from '../../audit/access-history';
import { replayAll } from '../../audit/replay-all';
import { slaReport } from '../../audit/sla-report';
import { verifyLog } from '../../audit/verify-log';
import type { IntegrityBreak } from '../../audit/integrity-break';
import { EventTypes } from '../../eventlog/cloudevent';
import type { EventLog, StoredEvent } from '../../eventlog/event-log';
import { signEvent } from '../../eventlog/event-signature';
import { openKafkaEventLog } from '../../eventlog/kafka/kafka-event-log';
import { topicSpecs } from '../../eventlog/topics';
import { DEPARTMENT_IDS } from '../../runtime/config';
import { useKafkaBroker } from '../support/kafka-broker';
import { fixtureContracts } from './support/fixture-contracts';
import { KNOWN_CASES } from './support/known-cases';
import { withReplay } from './support/read-log';
import { CITIZEN, writeScriptedLog, type ScriptedLog } from './support/scripted-log';

/**
 * The audit on the Kafka engine (a real Kafka-protocol broker; see test/support/kafka-broker.ts): the
 * same scripted day as on the embedded engine must verify clean and give the same figures, although
 * Kafka hands the partitions over in no global order. Kafka's log cannot be edited in place, so the
 * attacks here are the ones a writer can make: replaying an old event and inserting a forged one.
 */
const broker = useKafkaBroker('audit on Kafka');

if (broker) {
  const contracts = fixtureContracts();
  let kafka: EventLog;
  let written: ScriptedLog;
  let onSqlite: ScriptedLog;

  const replayed = async (): Promise<StoredEvent[]> => {
    const out: StoredEvent[] = [];
    for await (const e of replayAll(kafka)) out.push(e);
    return out;
  };

  const verify = async (): Promise<{ events: number; breaks: IntegrityBreak[] }> => {
    const breaks: IntegrityBreak[] = [];
    const summary = await verifyLog(replayAll(kafka), { keys: written.keys, contracts: contracts.view, onBreak: (b) => breaks.push(b) });
    return { events: summary.events, breaks };
  };

  beforeAll(async () => {
    kafka = openKafkaEventLog({ brokers: broker().brokers, clientId: 'tongban-audit-test', sessionTimeoutMs: 6_000 });
    await kafka.ensureTopics(topicSpecs(DEPARTMENT_IDS));
    written = await writeScriptedLog(KNOWN_CASES, contracts, { log: kafka, instance: 'k1' });
    onSqlite = await writeScriptedLog(KNOWN_CASES, contracts);
    await onSqlite.close();
  }, 120_000);

  afterAll(async () => {
    await kafka?.close();
    for (const dir of [written?.dir, onSqlite?.dir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the scripted day verifies clean on Kafka', async () => {
    const { events, breaks } = await verify();
    expect(breaks).toEqual([]);
    expect(events).toBe((await withReplay(onSqlite.dir, async (e) => { let n = 0; for await (const _ of e) n += 1; return n; })));
  }, 60_000);

  test('the SLA figures and the access history are those of the embedded engine', async () => {
    const onKafka = await slaReport(replayAll(kafka));
    expect(onKafka).toEqual(await withReplay(onSqlite.dir, (events) => slaReport(events)));
    const history = await accessHistory(replayAll(kafka), { subject: CITIZEN });
    const embedded = await withReplay(onSqlite.dir, (events) => accessHistory(events, { subject: CITIZEN }));
    // Same cases in the same order; only the application ids (fresh per run) differ.
    const strip = (entries: typeof history) => entries.map(({ applicationId: _id, ...rest }) => rest);
    expect(strip(history)).toEqual(strip(embedded));
    expect(history.map((e) => e.applicationId)).toEqual([0, 1, 3, 4, 5, 6].map((i) => written.applicationIds[i]));
  }, 60_000);

  test('a replayed event and a forged one appended on Kafka are named', async () => {
    const all = await replayed();
    const original = all.find((e) => e.event.type === EventTypes.dataProvided && e.event.source === '/tongban/police/k1')!;
    await kafka.append([{ topic: original.topic, key: original.key, event: original.event }]);
    const { signature: _s, ...unsigned } = original.event;
    const forged = await signEvent({ ...unsigned, id: 'forged-0000-4000-8000-000000000002', seq: 999 }, written.keys.signingKey('tax'));
    await kafka.append([{ topic: original.topic, key: original.key, event: forged }]);
    const { breaks } = await verify();
    expect(breaks.map((b) => b.kind).sort()).toEqual(['duplicate', 'wrong-producer']);
    expect(breaks.find((b) => b.kind === 'duplicate')!.detail).toBe(
      `replay of event ${original.event.id} first seen at ${original.topic}[${original.partition}]@${original.offset}`,
    );
  }, 60_000);
}
