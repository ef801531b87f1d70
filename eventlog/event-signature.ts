import { hash, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../crypto/canonical-json';
import { detachedInput, inspectDetached, madeHere, signDetached, verifyDetached, verifyDetachedSync } from '../crypto/es256-jws';
import type { KeyStore, SigningKey } from '../crypto/keys';
import type { CloudEvent, UnsignedEvent } from './cloudevent';

/**
 * Event signatures are detached JWS with the unencoded-payload option (RFC 7797): the signed bytes are
 * the canonical JSON of the event without its `signature`, so nothing is base64-encoded twice and any
 * JOSE library can check them given the producer's JWKS. The canonical form is the expensive part, so
 * `sealEvent` and `checkEvent` compute it once for both the signature and the chain hash.
 */
export function signingInput(event: UnsignedEvent | CloudEvent): string {
  const { signature: _ignored, ...unsigned } = event as CloudEvent;
  return canonicalJson(unsigned);
}

// One call, no Hash object: 3.1 against 4.5 µs for a 1.5 KB event.
function hashOf(input: string | Buffer): string {
  return hash('sha256', input, 'base64url');
}

/** SHA-256 of the canonical unsigned event: what the next event of the same producer names as prevhash. */
export function eventHash(event: UnsignedEvent | CloudEvent): string {
  return hashOf(signingInput(event));
}

/**
 * Signs an event. The chain hash covers the unsigned event, so it is known at once and the signature
 * can follow: a producer chains a whole batch first and lets the batch's signatures run in parallel.
 * `text` is the signed text, which the producer hands to the log with the event (StoredEvent.signedText),
 * and `bytes` its UTF-8: the text is encoded once, for the hash, the signature and the log alike.
 */
export function sealEvent<T>(
  event: UnsignedEvent<T>,
  key: SigningKey,
  remember = true,
): { hash: string; text: string; bytes: Buffer; signed: Promise<CloudEvent<T>> } {
  const text = signingInput(event);
  const prepared = detachedInput(key.kid, text);
  return {
    hash: hashOf(prepared.payload),
    text,
    bytes: prepared.payload,
    signed: signDetached(text, key.key, key.kid, remember, prepared).then((signature) => withSignature(event, signature)),
  };
}

/**
 * The event with its signature as the last member. Object.assign onto a new object, not `{ ...event,
 * signature }`: on Node 20's V8, once events with differently shaped `data` had passed through it, the
 * spread gave every result a hidden class (map) of its own, and such objects outlive young-generation
 * collections with all they refer to (gateway/http/http-server.ts; bench/README.md, fifteenth session).
 */
function withSignature<T>(event: UnsignedEvent<T>, signature: string): CloudEvent<T> {
  return Object.assign({}, event, { signature });
}

export function signEvent<T>(event: UnsignedEvent<T>, key: SigningKey): Promise<CloudEvent<T>> {
  return sealEvent(event, key).signed;
}

export type SignatureVerdict =
  | { readonly ok: true; readonly producer: string; readonly kid: string }
  | { readonly ok: false; readonly reason: string; readonly kid?: string };

type Checkable = { readonly parts: { header: string; signature: string; kid: string }; readonly key: KeyObject };

/** Everything short of the signature arithmetic: a verdict already, or the parts and key to check. */
function prepare(event: CloudEvent, keys: KeyStore): Checkable | Extract<SignatureVerdict, { ok: false }> {
  if (typeof event.signature !== 'string') return { ok: false, reason: 'unsigned' };
  const parts = inspectDetached(event.signature);
  if ('reason' in parts) return { ok: false, reason: parts.reason };
  const key = keys.verificationKey(parts.kid);
  if (key === undefined) return { ok: false, reason: `unknown key ${parts.kid}`, kid: parts.kid };
  return { parts, key };
}

function verdictOf(valid: boolean, kid: string, keys: KeyStore): SignatureVerdict {
  return valid ? { ok: true, producer: keys.producerOf(kid) ?? '', kid } : { ok: false, reason: 'signature does not match the event', kid };
}

async function verdictFor(event: CloudEvent, input: string, keys: KeyStore): Promise<SignatureVerdict> {
  const checkable = prepare(event, keys);
  if (!('parts' in checkable)) return checkable;
  return verdictOf(await verifyDetached(checkable.parts, input, checkable.key), checkable.parts.kid, keys);
}

/*
 * The checks below take an event and, when the log kept it, its signed text (StoredEvent.signedText):
 * then the signature is checked over those bytes, of which the delivered event is the parse, so what
 * is checked is exactly what is read. Without it the event is canonicalised here.
 */

/**
 * The verdict on an event this process signed itself, over exactly `signedText`, given at once; undefined
 * for any other event, which verifyEvent then checks in full. An adapter handed a request in the same
 * process then calls its department's system in the same turn, before the next subscriber of the batch
 * runs, instead of after every subscriber's first step: 0.2 ms from commit to the first native call at
 * 50 cases/s (bench/README.md, thirteenth session).
 */
export function ownEventVerdict(event: CloudEvent, keys: KeyStore, signedText: string): SignatureVerdict | undefined {
  const checkable = prepare(event, keys);
  if (!('parts' in checkable) || !madeHere(checkable.parts, signedText, checkable.key)) return undefined;
  return verdictOf(true, checkable.parts.kid, keys);
}

/** Checks an event's signature off the event loop (the request path). */
export function verifyEvent(event: CloudEvent, keys: KeyStore, signedText?: string): Promise<SignatureVerdict> {
  return verdictFor(event, signedText ?? signingInput(event), keys);
}

/** The same check on the calling thread: the benchmark's bare loop of signature checks. */
export function verifyEventSync(event: CloudEvent, keys: KeyStore, signedText?: string): SignatureVerdict {
  const checkable = prepare(event, keys);
  if (!('parts' in checkable)) return checkable;
  return verdictOf(verifyDetachedSync(checkable.parts, signedText ?? signingInput(event), checkable.key), checkable.parts.kid, keys);
}

/**
 * The signature verdict and the chain hash of an event, from one text (`audit verify`, which keeps
 * many of these in flight so the thread pool checks signatures on every core).
 */
export async function checkEvent(event: CloudEvent, keys: KeyStore, signedText?: string): Promise<{ verdict: SignatureVerdict; hash: string }> {
  const input = signedText ?? signingInput(event);
  return { verdict: await verdictFor(event, input, keys), hash: hashOf(input) };
}
