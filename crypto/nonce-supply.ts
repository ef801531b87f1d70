import { Worker } from 'node:worker_threads';
import { workerError } from '../runtime/worker-error';

/**
 * ECDSA P-256 nonces made ahead of time on a worker thread, so that signing on the event loop is a few
 * multiplications modulo the group order (es256-online.ts) instead of a trip to libuv's thread pool.
 *
 * An ECDSA signature costs one scalar multiplication of the curve's base point by a fresh secret nonce
 * k, and R = k·G does not depend on the key or the message. So the expensive part can be done before
 * the message exists: here, in batches, with OpenSSL's constant-time P-256 code (an ECDH key pair is
 * exactly k and k·G, with k drawn uniformly from [1, n−1] by OpenSSL's generator). What goes to the
 * event loop is r = x(R) mod n and k⁻¹ mod n; the signature is then s = k⁻¹(z + r·d) mod n.
 *
 * Why: at moderate load a signature handed to the pool wakes a sleeping thread and then the event loop
 * again, each time on a cold core, and three signatures follow one another after the slowest department
 * answers. Free signatures took 2 ms off the overhead at 50 cases/s (bench/README.md, twelfth
 * session); these cost 10–20 µs of the event loop.
 *
 * Each nonce is handed out once (`take` moves past it and wipes its bytes): a nonce used twice gives
 * the private key away. Nonces never leave this process and are never logged. When the supply is
 * empty (before the first batch, or when signatures outrun the worker) `take` answers undefined and the
 * signer falls back to node:crypto on the pool.
 *
 * The worker's code is inline, so it runs the same from compiled output and from the TypeScript
 * sources under test (as runtime/wal-checkpointer.ts).
 */

/** The order n of P-256's base point. */
export const P256_ORDER = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createECDH } = require('node:crypto');
const N = 0x${P256_ORDER.toString(16)}n;
const ecdh = createECDH('prime256v1');
function power(base, exponent) {
  let result = 1n;
  for (base %= N; exponent > 0n; exponent >>= 1n) {
    if (exponent & 1n) result = (result * base) % N;
    base = (base * base) % N;
  }
  return result;
}
parentPort.on('message', (count) => {
  const k = [];
  const r = [];
  while (k.length < count) {
    // generateKeys answers the public point itself (0x04, x, y): asking getPublicKey again encoded it a
    // second time: 36 instead of 27 µs a nonce (bench/README.md, sixteenth session).
    const point = ecdh.generateKeys();
    const x = BigInt('0x' + point.toString('hex', 1, 33)) % N;
    if (x === 0n) continue; // r must not be 0 (probability ~2^-256)
    k.push(BigInt('0x' + ecdh.getPrivateKey('hex')));
    r.push(x);
  }
  // Every k inverted with one exponentiation (Montgomery's trick): prefix products, then back down.
  const prefix = new Array(count);
  let product = 1n;
  for (let i = 0; i < count; i++) {
    prefix[i] = product;
    product = (product * k[i]) % N;
  }
  let inverse = power(product, N - 2n);
  // One buffer, handed over (not copied): r and then k⁻¹, 32 bytes each, big-endian, per nonce.
  const out = new Uint8Array(count * 64);
  for (let i = count - 1; i >= 0; i--) {
    const kInverse = (inverse * prefix[i]) % N;
    inverse = (inverse * k[i]) % N;
    out.set(Buffer.from(r[i].toString(16).padStart(64, '0') + kInverse.toString(16).padStart(64, '0'), 'hex'), i * 64);
    k[i] = 0n;
  }
  parentPort.postMessage(out, [out.buffer]);
});
`;

export interface Nonce {
  /** x(k·G) mod n. */
  readonly r: bigint;
  /** k⁻¹ mod n. */
  readonly kInverse: bigint;
}

export interface NonceSupply {
  /** The next unused nonce, or undefined while none is ready. Never the same one twice. */
  take(): Nonce | undefined;
  /** Nonces handed out, and signatures that found the supply empty: for tests and diagnosis. */
  stats(): { taken: number; missed: number; ready: number };
  /** Stops the worker and forgets the nonces not used. */
  close(): Promise<void>;
}

export interface NonceSupplyOptions {
  /** Nonces a batch (default 256): at saturation ≈ 6,000 signatures a second, ≈ 25 batches. */
  readonly batch?: number;
  /** Ask for the next batch when this many are left (default half a batch). */
  readonly lowWater?: number;
  /** Told once if the worker fails; the supply then stays empty and every signature goes to the pool. */
  readonly onError?: (error: Error) => void;
}

const NONCE_BYTES = 64;

export function startNonceSupply(options: NonceSupplyOptions = {}): NonceSupply {
  const batch = Math.max(1, Math.floor(options.batch ?? 256));
  const lowWater = Math.min(batch, Math.max(0, Math.floor(options.lowWater ?? batch / 2)));
  const worker = new Worker(WORKER_SOURCE, { eval: true });
  // A process that is done need not wait for nonces it will not use.
  worker.unref();
  // Batches as they came, the first being used from `at`; a used nonce's bytes are wiped at once.
  let batches: Buffer[] = [];
  let at = 0;
  let ready = 0;
  let asked = false;
  let closed = false;
  let stopped = false;
  let taken = 0;
  let missed = 0;
  const ask = (): void => {
    if (asked || closed) return;
    asked = true;
    worker.postMessage(batch);
  };
  const forget = (): void => {
    for (const b of batches) b.fill(0);
    batches = [];
    at = 0;
    ready = 0;
  };
  worker.on('message', (made: Uint8Array) => {
    asked = false;
    const bytes = Buffer.from(made.buffer, made.byteOffset, made.byteLength);
    if (closed) {
      bytes.fill(0);
      return;
    }
    batches.push(bytes);
    ready += bytes.length / NONCE_BYTES;
  });
  worker.on('error', (error: unknown) => {
    closed = true;
    forget();
    options.onError?.(workerError(error, 'the nonce supply'));
  });
  ask();
  return {
    take() {
      const current = batches[0];
      if (current === undefined) {
        missed += 1;
        ask();
        return undefined;
      }
      const nonce = { r: BigInt(`0x${current.toString('hex', at, at + 32)}`), kInverse: BigInt(`0x${current.toString('hex', at + 32, at + NONCE_BYTES)}`) };
      current.fill(0, at, at + NONCE_BYTES);
      at += NONCE_BYTES;
      if (at >= current.length) {
        batches.shift();
        at = 0;
      }
      ready -= 1;
      taken += 1;
      if (ready <= lowWater) ask();
      return nonce;
    },
    stats: () => ({ taken, missed, ready }),
    async close() {
      if (stopped) return;
      stopped = true;
      closed = true;
      forget();
      await worker.terminate();
    },
  };
}
