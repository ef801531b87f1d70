import { createHash } from 'node:crypto';
import { canonicalJson } from '../crypto/canonical-json';
import { inspectDetached, signDetached, verifyDetached } from '../crypto/es256-jws';
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

function hashOf(input: string): string {
  return createHash('sha256').update(input).digest('base64url');
}

/** SHA-256 of the canonical unsigned event: what the next event of the same producer names as prevhash. */
export function eventHash(event: UnsignedEvent | CloudEvent): string {
  return hashOf(signingInput(event));
}

/** Signs an event and returns it with its chain hash. */
export function sealEvent<T>(event: UnsignedEvent<T>, key: SigningKey): { event: CloudEvent<T>; hash: string } {
  const input = signingInput(event);
  return { event: { ...event, signature: signDetached(input, key.key, key.kid) }, hash: hashOf(input) };
}

export function signEvent<T>(event: UnsignedEvent<T>, key: SigningKey): CloudEvent<T> {
  return sealEvent(event, key).event;
}

export type SignatureVerdict =
  | { readonly ok: true; readonly producer: string; readonly kid: string }
  | { readonly ok: false; readonly reason: string; readonly kid?: string };

function verdictFor(event: CloudEvent, input: string, keys: KeyStore): SignatureVerdict {
  if (typeof event.signature !== 'string') return { ok: false, reason: 'unsigned' };
  const parts = inspectDetached(event.signature);
  if ('reason' in parts) return { ok: false, reason: parts.reason };
  const key = keys.verificationKey(parts.kid);
  if (key === undefined) return { ok: false, reason: `unknown key ${parts.kid}`, kid: parts.kid };
  if (!verifyDetached(parts, input, key)) return { ok: false, reason: 'signature does not match the event', kid: parts.kid };
  return { ok: true, producer: keys.producerOf(parts.kid) ?? '', kid: parts.kid };
}

export function verifyEvent(event: CloudEvent, keys: KeyStore): SignatureVerdict {
  return verdictFor(event, signingInput(event), keys);
}

/** The signature verdict and the chain hash of an event, from one canonicalisation. */
export function checkEvent(event: CloudEvent, keys: KeyStore): { verdict: SignatureVerdict; hash: string } {
  const input = signingInput(event);
  return { verdict: verdictFor(event, input, keys), hash: hashOf(input) };
}
