import { createPrivateKey, createPublicKey, generateKeyPairSync, verify, type KeyObject } from 'node:crypto';
import fc from 'fast-check';
import { compactVerify, flattenedVerify } from 'jose';
import { holdNonceSupply, nonceSupplyStats, signOnline } from '../../crypto/es256-online';
import { signCompact, signDetached } from '../../crypto/es256-jws';
import { startNonceSupply } from '../../crypto/nonce-supply';

/*
 * Signatures made on the event loop with nonces made ahead of time must be ordinary ES256 signatures
 * that any verifier accepts, must never share a nonce (that gives the key away), and must give way to
 * node:crypto whenever they cannot be made: no supply, an empty one, a key that is not P-256 or whose
 * halves do not match.
 */

const p256 = (): { privateKey: KeyObject; publicKey: KeyObject } => generateKeyPairSync('ec', { namedCurve: 'P-256' });
const checks = (input: Buffer, publicKey: KeyObject, signature: Buffer): boolean => verify('sha256', input, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature);

async function ready(): Promise<void> {
  for (let i = 0; i < 200 && (nonceSupplyStats()?.ready ?? 0) === 0; i++) await new Promise((r) => setTimeout(r, 25));
  if ((nonceSupplyStats()?.ready ?? 0) === 0) throw new Error('the nonce supply made no nonces within 5 s');
}

describe('ES256 signatures from nonces made ahead of time', () => {
  let release: () => Promise<void>;
  beforeAll(async () => {
    release = holdNonceSupply({ batch: 512 });
    await ready();
  });
  afterAll(() => release());

  it('verify with node:crypto over any bytes, and fail on other bytes or another key', () => {
    const { privateKey, publicKey } = p256();
    const other = p256().publicKey;
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        const input = Buffer.from(bytes);
        const signature = signOnline(input, privateKey);
        if (signature === undefined) return true; // the supply ran dry for a moment: nothing was made here
        expect(signature).toHaveLength(64);
        expect(checks(input, publicKey, signature)).toBe(true);
        expect(checks(Buffer.concat([input, Buffer.from([0])]), publicKey, signature)).toBe(false);
        expect(checks(input, other, signature)).toBe(false);
        return true;
      }),
      { numRuns: 200 },
    );
    expect(nonceSupplyStats()!.taken).toBeGreaterThan(150);
  });

  it('make JWS that jose verifies, detached and compact, through the library that signs every event and proof', async () => {
    const { privateKey, publicKey } = p256();
    const before = nonceSupplyStats()!.taken;
    const payload = JSON.stringify({ applicationId: 'case-1', data: { name: '张三' } });
    const detached = await signDetached(payload, privateKey, 'k1', false);
    const [protectedHeader, , signature] = detached.split('.');
    await expect(flattenedVerify({ protected: protectedHeader!, payload, signature: signature! }, publicKey)).resolves.toMatchObject({ protectedHeader: { alg: 'ES256', kid: 'k1', b64: false } });
    const compact = await signCompact(payload, privateKey, { kid: 'k1' });
    const { payload: verified } = await compactVerify(compact, publicKey);
    expect(Buffer.from(verified).toString('utf8')).toBe(payload);
    // Both were made here, not on the pool: two nonces, and one for the new key's pairwise check.
    expect(nonceSupplyStats()!.taken - before).toBe(3);
  });

  it('never use a nonce twice: every r differs', () => {
    const { privateKey } = p256();
    const seen = new Set<string>();
    let made = 0;
    for (let i = 0; i < 2_000; i++) {
      const signature = signOnline(Buffer.from(`the same text`), privateKey);
      if (signature === undefined) continue;
      made += 1;
      seen.add(signature.subarray(0, 32).toString('hex'));
    }
    expect(made).toBeGreaterThan(256);
    expect(seen.size).toBe(made);
  });

  it('leave a key that is not P-256, or whose public half is not its own, to node:crypto', () => {
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey;
    expect(signOnline(Buffer.from('x'), p384)).toBeUndefined();
    expect(signOnline(Buffer.from('x'), p256().publicKey)).toBeUndefined();
    // A JWK whose d and (x, y) come from two keys: node:crypto imports it; the pairwise check refuses it.
    const a = p256().privateKey.export({ format: 'jwk' });
    const b = p256().privateKey.export({ format: 'jwk' });
    const mismatched = createPrivateKey({ key: { ...a, x: b.x, y: b.y }, format: 'jwk' });
    expect(createPublicKey(mismatched).export({ format: 'jwk' }).x).toBe(b.x);
    expect(signOnline(Buffer.from('x'), mismatched)).toBeUndefined();
    expect(signOnline(Buffer.from('y'), mismatched)).toBeUndefined();
  });
});

describe('without nonces ready', () => {
  it('signs nothing here without a supply, and every signature still verifies through node:crypto', async () => {
    expect(nonceSupplyStats()).toBeNull();
    const { privateKey, publicKey } = p256();
    expect(signOnline(Buffer.from('x'), privateKey)).toBeUndefined();
    const payload = 'a payload';
    const jws = await signDetached(payload, privateKey, 'k2', false);
    const [head, , signature] = jws.split('.');
    expect(checks(Buffer.from(`${head}.${payload}`), publicKey, Buffer.from(signature!, 'base64url'))).toBe(true);
  });

  it('answers undefined when the supply runs dry, asks for more, and hands out each nonce once', async () => {
    const supply = startNonceSupply({ batch: 4, lowWater: 0 });
    try {
      for (let i = 0; i < 200 && supply.stats().ready < 4; i++) await new Promise((r) => setTimeout(r, 25));
      expect(supply.stats().ready).toBe(4);
      const taken = [1, 2, 3, 4].map(() => supply.take());
      expect(taken.every((n) => n !== undefined)).toBe(true);
      expect(new Set(taken.map((n) => n!.r)).size).toBe(4);
      // The fifth finds none: undefined at once, and a batch is on its way.
      expect(supply.take()).toBeUndefined();
      expect(supply.stats()).toMatchObject({ taken: 4, missed: 1 });
      for (let i = 0; i < 200 && supply.stats().ready < 4; i++) await new Promise((r) => setTimeout(r, 25));
      const next = supply.take();
      expect(next).toBeDefined();
      expect(taken.map((n) => n!.r)).not.toContain(next!.r);
    } finally {
      await supply.close();
    }
    expect(supply.take()).toBeUndefined();
  });

  it('stops its worker when the last holder lets go', async () => {
    const first = holdNonceSupply({ batch: 8 });
    const second = holdNonceSupply();
    await first();
    expect(nonceSupplyStats()).not.toBeNull();
    await second();
    expect(nonceSupplyStats()).toBeNull();
    await second(); // twice is harmless
    expect(nonceSupplyStats()).toBeNull();
  });
});
