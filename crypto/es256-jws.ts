import { sign as cryptoSign, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { signOnline } from './es256-online';
import { ownSignatures } from './own-signatures';

/**
 * ES256 JSON Web Signatures (RFC 7515, with the unencoded-payload option of RFC 7797) on node:crypto.
 * This is the hot path: every event is signed once and checked several times, every record proof
 * likewise. jose does the same job with ~120 µs more per operation (key normalisation, async layers),
 * which the benchmark showed to be most of the gateway's CPU. The output is plain JWS: jose and any
 * other JOSE library verify it (the proof tests do exactly that), and jose remains our library for
 * caller tokens, key generation and JWK import/export.
 */
const DSA_ENCODING = 'ieee-p1363' as const; // JWS wants r||s, not DER

/**
 * Verification hands the ECDSA arithmetic to libuv's thread pool: the event loop then spends ~18 µs
 * instead of ~90 µs on it, and the second core does the rest. It also has a synchronous form
 * (`…Sync`): the benchmark's bare loop of signature checks, the baseline `audit verify` is measured
 * against. Signing does the same (~10 µs instead of ~45 µs) unless the process holds a nonce supply:
 * then the event loop signs itself in 10–20 µs, the nonce's scalar multiplication having been done
 * ahead of time on a worker (es256-online.ts), and no thread has to be woken on the way.
 */
export function es256(input: Buffer, key: KeyObject): Promise<Buffer> {
  const signed = signOnline(input, key);
  if (signed !== undefined) return Promise.resolve(signed);
  return new Promise((resolve, reject) => {
    cryptoSign('sha256', input, { key, dsaEncoding: DSA_ENCODING }, (error, signature) => (error ? reject(error) : resolve(signature)));
  });
}

function es256Check(input: Buffer, key: KeyObject, signature: Buffer): Promise<boolean> {
  return new Promise((resolve, reject) => {
    cryptoVerify('sha256', input, { key, dsaEncoding: DSA_ENCODING }, signature, (error, ok) => (error ? reject(error) : resolve(ok)));
  });
}

function es256CheckSync(input: Buffer, key: KeyObject, signature: Buffer): boolean {
  return cryptoVerify('sha256', input, { key, dsaEncoding: DSA_ENCODING }, signature);
}

interface Header {
  readonly alg?: unknown;
  readonly kid?: unknown;
  readonly b64?: unknown;
  readonly crit?: unknown;
}

// Protected headers repeat (one per key): encode each once, decode each once.
const encodedHeaders = new Map<string, string>();
const decodedHeaders = new Map<string, Header | null>();
const HEADER_CACHE_LIMIT = 1024;

function encodeHeader(header: Record<string, unknown>): string {
  const json = JSON.stringify(header);
  let encoded = encodedHeaders.get(json);
  if (encoded === undefined) {
    encoded = Buffer.from(json).toString('base64url');
    if (encodedHeaders.size < HEADER_CACHE_LIMIT) encodedHeaders.set(json, encoded);
  }
  return encoded;
}

function decodeHeader(encoded: string): Header | null {
  let header = decodedHeaders.get(encoded);
  if (header === undefined) {
    try {
      const parsed: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
      header = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Header) : null;
    } catch {
      header = null;
    }
    if (decodedHeaders.size < HEADER_CACHE_LIMIT) decodedHeaders.set(encoded, header);
  }
  return header;
}

// One encoding of the joined text: the header is short, and three buffers (two and their concatenation)
// cost ≈ 2 µs more for a 1.5 KB event.
function signingInput(encodedHeader: string, payload: string): Buffer {
  return Buffer.from(`${encodedHeader}.${payload}`);
}

// One per signing key, looked up by key id: every event signature would otherwise serialise it anew.
const detachedHeaders = new Map<string, string>();
function detachedHeader(kid: string): string {
  let header = detachedHeaders.get(kid);
  if (header === undefined) {
    header = encodeHeader({ alg: 'ES256', kid, b64: false, crit: ['b64'] });
    if (detachedHeaders.size < HEADER_CACHE_LIMIT) detachedHeaders.set(kid, header);
  }
  return header;
}

/** What a detached JWS by `kid` signs: `<header>.<payload>` as bytes, with the payload's own UTF-8 a view into them. */
export interface DetachedInput {
  readonly header: string;
  readonly input: Buffer;
  readonly payload: Buffer;
}

/**
 * The signing input of a detached JWS, encoded once. A caller that needs the payload's bytes as well
 * (the event's chain hash, the log's copy) takes them from here: turning a 2 KB text with Chinese in it
 * into UTF-8 costs ≈ 6 µs on this Node, and each event's text was encoded three times.
 */
export function detachedInput(kid: string, payload: string): DetachedInput {
  const header = detachedHeader(kid);
  const at = header.length + 1;
  const input = Buffer.allocUnsafe(at + Buffer.byteLength(payload));
  input.write(header, 0, 'latin1'); // base64url: ASCII
  input[at - 1] = 0x2e; // "."
  // Sized by byteLength, so this fills the rest exactly; were it ever short, uninitialised memory would be signed.
  if (input.write(payload, at, 'utf8') !== input.length - at) throw new Error('signing input: the payload did not encode to its measured length');
  return { header, input, payload: input.subarray(at) };
}

/**
 * Detached JWS with an unencoded payload: `<header>..<signature>`, signed over `<header>.<payload>`.
 * `remember`: whether something in this process may check it (own-signatures.ts); false spares the
 * memory of one that nobody here will. `prepared`: the signing input, if the caller already made it.
 */
export async function signDetached(payload: string, key: KeyObject, kid: string, remember = true, prepared = detachedInput(kid, payload)): Promise<string> {
  const signature = (await es256(prepared.input, key)).toString('base64url');
  if (remember) ownSignatures.remember(signature, prepared.header, payload, key);
  return `${prepared.header}..${signature}`;
}

/** Splits a detached JWS and reads its header: the key id to look up, or why it is unusable. */
export function inspectDetached(jws: string): { header: string; signature: string; kid: string } | { reason: string } {
  const parts = jws.split('.');
  if (parts.length !== 3 || parts[1] !== '' || parts[0] === '' || parts[2] === '') return { reason: 'malformed signature' };
  const header = decodeHeader(parts[0]!);
  if (header === null) return { reason: 'malformed signature header' };
  if (header.alg !== 'ES256') return { reason: `algorithm ${String(header.alg)} not accepted` };
  if (header.b64 !== false || !Array.isArray(header.crit) || !header.crit.includes('b64')) return { reason: 'signature is not an unencoded-payload JWS' };
  if (typeof header.kid !== 'string') return { reason: 'signature names no key' };
  return { header: parts[0]!, signature: parts[2]!, kid: header.kid };
}

/** Whether this process made this detached JWS over exactly these bytes with the private half of `key` (own-signatures.ts). */
export function madeHere(parts: { header: string; signature: string }, payload: string, key: KeyObject): boolean {
  return ownSignatures.vouch(parts.signature, parts.header, payload, key);
}

/** Checks a detached JWS; one this process made over exactly these bytes is vouched for (own-signatures.ts). */
export async function verifyDetached(parts: { header: string; signature: string }, payload: string, key: KeyObject): Promise<boolean> {
  if (madeHere(parts, payload, key)) return true;
  const signature = Buffer.from(parts.signature, 'base64url');
  return signature.length === 64 && es256Check(signingInput(parts.header, payload), key, signature);
}

/** Always the arithmetic: the benchmark's bare loop. */
export function verifyDetachedSync(parts: { header: string; signature: string }, payload: string, key: KeyObject): boolean {
  const signature = Buffer.from(parts.signature, 'base64url');
  return signature.length === 64 && es256CheckSync(signingInput(parts.header, payload), key, signature);
}

/** Compact JWS with a base64url payload: `<header>.<payload>.<signature>`. */
export async function signCompact(payload: string, key: KeyObject, header: Record<string, unknown>): Promise<string> {
  const head = encodeHeader({ alg: 'ES256', ...header });
  const body = Buffer.from(payload).toString('base64url');
  const signature = (await es256(signingInput(head, body), key)).toString('base64url');
  ownSignatures.remember(signature, head, body, key);
  return `${head}.${body}.${signature}`;
}

/**
 * Reads a compact JWS. `verify` checks its signature with a key. `payloadText` decodes the payload
 * without checking anything: for work that may run while the signature is checked, whose result counts
 * only once `verify` has said yes.
 */
export function inspectCompact(jws: string): { kid: string; payloadText(): string; verify(key: KeyObject): Promise<boolean> } | { reason: string } {
  const parts = jws.split('.');
  if (parts.length !== 3 || parts.some((p) => p === '' || !/^[A-Za-z0-9_-]+$/.test(p))) return { reason: 'not a compact JWS' };
  const header = decodeHeader(parts[0]!);
  if (header === null) return { reason: 'not a compact JWS' };
  if (header.alg !== 'ES256') return { reason: `algorithm ${String(header.alg)} not accepted` };
  if (header.crit !== undefined) return { reason: 'unsupported critical header' };
  if (typeof header.kid !== 'string') return { reason: 'names no key' };
  return {
    kid: header.kid,
    payloadText: () => Buffer.from(parts[1]!, 'base64url').toString('utf8'),
    async verify(key) {
      if (ownSignatures.vouch(parts[2]!, parts[0]!, parts[1]!, key)) return true;
      const signature = Buffer.from(parts[2]!, 'base64url');
      return signature.length === 64 && es256Check(signingInput(parts[0]!, parts[1]!), key, signature);
    },
  };
}
