import { createPublicKey, hash, verify, type KeyObject } from 'node:crypto';
import { P256_ORDER, startNonceSupply, type Nonce, type NonceSupply, type NonceSupplyOptions } from './nonce-supply';

/**
 * ES256 on the event loop with a nonce made ahead of time (nonce-supply.ts): s = k⁻¹(z + r·d) mod n,
 * where z is the SHA-256 of the signing input and d the private scalar. Three multiplications and two
 * reductions of 256-bit numbers, 10–20 µs in all with the hash, where node:crypto's signature costs
 * ≈ 60 µs on the pool plus a wake-up of the pool thread and one of the event loop. The result is an
 * ordinary ES256 signature (r‖s, RFC 7518 §3.4): every verifier, node:crypto and jose among them,
 * checks it as any other.
 *
 * The arithmetic uses JavaScript's BigInt, which is not constant-time. What varies with the private
 * scalar is a multiplication of a few microseconds inside a process; what an outsider can time is a
 * case's answer, milliseconds of other work later. The nonce, whose leak would give the key away, is
 * drawn and multiplied by OpenSSL's constant-time code on the worker (nonce-supply.ts).
 *
 * A key is first put through a pairwise check: a signature made here must verify with node:crypto
 * against the key's public half. A key that fails it, or is not a P-256 private key, is never signed
 * here; node:crypto signs it on the pool as before, as it does whenever the supply is empty or the
 * process has none.
 */
let supply: NonceSupply | undefined;
let holders = 0;

/**
 * Starts this process's nonce supply, or joins the one running; the returned function leaves it, and
 * the last to leave stops it. The compositions that sign (cli/compose) hold it while they run.
 */
export function holdNonceSupply(options?: NonceSupplyOptions & { readonly enabled?: boolean }): () => Promise<void> {
  // Turned off (TONGBAN_SIGNING_NONCES=off): node:crypto signs everything on the pool.
  if (options?.enabled === false) return () => Promise.resolve();
  holders += 1;
  supply ??= startNonceSupply(options);
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    holders -= 1;
    if (holders === 0 && supply !== undefined) {
      const stopping = supply;
      supply = undefined;
      await stopping.close();
    }
  };
}

/** The running supply's counts, or null without one: for tests and diagnosis. */
export function nonceSupplyStats(): ReturnType<NonceSupply['stats']> | null {
  return supply?.stats() ?? null;
}

// crypto.hash (Node 20.12+, as package.json's engines require) skips the Hash object: 1.6 µs against
// 2.3 µs for 1.5 KB.
const sha256Hex = (input: Buffer): string => hash('sha256', input, 'hex');

// Hexadecimal is the cheapest way between bytes and BigInt in V8: ≈ 0.4 µs each way for 32 bytes.
const scalarFromHex = (hex: string): bigint => BigInt(`0x${hex}`);
const hex32 = (x: bigint): string => x.toString(16).padStart(64, '0');

/** The signature r‖s over `input` with scalar `d` and `nonce`; undefined in the (2^-256) case s = 0. */
function signWith(input: Buffer, d: bigint, nonce: Nonce): Buffer | undefined {
  const z = scalarFromHex(sha256Hex(input));
  const s = (nonce.kInverse * ((z + nonce.r * d) % P256_ORDER)) % P256_ORDER;
  if (s === 0n) return undefined;
  return Buffer.from(hex32(nonce.r) + hex32(s), 'hex');
}

// Each key's private scalar once it passed the pairwise check; null: never signed here.
const scalars = new WeakMap<KeyObject, bigint | null>();
const PAIRWISE_INPUT = Buffer.from('tongban: pairwise check of an ES256 key before signing on the event loop');

/** The key's private scalar, checked; null if it is not to be signed here; undefined if no nonce was left to check it. */
function checkedScalar(key: KeyObject, from: NonceSupply): bigint | null | undefined {
  const known = scalars.get(key);
  if (known !== undefined) return known;
  if (key.type !== 'private' || key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    scalars.set(key, null);
    return null;
  }
  const jwk = key.export({ format: 'jwk' });
  const bytes = typeof jwk.d === 'string' ? Buffer.from(jwk.d, 'base64url') : Buffer.alloc(0);
  if (bytes.length !== 32) {
    scalars.set(key, null);
    return null;
  }
  const nonce = from.take();
  if (nonce === undefined) return undefined;
  const d = scalarFromHex(bytes.toString('hex'));
  const probe = signWith(PAIRWISE_INPUT, d, nonce);
  const ok = probe !== undefined && verify('sha256', PAIRWISE_INPUT, { key: createPublicKey(key), dsaEncoding: 'ieee-p1363' }, probe);
  scalars.set(key, ok ? d : null);
  return ok ? d : null;
}

/**
 * An ES256 signature (r‖s) over `input` made here and now, or undefined when it cannot be: no supply,
 * no nonce ready, or a key that is not signed here (above). The caller then signs with node:crypto.
 */
export function signOnline(input: Buffer, key: KeyObject): Buffer | undefined {
  const from = supply;
  if (from === undefined) return undefined;
  const d = checkedScalar(key, from);
  if (d === null || d === undefined) return undefined;
  const nonce = from.take();
  return nonce === undefined ? undefined : signWith(input, d, nonce);
}
