import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { flattenedVerify, importJWK } from 'jose';
import { initKeys, loadKeyStore, type KeyStore } from '../../crypto/keys';
import { signProof, verifyProof } from '../../crypto/record-proof';
import { genesisHash, type CloudEvent } from '../../eventlog/cloudevent';
import { createEventProducer } from '../../eventlog/event-producer';
import { eventHash, verifyEvent } from '../../eventlog/event-signature';
import { openSqliteEventLog } from '../../eventlog/sqlite/sqlite-event-log';
import type { EventLog } from '../../eventlog/event-log';
import { systemClock } from '../../runtime/clock';
import { sameHiddenClass } from '../support/hidden-class';

describe('signed, chained events', () => {
  let dir: string;
  let keys: KeyStore;
  let log: EventLog;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-chain-'));
    await initKeys(path.join(dir, 'keys'), ['gateway', 'police']);
    keys = await loadKeyStore(path.join(dir, 'keys'), ['gateway', 'police']);
  });
  beforeEach(() => {
    log = openSqliteEventLog({ file: path.join(dir, `events-${Date.now()}-${Math.random()}.db`) });
  });
  afterEach(async () => log.close());
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a producer signs events of any data into objects of one hidden class', async () => {
    // On Node 20, `{ ...event, signature }` gave each event a map of its own once differently shaped
    // data had passed through it (event-signature.ts, withSignature).
    const producer = await createEventProducer({ log, key: keys.signingKey('gateway'), instance: 'embedded', clock: systemClock });
    const data = (i: number): unknown => [{ n: i }, { record: { name: 'x', tags: ['a'] } }, { reason: 'r', code: 'c', nested: { deep: true } }][i % 3];
    const signed: CloudEvent[] = [];
    for (let i = 0; i < 30; i++) signed.push(...(await producer.emit([{ topic: 't', type: 'cn.gov.tongban.test.v1', applicationId: `case-${i}`, data: data(i) }])));
    const pairs = signed.slice(1).map((event, i) => sameHiddenClass(signed[i]!, event));
    expect(pairs.filter((same) => !same)).toHaveLength(0);
    expect(Object.keys(signed[29]!).at(-1)).toBe('signature');
  });

  test('a producer numbers, chains and signs its events, and continues its chain after a restart', async () => {
    let producer = await createEventProducer({ log, key: keys.signingKey('gateway'), instance: 'embedded', clock: systemClock });
    const [a, b] = await producer.emit([
      { topic: 't', type: 'cn.gov.tongban.test.v1', applicationId: 'case-1', data: { n: 1 } },
      { topic: 't', type: 'cn.gov.tongban.test.v1', applicationId: 'case-1', data: { n: 2 } },
    ]);
    expect(a!.seq).toBe(1);
    expect(a!.prevhash).toBe(genesisHash(producer.source));
    expect(b!.seq).toBe(2);
    expect(b!.prevhash).toBe(eventHash(a!));
    expect(await verifyEvent(a!, keys)).toMatchObject({ ok: true, producer: 'gateway' });

    producer = await createEventProducer({ log, key: keys.signingKey('gateway'), instance: 'embedded', clock: systemClock });
    const [c] = await producer.emit([{ topic: 't', type: 'cn.gov.tongban.test.v1', applicationId: 'case-2', data: {} }]);
    expect(c!.seq).toBe(3);
    expect(c!.prevhash).toBe(eventHash(b!));
  });

  test('an event signature is a detached JWS any JOSE library checks over the stored signed text', async () => {
    const producer = await createEventProducer({ log, key: keys.signingKey('gateway'), instance: 'embedded', clock: systemClock });
    const [event] = await producer.emit([{ topic: 'jose', type: 'cn.gov.tongban.test.v1', applicationId: 'case-j', data: { 名: '张三', n: 1.5 } }]);
    const stored = [];
    for await (const s of log.replay(['jose'])) stored.push(s);
    const [header, , signature] = event!.signature.split('.');
    const jwk = keys.jwks('gateway').keys[0]!;
    const publicKey = await importJWK(jwk, 'ES256');
    const verified = await flattenedVerify({ protected: header!, payload: stored[0]!.signedText!, signature: signature! }, publicKey);
    expect(new TextDecoder().decode(verified.payload)).toBe(stored[0]!.signedText);
    expect(verified.protectedHeader).toMatchObject({ alg: 'ES256', b64: false, crit: ['b64'] });
    await expect(flattenedVerify({ protected: header!, payload: stored[0]!.signedText!.replace('1.5', '2.5'), signature: signature! }, publicKey)).rejects.toThrow();
  });

  test('concurrent emits are batched without holes or forks in the chain', async () => {
    const producer = await createEventProducer({ log, key: keys.signingKey('police'), instance: 'embedded', clock: systemClock });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => producer.emit([{ topic: 't', type: 'cn.gov.tongban.test.v1', applicationId: `case-${i}`, data: { i } }])),
    );
    const events = results.flat().sort((x, y) => x.seq - y.seq);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    for (let i = 1; i < events.length; i++) expect(events[i]!.prevhash).toBe(eventHash(events[i - 1]!));
    const stored = [];
    for await (const s of log.replay(['t'])) stored.push(s.event);
    // Read back, every event is exactly the one emitted, and still verifies.
    expect(stored).toEqual(events);
    for (const event of stored) expect((await verifyEvent(event, keys)).ok).toBe(true);
  });

  test('a failed append leaves no hole: the next event takes the same number', async () => {
    const producer = await createEventProducer({ log, key: keys.signingKey('gateway'), instance: 'embedded', clock: systemClock });
    await producer.emit([{ topic: 't', type: 'cn.gov.tongban.test.v1', applicationId: 'a', data: {} }]);
    const original = log.append.bind(log);
    (log as { append: EventLog['append'] }).append = async () => {
      throw new Error('disk full');
    };
    await expect(producer.emit([{ topic: 't', type: 'cn.gov.tongban.test.v1', applicationId: 'b', data: {} }])).rejects.toThrow('disk full');
    (log as { append: EventLog['append'] }).append = original;
    const [next] = await producer.emit([{ topic: 't', type: 'cn.gov.tongban.test.v1', applicationId: 'c', data: {} }]);
    expect(next!.seq).toBe(2);
  });

  test('where a failed append may still land (Kafka), the producer starts a new chain instead of reusing numbers', async () => {
    let failing = true;
    const flaky: EventLog = {
      ...log,
      atomicAppend: false,
      append: async (events) => {
        if (failing) throw new Error('request timed out');
        return log.append(events);
      },
    };
    const producer = await createEventProducer({ log: flaky, key: keys.signingKey('gateway'), instance: 'k1', clock: systemClock });
    const original = producer.source;
    await expect(producer.emit([{ topic: 't', type: 'cn.gov.tongban.test.v1', applicationId: 'a', data: {} }])).rejects.toThrow('timed out');
    failing = false;
    const [next] = await producer.emit([{ topic: 't', type: 'cn.gov.tongban.test.v1', applicationId: 'b', data: {} }]);
    expect(next!.source).toBe(`${original}-r1`);
    expect(next!.seq).toBe(1);
    expect(next!.prevhash).toBe(genesisHash(next!.source));
    expect(producer.source).toBe(next!.source);
    expect((await verifyEvent(next!, keys)).ok).toBe(true);
  });

  test('any change to a signed event breaks its signature', async () => {
    const producer = await createEventProducer({ log, key: keys.signingKey('gateway'), instance: 'embedded', clock: systemClock });
    const [event] = await producer.emit([{ topic: 't', type: 'cn.gov.tongban.test.v1', applicationId: 'a', data: { amount: 100 } }]);
    expect((await verifyEvent({ ...event!, data: { amount: 101 } }, keys)).ok).toBe(false);
    expect((await verifyEvent({ ...event!, seq: 9 }, keys)).ok).toBe(false);
    expect((await verifyEvent({ ...event!, signature: 'eyJhbGciOiJub25lIn0..' }, keys)).ok).toBe(false);
  });

  test('a record proof binds application, department, type, subject and data', async () => {
    const payload = { applicationId: 'app-1', department: 'police', type: 'household-register', subject: { idNumber: '11010519491231002X' }, issuedAt: new Date().toISOString(), data: { name: '张三' } };
    const proof = await signProof(payload, keys.signingKey('police'));
    const expected = { applicationId: 'app-1', department: 'police', type: 'household-register', subject: { idNumber: '11010519491231002X' }, data: { name: '张三' } };
    expect((await verifyProof(proof, expected, keys)).ok).toBe(true);
    // A proof must say when it was issued (DESIGN.md's payload); without issuedAt the texts would match.
    const { issuedAt: _issuedAt, ...undated } = payload;
    expect(await verifyProof(await signProof(undated as typeof payload, keys.signingKey('police')), expected, keys)).toEqual({ ok: false, reason: 'proof payload has no issuedAt' });
    expect(await verifyProof(proof, { ...expected, applicationId: 'app-2' }, keys)).toMatchObject({ ok: false, reason: 'proof is bound to another applicationId' });
    expect(await verifyProof(proof, { ...expected, data: { name: '李四' } }, keys)).toMatchObject({ ok: false });
    expect(await verifyProof(proof, { ...expected, department: 'gateway' }, keys)).toMatchObject({ ok: false });
    const forged = await signProof(payload, keys.signingKey('gateway'));
    expect(await verifyProof(forged, expected, keys)).toMatchObject({ ok: false, reason: 'proof signed by gateway, not by police' });
  });

  test('a proof whose payload was swapped is refused for its signature, whatever the payload holds', async () => {
    // The payload is read while the signature is checked: no payload may make that throw or count.
    const expected = { applicationId: 'app-1', department: 'police', type: 'household-register', subject: { idNumber: '11010519491231002X' }, data: { name: '张三' } };
    const genuine = await signProof({ ...expected, issuedAt: new Date().toISOString() }, keys.signingKey('police'));
    const [header, , signature] = genuine.split('.');
    const swapped = (payload: string): string => `${header}.${Buffer.from(payload).toString('base64url')}.${signature}`;
    const lookalike = JSON.stringify({ ...expected, issuedAt: '2026-01-01T00:00:00.000Z' });
    for (const payload of ['null', '[]', '"text"', '{}', '{"applicationId":"app-1","department":"police","type":"household-register"}', lookalike]) {
      expect(await verifyProof(swapped(payload), expected, keys)).toEqual({ ok: false, reason: 'proof signature does not verify' });
    }
    expect((await verifyProof(genuine, expected, keys)).ok).toBe(true);
  });

  test('production keys are loaded, never invented: a missing key names the file and the fix', async () => {
    await expect(loadKeyStore(path.join(dir, 'keys'), ['tax'])).rejects.toThrow(/tongban keys init/);
    await expect(loadKeyStore(path.join(dir, 'nowhere'), [])).rejects.toThrow(/jwks.json/);
  });
});
