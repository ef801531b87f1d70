import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { initKeys, loadKeyStore } from '../../crypto/keys';
import { EventTypes, type CloudEvent } from '../../eventlog/cloudevent';
import { eventHash, signEvent } from '../../eventlog/event-signature';
import type { StoredEvent } from '../../eventlog/event-log';
import { Topics } from '../../eventlog/topics';
import { fixtureContracts } from './support/fixture-contracts';
import { CITIZEN, T0, UNKNOWN_CITIZEN, writeScriptedLog, type ScriptedCase } from './support/scripted-log';
import {
  copyDataDir,
  deleteEvent,
  editOneByte,
  insertEvent,
  moveEvent,
  overwriteBody,
  rewriteEvent,
  reappend,
  rows,
  swapEvents,
  type Row,
} from './support/tamper';
import { topicByTopic, verifyDataDir } from './support/verify-helpers';

/**
 * Tamper evidence: a clean log written by the real producers, then copies of it edited beneath every
 * API, one attack per test. Each must be named by its kind at its position, and nothing else may be
 * reported, so an auditor can trust both the alarms and the silence.
 */
const contracts = fixtureContracts();

const SCRIPT: ScriptedCase[] = [
  { matter: 'subsistence-allowance', subject: CITIZEN, purpose: '低保申请审核', openedAt: T0 },
  { matter: 'subsistence-allowance', subject: CITIZEN, purpose: '低保复核', openedAt: T0 + 60_000 },
  {
    matter: 'subsistence-allowance',
    subject: UNKNOWN_CITIZEN,
    purpose: '低保申请审核',
    openedAt: T0 + 120_000,
    answers: { commerce: { outcome: 'not-found', afterMs: 80 } },
  },
  { matter: 'newborn', consumer: 'demo-restricted', subject: CITIZEN, purpose: '出生一件事', openedAt: T0 + 180_000 },
];
// 3 subsistence cases × (submitted + 5 requests + 5 answers + completed) + newborn (1 + 2 + 2 + 1).
const EVENTS = 3 * 12 + 6;

let cleanDir: string;
const made: string[] = [];

function tampered(): string {
  const dir = copyDataDir(cleanDir);
  made.push(dir);
  return dir;
}

const POLICE = '/tongban/police/embedded';
const policeAnswers = (dir: string): Row[] => rows(dir).filter((r) => r.event.source === POLICE);
const summaryOf = (b: { kind: string; offset: string }): string => `${b.kind}@${b.offset}`;

beforeAll(async () => {
  const written = await writeScriptedLog(SCRIPT, contracts);
  await written.close();
  cleanDir = written.dir;
  made.push(cleanDir);
});

afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('audit verify on an untouched log', () => {
  test('verifies clean: every event read, six sources, no break', async () => {
    const { summary, breaks } = await verifyDataDir(cleanDir, contracts.view);
    expect(breaks).toEqual([]);
    expect(summary).toMatchObject({ events: EVENTS, sources: 6, breaks: 0, intact: true, complete: true });
  });

  test.each(['forward', 'reverse'] as const)('is order-independent across partitions (topics replayed one by one, %s)', async (order) => {
    const { summary, breaks } = await verifyDataDir(cleanDir, contracts.view, topicByTopic(order));
    expect(breaks).toEqual([]);
    expect(summary.events).toBe(EVENTS);
  });
});

describe('audit verify names each attack', () => {
  test('one byte edited in a disclosed record: bad-signature at that event, nothing else', async () => {
    const dir = tampered();
    const target = policeAnswers(dir).find((r) => r.event.type === EventTypes.dataProvided)!;
    editOneByte(dir, target.offset, 'name-of-', 'N');
    const { summary, breaks } = await verifyDataDir(dir, contracts.view);
    expect(breaks.map(summaryOf)).toEqual([`bad-signature@${target.offset}`]);
    expect(breaks[0]).toMatchObject({ topic: Topics.responses('police'), partition: 0, source: POLICE, eventId: target.event.id, seq: target.event.seq });
    expect(breaks[0]!.detail).toMatch(/does not match/);
    expect(summary.intact).toBe(false);
  });

  test('one event deleted: seq-gap at the next event of that producer', async () => {
    const dir = tampered();
    const police = policeAnswers(dir);
    const victim = police[1]!;
    deleteEvent(dir, victim.offset);
    const { breaks } = await verifyDataDir(dir, contracts.view);
    expect(breaks.map(summaryOf)).toEqual([`seq-gap@${police[2]!.offset}`]);
    expect(breaks[0]).toMatchObject({ source: POLICE, seq: victim.event.seq + 1 });
    expect(breaks[0]!.detail).toContain(`seq ${victim.event.seq} missing`);
  });

  test('a deleted request also leaves its disclosure without a request', async () => {
    const dir = tampered();
    const all = rows(dir);
    const request = all.find((r) => r.event.type === EventTypes.dataRequested && r.topic === Topics.requests('tax'))!;
    const requestId = (request.event.data as { requestId: string }).requestId;
    const answer = all.find((r) => r.event.type === EventTypes.dataProvided && (r.event.data as { requestId: string }).requestId === requestId)!;
    deleteEvent(dir, request.offset);
    const { breaks } = await verifyDataDir(dir, contracts.view);
    expect(breaks.map((b) => b.kind).sort()).toEqual(['seq-gap', 'unrequested-disclosure']);
    expect(breaks.find((b) => b.kind === 'unrequested-disclosure')).toMatchObject({ offset: String(answer.offset), eventId: answer.event.id });
    expect(breaks.find((b) => b.kind === 'seq-gap')).toMatchObject({ source: '/tongban/gateway/embedded' });
  });

  test('two events swapped: reordered within the partition', async () => {
    const dir = tampered();
    const [, second, third] = policeAnswers(dir);
    swapEvents(dir, second!.offset, third!.offset);
    const { breaks } = await verifyDataDir(dir, contracts.view);
    expect(breaks.map(summaryOf)).toEqual([`reordered@${third!.offset}`]);
    expect(breaks[0]).toMatchObject({ seq: second!.event.seq, eventId: second!.event.id });
  });

  test('an old event appended again: duplicate, named as a replay of the original', async () => {
    const dir = tampered();
    const original = policeAnswers(dir).find((r) => r.event.type === EventTypes.dataProvided)!;
    const copy = reappend(dir, original.offset);
    const { breaks } = await verifyDataDir(dir, contracts.view);
    expect(breaks.map(summaryOf)).toEqual([`duplicate@${copy}`]);
    expect(breaks[0]!.detail).toBe(`replay of event ${original.event.id} first seen at ${Topics.responses('police')}[0]@${original.offset}`);
  });

  test('an event signed with a key outside the published keys: bad-signature (unknown key)', async () => {
    const dir = tampered();
    const rogueDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-rogue-'));
    made.push(rogueDir);
    await initKeys(rogueDir, ['police']);
    const rogue = (await loadKeyStore(rogueDir, ['police'])).signingKey('police');
    const forged = await forgeNextPoliceAnswer(dir, async (e) => signEvent(e, rogue));
    const offset = insertEvent(dir, Topics.responses('police'), forged);
    const { breaks } = await verifyDataDir(dir, contracts.view);
    expect(breaks.map(summaryOf)).toEqual([`bad-signature@${offset}`]);
    expect(breaks[0]!.detail).toMatch(/unknown key police-/);
  });

  test("an event signed with another producer's real key: wrong-producer", async () => {
    const dir = tampered();
    const keys = await loadKeyStore(path.join(dir, 'keys'), ['tax']);
    const forged = await forgeNextPoliceAnswer(dir, async (e) => signEvent(e, keys.signingKey('tax')));
    const offset = insertEvent(dir, Topics.responses('police'), forged);
    const { breaks } = await verifyDataDir(dir, contracts.view);
    expect(breaks.map(summaryOf)).toEqual([`wrong-producer@${offset}`]);
    expect(breaks[0]!.detail).toMatch(/of tax, but the source is police's/);
  });

  test.each(['whole', 'signed-text'] as const)("an event rewritten and re-signed with the producer's own key (stored %s): chain-break at the next event", async (form) => {
    const dir = tampered();
    const keys = await loadKeyStore(path.join(dir, 'keys'), ['police']);
    const [first, second] = policeAnswers(dir).filter((r) => r.event.type === EventTypes.dataProvided);
    const { signature: _old, ...unsigned } = first!.event;
    const data = first!.event.data as { record: Record<string, unknown> };
    const rewritten = await signEvent({ ...unsigned, data: { ...data, record: { ...data.record, name: '张三' } } }, keys.signingKey('police'));
    rewriteEvent(dir, first!.offset, rewritten, form);
    const { breaks } = await verifyDataDir(dir, contracts.view);
    expect(breaks.map(summaryOf)).toEqual([`chain-break@${second!.offset}`]);
    expect(breaks[0]!.detail).toContain(`prevhash does not match seq ${first!.event.seq}`);
  });

  test('an event moved to another topic: misplaced', async () => {
    const dir = tampered();
    const target = policeAnswers(dir)[0]!;
    moveEvent(dir, target.offset, Topics.responses('tax'));
    const { breaks } = await verifyDataDir(dir, contracts.view);
    expect(breaks.map(summaryOf)).toEqual([`misplaced@${target.offset}`]);
    expect(breaks[0]!.detail).toContain(`belongs in ${Topics.responses('police')}`);
  });

  test('a body that is no longer JSON: unreadable, and the verification says it is incomplete', async () => {
    const dir = tampered();
    const [before, target] = rows(dir).slice(9, 11);
    overwriteBody(dir, target!.offset, target!.body.slice(0, -1));
    const { summary, breaks } = await verifyDataDir(dir, contracts.view);
    expect(breaks.map((b) => b.kind)).toEqual(['unreadable']);
    // Reported after the last event that could be read: the engine cannot say more through its port.
    expect(breaks[0]!.offset).toBe(String(before!.offset));
    expect(summary).toMatchObject({ complete: false, intact: false, events: 10 });
  });

  test('an engine error naming a position (as the Kafka engine throws) is reported there; a lost connection is not a finding', async () => {
    const failing = (error: Error) =>
      async function* (events: AsyncIterable<StoredEvent>): AsyncGenerator<StoredEvent> {
        let n = 0;
        for await (const e of events) {
          if (++n > 5) throw error;
          yield e;
        }
      };
    const positioned = Object.assign(new Error('tongban.responses.tax[2]@77: no ce_seq header'), { topic: 'tongban.responses.tax', partition: 2, offset: '77' });
    const { summary, breaks } = await verifyDataDir(cleanDir, contracts.view, failing(positioned));
    expect(breaks).toEqual([
      expect.objectContaining({ kind: 'unreadable', topic: 'tongban.responses.tax', partition: 2, offset: '77', detail: expect.stringContaining('no ce_seq header') }),
    ]);
    expect(summary).toMatchObject({ events: 5, complete: false });
    await expect(verifyDataDir(cleanDir, contracts.view, failing(new Error('connection refused')))).rejects.toThrow('connection refused');
  });

  test('attacks still found when partitions are replayed in another order', async () => {
    const dir = tampered();
    const police = policeAnswers(dir);
    deleteEvent(dir, police[1]!.offset);
    const { breaks } = await verifyDataDir(dir, contracts.view, topicByTopic('reverse'));
    expect(breaks.map(summaryOf)).toEqual([`seq-gap@${police[2]!.offset}`]);
  });
});

describe('audit verify anchored on an earlier verification', () => {
  test("cutting off a source's newest event is invisible to the chain alone, but not to an anchor", async () => {
    const { summary: before } = await verifyDataDir(cleanDir, contracts.view);
    const dir = tampered();
    const police = policeAnswers(dir);
    deleteEvent(dir, police[police.length - 1]!.offset);
    expect((await verifyDataDir(dir, contracts.view)).breaks).toEqual([]);
    const { breaks } = await verifyDataDir(dir, contracts.view, undefined, before.heads);
    expect(breaks.map(summaryOf)).toEqual([`anchor-mismatch@${police[police.length - 2]!.offset}`]);
    expect(breaks[0]!.detail).toBe(`an earlier verification saw this source up to seq ${police.length}, but the log now ends at seq ${police.length - 1}: truncated since`);
  });

  test("a newest event re-signed with the producer's own key is caught by the anchor", async () => {
    const { summary: before } = await verifyDataDir(cleanDir, contracts.view);
    const dir = tampered();
    const keys = await loadKeyStore(path.join(dir, 'keys'), ['police']);
    const police = policeAnswers(dir);
    const newest = police[police.length - 1]!;
    const { signature: _old, ...unsigned } = newest.event;
    rewriteEvent(dir, newest.offset, await signEvent({ ...unsigned, time: '2026-11-02T00:00:00.000Z' }, keys.signingKey('police')));
    expect((await verifyDataDir(dir, contracts.view)).breaks).toEqual([]);
    const { breaks } = await verifyDataDir(dir, contracts.view, undefined, before.heads);
    expect(breaks.map(summaryOf)).toEqual([`anchor-mismatch@${newest.offset}`]);
  });

  test('an untouched log matches its own anchors', async () => {
    const { summary: before } = await verifyDataDir(cleanDir, contracts.view);
    expect(before.heads).toHaveLength(6);
    expect((await verifyDataDir(cleanDir, contracts.view, undefined, before.heads)).breaks).toEqual([]);
  });
});

describe('audit verify checks every disclosure against the contracts', () => {
  test('a grant revoked in the contracts: each disclosure under it is ungranted', async () => {
    const revoked = fixtureContracts({ revoke: ['demo-hall:tax/tax-status'] });
    const { breaks } = await verifyDataDir(cleanDir, revoked.view);
    const taxAnswers = rows(cleanDir).filter((r) => r.event.type === EventTypes.dataProvided && r.topic === Topics.responses('tax'));
    expect(taxAnswers).toHaveLength(3);
    expect(breaks.map(summaryOf)).toEqual(taxAnswers.map((r) => `ungranted-disclosure@${r.offset}`));
    expect(breaks[0]!.detail).toMatch(/grants no tax tax-status records/);
  });

  test('a department that sends more fields than requested: excess-fields', async () => {
    const written = await writeScriptedLog(
      [{ ...SCRIPT[3]!, answers: { police: { outcome: 'provided', afterMs: 90, extraFields: ['address', 'sex'] } } }],
      contracts,
    );
    await written.close();
    made.push(written.dir);
    const { breaks } = await verifyDataDir(written.dir, contracts.view);
    expect(breaks.map((b) => b.kind)).toEqual(['excess-fields']);
    expect(breaks[0]!.detail).toBe('fields beyond those requested: address, sex');
  });
});

describe('audit verify and legitimate chain histories', () => {
  test('a chain that continues after a restart, and a producer instance with a fresh chain, are both intact', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-restart-'));
    made.push(dir);
    const first = await writeScriptedLog([SCRIPT[0]!], contracts, { dir });
    await first.close();
    // Same data dir, same keys: the producers pick up their chains where they ended (embedded mode).
    const second = await writeScriptedLog([{ ...SCRIPT[1]!, openedAt: T0 + 3_600_000 }], contracts, { dir });
    await second.close();
    // A second instance of one producer (as on Kafka, where each process is its own source).
    const third = await writeScriptedLog([{ ...SCRIPT[2]!, openedAt: T0 + 7_200_000 }], contracts, { dir, instance: 'i2' });
    await third.close();
    const { summary, breaks } = await verifyDataDir(dir, contracts.view);
    expect(breaks).toEqual([]);
    expect(summary).toMatchObject({ events: 36, sources: 12 });
  });

  test('two processes writing as one source fork the chain: duplicate, "two different events"', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-fork-'));
    made.push(dir);
    const first = await writeScriptedLog([SCRIPT[0]!], contracts, { dir });
    const events = rows(dir).length;
    // A second writer opened on the same file before the first wrote anything would start from the same head.
    const forked = await writeScriptedLog([SCRIPT[3]!], contracts, { dir, startFresh: true });
    await first.close();
    await forked.close();
    const { breaks } = await verifyDataDir(dir, contracts.view);
    const duplicates = breaks.filter((b) => b.kind === 'duplicate');
    expect(duplicates.length).toBeGreaterThan(0);
    expect(duplicates[0]!.detail).toMatch(/two different events claim one place in the chain/);
    expect(Number(duplicates[0]!.offset)).toBeGreaterThan(events);
  });
});

/** A police answer that continues the police chain, for a request that does exist, signed by `sign`. */
async function forgeNextPoliceAnswer(dir: string, sign: (e: Omit<CloudEvent, 'signature'>) => Promise<CloudEvent>): Promise<CloudEvent> {
  const police = policeAnswers(dir);
  const last = police[police.length - 1]!.event;
  const model = police.find((r) => r.event.type === EventTypes.dataProvided)!.event;
  const { signature: _s, ...unsigned } = model;
  const data = model.data as { record: Record<string, unknown> };
  return sign({
    ...unsigned,
    id: 'forged-0000-4000-8000-000000000001',
    seq: last.seq + 1,
    prevhash: eventHash(last),
    data: { ...data, record: { ...data.record, address: '伪造地址' } },
  });
}
