import { createPublicKey, type KeyObject } from 'node:crypto';

/**
 * The signatures this process made itself, remembered for a while, so that checking one of them later
 * in the same process is a lookup instead of an ECDSA verification.
 *
 * In the embedded deployment the gateway and the five adapters share one process: every request an
 * adapter checks and every proof the gateway checks was signed a moment earlier by this process. Such
 * a check is known to succeed: an ECDSA signature made over some bytes with a private key verifies
 * against the matching public key, always. So a check may answer "valid" without the arithmetic when
 * the signature, every byte it covers and the public point of the key are exactly those of a signature
 * made here. Anything else (another text, a swapped signature, a key the JWKS does not pair with the
 * signing key, an event read back after a restart, one from another process) misses and is checked in
 * full, which is also the only way to get "invalid". That was 10 of the 27 ECDSA operations of a case,
 * a fifth of its CPU (bench/README.md).
 *
 * The benchmark's bare loop of signature checks never asks here. Entries go on their first use (each
 * signature is checked once on the normal path) and otherwise in arrival order past the limit.
 *
 * A process holds none until told how many (`hold`): only where signer and checker share a process is
 * there anything to gain, so the embedded mode's composition turns it on (cli/compose/start-embedded.ts),
 * and it also tells each producer which of its events are checked in the process at all: the others are
 * not remembered (they were 7 of a case's 17 signatures, held in memory only until they aged out).
 * A gateway or adapter of the distributed mode never checks its own signatures and keeps nothing.
 */
export interface OwnSignatures {
  /** Notes that `signature` (base64url) was just made with `key` (private) over `head` + "." + `body`. */
  remember(signature: string, head: string, body: string, key: KeyObject): void;
  /** True when this is exactly a signature made here, over these bytes, by the private half of `key` (public). */
  vouch(signature: string, head: string, body: string, key: KeyObject): boolean;
  /** Checks answered from memory, and signatures remembered and held: for tests and diagnosis. */
  stats(): { vouched: number; remembered: number; held: number };
  /** How many signatures to hold from now on (0: none, and forget those held). */
  hold(limit: number): void;
}

interface Made {
  readonly head: string;
  readonly body: string;
  readonly point: string;
}

// The public point of a key (x.y of its JWK), computed once per key object.
const points = new WeakMap<KeyObject, string>();
function publicPoint(key: KeyObject): string {
  let point = points.get(key);
  if (point === undefined) {
    const jwk = (key.type === 'private' ? createPublicKey(key) : key).export({ format: 'jwk' });
    point = `${jwk.crv ?? ''}.${jwk.x ?? ''}.${jwk.y ?? ''}`;
    points.set(key, point);
  }
  return point;
}

/**
 * Enough for the embedded mode at saturation: with 160 clients every check was answered from memory at
 * 8,192, and 76–92 % at 1,024 (bench/README.md). About 25 MB of heap when full.
 */
export const OWN_SIGNATURES_HELD = 8192;

export function createOwnSignatures(initialLimit: number): OwnSignatures {
  let limit = initialLimit;
  const made = new Map<string, Made>();
  let vouched = 0;
  let remembered = 0;
  return {
    remember(signature, head, body, key) {
      if (limit === 0) return;
      made.set(signature, { head, body, point: publicPoint(key) });
      remembered += 1;
      if (made.size > limit) made.delete(made.keys().next().value as string);
    },
    vouch(signature, head, body, key) {
      const entry = made.get(signature);
      if (entry === undefined || entry.head !== head || entry.body !== body || key.type !== 'public' || entry.point !== publicPoint(key)) return false;
      made.delete(signature);
      vouched += 1;
      return true;
    },
    stats: () => ({ vouched, remembered, held: made.size }),
    hold(newLimit) {
      limit = Math.max(0, Math.floor(newLimit));
      while (made.size > limit) made.delete(made.keys().next().value as string);
    },
  };
}

/** The process's own: es256-jws tells it every signature it makes and asks it before verifying one. */
export const ownSignatures: OwnSignatures = createOwnSignatures(0);
