import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { CaseState, RecordState } from '../../gateway/case-state';
import { openCaseStore } from '../../gateway/case-store';

/**
 * The case store on a real SQLite file: a case is written whole when it opens and closes, an answer
 * writes only its record, and a restart sees every answer that was saved.
 */
const SUBJECT = { idNumber: '11010519491231002X' };

function newCase(id: string): CaseState {
  return {
    id,
    consumer: 'demo-hall',
    matter: 'newborn',
    subject: SUBJECT,
    purpose: 'test',
    status: 'pending',
    createdAt: '2026-11-22T00:00:00.000Z',
    completedAt: null,
    owner: 'gw-a',
    idempotencyKey: `key-${id}`,
    requestHash: 'h',
    records: ['police', 'civil-affairs'].map((department) => ({
      department,
      type: `${department}-record`,
      schema: `https://tongban.example/schemas/${department}.v1.json`,
      status: 'pending' as const,
      receivedAt: null,
      elapsedMs: null,
      requestId: `req-${department}`,
    })),
  };
}

/** The police record answered, as the case tracker leaves it. */
function answerPolice(state: CaseState): RecordState {
  return Object.assign(state.records[0]!, { status: 'provided', receivedAt: '2026-11-22T00:00:00.060Z', elapsedMs: 60, data: { name: '王秀英' }, proof: 'a.b.c', eventId: 'e1' });
}

/** The civil-affairs record answered "no such record", as the case tracker leaves it. */
function answerCivil(state: CaseState): RecordState {
  return Object.assign(state.records[1]!, { status: 'not-found', receivedAt: '2026-11-22T00:00:00.030Z', elapsedMs: 30, eventId: 'e2' });
}

describe('case store', () => {
  let dir: string;
  const file = (): string => path.join(dir, 'cases.db');
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-cases-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const rows = (table: string): number => {
    const db = new Database(file(), { readonly: true });
    try {
      return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  it('writes one record per answer, and a restart lays the answers over the open case', async () => {
    const store = openCaseStore(file());
    const state = newCase('c1');
    await store.save(state);
    const police = answerPolice(state);
    await store.save(state, police);
    await store.close();
    expect(rows('case_records')).toBe(1);

    const again = openCaseStore(file());
    const reopened = again.get('c1')!;
    expect(reopened.status).toBe('pending');
    expect(reopened.records[0]).toEqual(police);
    expect(reopened.records[1]!.status).toBe('pending');
    expect(again.openCases().map((s) => s.id)).toEqual(['c1']);
    expect((await again.bySubject('11010519491231002X', 10))[0]!.records[0]).toEqual(police);
    expect(again.byIdempotencyKey('demo-hall', 'key-c1')?.records[0]).toEqual(police);

    // Closing writes the case whole and drops its record rows.
    const civil = answerCivil(reopened);
    Object.assign(reopened, { status: 'completed', completedAt: '2026-11-22T00:00:00.061Z' });
    await again.save(reopened, civil);
    await again.close();
    expect(rows('case_records')).toBe(0);

    const third = openCaseStore(file());
    expect(third.openCases()).toEqual([]);
    expect(third.get('c1')).toEqual(reopened);
    await third.close();
  });

  it('writes a case whole the first time, even when it is saved with a changed record', async () => {
    const store = openCaseStore(file());
    const state = newCase('c2');
    Object.assign(state.records[0]!, { status: 'provided', receivedAt: '2026-11-22T00:00:00.010Z', elapsedMs: 10, eventId: 'e3' });
    // Accepted and answered in the same turn: one batch, whole.
    await Promise.all([store.save(state), store.save(state, state.records[0])]);
    await store.close();
    expect(rows('case_records')).toBe(0);
    const again = openCaseStore(file());
    expect(again.get('c2')).toEqual(state);
    await again.close();
  });

  it('a case written whole again while open leaves no stale record behind', async () => {
    const store = openCaseStore(file());
    const state = newCase('c3');
    await store.save(state);
    Object.assign(state.records[0]!, { status: 'invalid', reason: 'bad', receivedAt: '2026-11-22T00:00:00.010Z', elapsedMs: 10 });
    await store.save(state, state.records[0]);
    expect(rows('case_records')).toBe(1);
    // Two records changed at once (deadlines passing): the case is written whole.
    Object.assign(state.records[0]!, { status: 'provided', reason: undefined });
    Object.assign(state.records[1]!, { status: 'timeout', reason: 'late' });
    await store.save(state);
    await store.close();
    expect(rows('case_records')).toBe(0);
    const again = openCaseStore(file());
    expect(again.get('c3')!.records.map((r) => r.status)).toEqual(['provided', 'timeout']);
    await again.close();
  });
  it('answers from memory while a write is on its way to the writer thread, and from disk once it is there', async () => {
    const store = openCaseStore(file());
    const state = newCase('w1');
    await store.save(state);
    const closed = { ...state, status: 'completed' as const, completedAt: '2026-11-22T00:00:01.000Z' };
    // Another connection holds the write lock: the writer thread gets the batch and waits for it.
    const blocker = new Database(file());
    blocker.prepare('BEGIN IMMEDIATE').run();
    let committed = false;
    const saving = store.save(closed).then(() => (committed = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(committed).toBe(false);
    expect(store.get('w1')?.status).toBe('completed');
    expect(store.byIdempotencyKey('demo-hall', 'key-w1')?.status).toBe('completed');
    // A subject's history waits for the writes in flight: the case as just saved, never the row before it.
    const accepted = newCase('w2');
    void store.save(accepted);
    const history = store.bySubject(SUBJECT.idNumber, 10);
    blocker.prepare('COMMIT').run();
    blocker.close();
    expect((await history).map((c) => [c.id, c.status])).toEqual([
      ['w1', 'completed'],
      ['w2', 'pending'],
    ]);
    await saving;
    const db = new Database(file(), { readonly: true });
    try {
      expect(JSON.parse((db.prepare("SELECT state FROM cases WHERE id = 'w1'").get() as { state: string }).state)).toEqual(closed);
    } finally {
      db.close();
    }
    await store.close();
  });

  it('stores a case as it was when its batch was handed over, though it changes before the commit', async () => {
    const store = openCaseStore(file(), { recordDelayMs: 0 });
    const state = newCase('s1');
    await store.save(state);
    const police = answerPolice(state);
    const blocker = new Database(file());
    blocker.prepare('BEGIN IMMEDIATE').run();
    const saving = store.save(state, police);
    await new Promise((r) => setTimeout(r, 100)); // handed over; the writer waits for the lock
    const asHandedOver = structuredClone(police);
    Object.assign(police, { status: 'invalid', reason: 'changed later', data: { name: '李四' } });
    blocker.prepare('COMMIT').run();
    blocker.close();
    await saving;
    await store.close();
    const again = openCaseStore(file());
    expect(again.get('s1')!.records[0]).toEqual(asHandedOver);
    await again.close();
  });

  it("lets an answer's record wait, and writes it with the case's next change: once, whole", async () => {
    const store = openCaseStore(file(), { recordDelayMs: 60_000 });
    const state = newCase('d1');
    await store.save(state);
    const police = answerPolice(state);
    let written = false;
    const saving = store.save(state, police).then(() => (written = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(written).toBe(false);
    expect(rows('case_records')).toBe(0);
    expect(store.get('d1')!.records[0]).toEqual(police);
    // The last answer closes the case: one write of all of it, which both saves wait for.
    const civil = answerCivil(state);
    Object.assign(state, { status: 'completed', completedAt: '2026-11-22T00:00:00.061Z' });
    await store.save(state, civil);
    await saving;
    expect(rows('case_records')).toBe(0);
    await store.close();
    const again = openCaseStore(file());
    expect(again.get('d1')).toEqual(state);
    await again.close();
  });

  it('writes a waiting record once it is due, and at close at the latest', async () => {
    const store = openCaseStore(file(), { recordDelayMs: 300 });
    const state = newCase('d2');
    await store.save(state);
    let written = false;
    const saving = store.save(state, answerPolice(state)).then(() => (written = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(written).toBe(false);
    await saving;
    expect(rows('case_records')).toBe(1);
    await store.close();

    // A record that would wait a minute: closing the store writes it, and its save resolves.
    const again = openCaseStore(file(), { recordDelayMs: 60_000 });
    const reopened = again.get('d2')!;
    const civil = answerCivil(reopened);
    const waiting = again.save(reopened, civil);
    await again.close();
    await waiting;
    const third = openCaseStore(file());
    expect(third.get('d2')!.records.map((r) => r.status)).toEqual(['provided', 'not-found']);
    await third.close();
  });

  it('a later case saved with a key another case holds is stored too, and the key stays with the first', async () => {
    // On Kafka a submission refused as unavailable may land after its retry opened a case of its own.
    const first = newCase('k1');
    const later = { ...newCase('k2'), idempotencyKey: first.idempotencyKey };
    const store = openCaseStore(file());
    await store.save(first);
    await store.save(later);
    expect(store.byIdempotencyKey('demo-hall', 'key-k1')?.id).toBe('k1');
    // Accepted in the same turn, the other way round: the first saved still holds it.
    const third = { ...newCase('k3'), idempotencyKey: 'key-k4' };
    const fourth = newCase('k4');
    await Promise.all([store.save(third), store.save(fourth)]);
    expect(store.byIdempotencyKey('demo-hall', 'key-k4')?.id).toBe('k3');
    await store.close();

    // After a restart, with every case still open.
    const again = openCaseStore(file());
    expect(again.get('k2')).toEqual(later);
    expect(again.get('k4')).toEqual(fourth);
    expect(again.byIdempotencyKey('demo-hall', 'key-k1')?.id).toBe('k1');
    expect(again.byIdempotencyKey('demo-hall', 'key-k4')?.id).toBe('k3');
    // Closing the later case leaves the key where it is; closing the first keeps it on disk.
    await again.save({ ...again.get('k2')!, status: 'completed', completedAt: '2026-11-22T00:00:01.000Z' });
    expect(again.byIdempotencyKey('demo-hall', 'key-k1')?.id).toBe('k1');
    await again.save({ ...again.get('k1')!, status: 'completed', completedAt: '2026-11-22T00:00:01.000Z' });
    await again.close();

    // Only on disk now (closed, not in memory): a case arriving with the key still does not take it.
    const third2 = openCaseStore(file());
    await third2.save({ ...newCase('k5'), idempotencyKey: 'key-k1' });
    expect(third2.byIdempotencyKey('demo-hall', 'key-k1')?.id).toBe('k1');
    await third2.close();
    const db = new Database(file(), { readonly: true });
    try {
      expect(db.prepare("SELECT id FROM cases WHERE idempotency_key = 'key-k1'").all()).toEqual([{ id: 'k1' }]);
      expect(db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 5 });
    } finally {
      db.close();
    }
  });
});
