import { createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createOwnSignatures, OWN_SIGNATURES_HELD, ownSignatures } from '../../crypto/own-signatures';
import type { KeyStore, SigningKey } from '../../crypto/keys';
import { signProof, verifyProof, type ProofPayload } from '../../crypto/record-proof';
import type { CloudEvent, UnsignedEvent } from '../../eventlog/cloudevent';
import { ownEventVerdict, signEvent, signingInput, verifyEvent, verifyEventSync } from '../../eventlog/event-signature';

/*
 * A check of a signature this process made may skip the ECDSA arithmetic, but only when the answer is
 * certain: the same signature, the same bytes, and a public key whose point is the signing key's.
 * Everything else must reach the arithmetic, which is the only thing that can say "invalid".
 */

const pair = (): { privateKey: KeyObject; publicKey: KeyObject } => generateKeyPairSync('ec', { namedCurve: 'P-256' });

function keyStoreOf(kid: string, producer: string, privateKey: KeyObject, publicKey: KeyObject): { keys: KeyStore; signing: SigningKey } {
  const signing = { producer, kid, key: privateKey };
  const keys: KeyStore = {
    signingKey: () => signing,
    verificationKey: (k) => (k === kid ? publicKey : undefined),
    producerOf: (k) => (k === kid ? producer : undefined),
    jwks: () => ({ keys: [] }),
  };
  return { keys, signing };
}

function unsignedEvent(n: number): UnsignedEvent {
  return {
    correlationid: 'case-1',
    data: { n, name: '张三' },
    datacontenttype: 'application/json',
    id: `00000000-0000-4000-8000-00000000000${n}`,
    prevhash: 'x',
    seq: n,
    source: 'urn:tongban:gateway:test',
    specversion: '1.0',
    subject: 'case-1',
    time: '2026-11-22T00:00:00.000Z',
    traceparent: `00-${'a'.repeat(32)}-${'b'.repeat(16)}-01`,
    type: 'cn.gov.tongban.test.v1',
  };
}

describe('the memory of signatures made here', () => {
  const made = pair();
  const signature = sign('sha256', Buffer.from('head.body'), { key: made.privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url');

  test('vouches once for exactly the signature, bytes and key it made', () => {
    const memory = createOwnSignatures(OWN_SIGNATURES_HELD);
    memory.remember(signature, 'head', 'body', made.privateKey);
    // The same public key imported anew is another object with the same point: it is the same key.
    const reimported = createPublicKey({ key: made.publicKey.export({ format: 'jwk' }), format: 'jwk' });
    expect(memory.vouch(signature, 'head', 'body', reimported)).toBe(true);
    expect(memory.vouch(signature, 'head', 'body', made.publicKey)).toBe(false); // used up: the arithmetic decides now
    expect(memory.stats()).toEqual({ vouched: 1, remembered: 1, held: 0 });
  });

  test.each([
    ['another body', signature, 'head', 'body!', () => made.publicKey],
    ['another header', signature, 'head2', 'body', () => made.publicKey],
    ['another signature', `${signature.slice(0, -2)}AA`, 'head', 'body', () => made.publicKey],
    ['a public key of another pair', signature, 'head', 'body', () => pair().publicKey],
    ['the private key itself', signature, 'head', 'body', () => made.privateKey],
  ])('never vouches for %s', (_what, sig, head, body, key) => {
    const memory = createOwnSignatures(OWN_SIGNATURES_HELD);
    memory.remember(signature, 'head', 'body', made.privateKey);
    expect(memory.vouch(sig, head, body, key())).toBe(false);
    expect(memory.stats().vouched).toBe(0);
    expect(memory.vouch(signature, 'head', 'body', made.publicKey)).toBe(true); // the genuine one still is
  });

  test('holds nothing until told how many, and forgets all when told none', () => {
    const memory = createOwnSignatures(0);
    memory.remember(signature, 'head', 'body', made.privateKey);
    expect(memory.vouch(signature, 'head', 'body', made.publicKey)).toBe(false);
    memory.hold(10);
    memory.remember(signature, 'head', 'body', made.privateKey);
    memory.hold(0);
    expect(memory.vouch(signature, 'head', 'body', made.publicKey)).toBe(false);
    expect(memory.stats().held).toBe(0);
  });

  test('forgets the oldest past its limit', () => {
    const memory = createOwnSignatures(2);
    for (const s of ['s1', 's2', 's3']) memory.remember(s, 'head', s, made.privateKey);
    expect(memory.stats().held).toBe(2);
    expect(memory.vouch('s1', 'head', 's1', made.publicKey)).toBe(false);
    expect(memory.vouch('s3', 'head', 's3', made.publicKey)).toBe(true);
  });
});

describe('checks of signatures made in this process, where it holds them (the embedded mode)', () => {
  beforeAll(() => ownSignatures.hold(OWN_SIGNATURES_HELD));
  afterAll(() => ownSignatures.hold(0));
  const made = pair();
  const { keys, signing } = keyStoreOf('gateway-test', 'gateway', made.privateKey, made.publicKey);

  test('an event signed here is vouched for', async () => {
    const event = await signEvent(unsignedEvent(1), signing);
    const before = ownSignatures.stats().vouched;
    expect(await verifyEvent(event, keys)).toMatchObject({ ok: true, producer: 'gateway' });
    expect(ownSignatures.stats().vouched).toBe(before + 1);
  });

  test('a changed event signed here is refused by the arithmetic', async () => {
    const event = await signEvent(unsignedEvent(2), signing);
    const changed: CloudEvent = { ...event, data: { n: 2, name: '李四' } };
    const before = ownSignatures.stats().vouched;
    expect(await verifyEvent(changed, keys)).toMatchObject({ ok: false, reason: 'signature does not match the event' });
    expect(ownSignatures.stats().vouched).toBe(before);
  });

  test('a key store that pairs the key id with another public key refuses what this process signed', async () => {
    const event = await signEvent(unsignedEvent(3), signing);
    const { keys: mispaired } = keyStoreOf('gateway-test', 'gateway', made.privateKey, pair().publicKey);
    expect(await verifyEvent(event, mispaired)).toMatchObject({ ok: false, reason: 'signature does not match the event' });
    expect(await verifyEvent(event, keys)).toMatchObject({ ok: true }); // not used up by the refusal
  });

  test('the verdict at once: given for an event signed here over exactly that text, else left to the full check', async () => {
    const event = await signEvent(unsignedEvent(5), signing);
    const text = signingInput(event);
    expect(ownEventVerdict(event, keys, text.replace('张三', '李四'))).toBeUndefined();
    const { keys: mispaired } = keyStoreOf('gateway-test', 'gateway', made.privateKey, pair().publicKey);
    expect(ownEventVerdict(event, mispaired, text)).toBeUndefined();
    expect(ownEventVerdict({ ...event, signature: 'not a jws' }, keys, text)).toBeUndefined();
    expect(ownEventVerdict(event, keys, text)).toEqual({ ok: true, producer: 'gateway', kid: 'gateway-test' });
    // Each signature is vouched for once; after that only the arithmetic speaks for it.
    expect(ownEventVerdict(event, keys, text)).toBeUndefined();
    expect(await verifyEvent(event, keys, text)).toMatchObject({ ok: true, producer: 'gateway' });
  });

  test('the bare loop of signature checks always does the arithmetic', async () => {
    const event = await signEvent(unsignedEvent(4), signing);
    const before = ownSignatures.stats().vouched;
    expect(verifyEventSync(event, keys)).toMatchObject({ ok: true });
    expect(ownSignatures.stats().vouched).toBe(before);
    expect(await verifyEvent(event, keys)).toMatchObject({ ok: true }); // still remembered: vouched now
    expect(ownSignatures.stats().vouched).toBe(before + 1);
  });

  test('a proof made here is vouched for; its payload swapped for another is refused', async () => {
    const { keys: deptKeys, signing: police } = keyStoreOf('police-test', 'police', made.privateKey, made.publicKey);
    const payload: ProofPayload = { applicationId: 'a-1', data: { name: '张三' }, department: 'police', issuedAt: '2026-11-22T00:00:00.000Z', subject: { idNumber: '11010519491231002X' }, type: 'household-register' };
    const expected = { applicationId: 'a-1', department: 'police', type: 'household-register', subject: payload.subject, data: payload.data };
    const proof = await signProof(payload, police);
    const other = await signProof({ ...payload, data: { name: '李四' } }, police);
    const [head, , sig] = proof.split('.');
    const swapped = `${head}.${other.split('.')[1]}.${sig}`;
    const before = ownSignatures.stats().vouched;
    expect(await verifyProof(swapped, { ...expected, data: { name: '李四' } }, deptKeys)).toEqual({ ok: false, reason: 'proof signature does not verify' });
    expect(await verifyProof(proof, expected, deptKeys)).toMatchObject({ ok: true });
    expect(ownSignatures.stats().vouched).toBe(before + 1);
  });
});
