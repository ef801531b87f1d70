import { createHash } from 'node:crypto';
import { FlattenedSign, flattenedVerify, decodeProtectedHeader } from 'jose';
import type { CloudEvent, UnsignedEvent } from './cloudevent';
import { canonicalJson } from '../crypto/canonical-json';
import { ALG, type KeyStore, type SigningKey } from '../crypto/keys';

/**
 * Event signatures are detached JWS with the unencoded-payload option (RFC 7797): the signed bytes are
 * the canonical JSON of the event without its `signature`, so nothing is base64-encoded twice and any
 * JOSE library can check them given the producer's JWKS.
 */
const encoder = new TextEncoder();

export function signingInput(event: UnsignedEvent | CloudEvent): string {
  const { signature: _ignored, ...unsigned } = event as CloudEvent;
  return canonicalJson(unsigned);
}

/** SHA-256 of the canonical unsigned event: what the next event of the same producer names as prevhash. */
export function eventHash(event: UnsignedEvent | CloudEvent): string {
  return createHash('sha256').update(signingInput(event)).digest('base64url');
}

export async function signEvent<T>(event: UnsignedEvent<T>, key: SigningKey): Promise<CloudEvent<T>> {
  const jws = await new FlattenedSign(encoder.encode(signingInput(event)))
    .setProtectedHeader({ alg: ALG, kid: key.kid, b64: false, crit: ['b64'] })
    .sign(key.key);
  return { ...event, signature: `${jws.protected}..${jws.signature}` };
}

export type SignatureVerdict =
  | { readonly ok: true; readonly producer: string; readonly kid: string }
  | { readonly ok: false; readonly reason: string; readonly kid?: string };

export async function verifyEvent(event: CloudEvent, keys: KeyStore): Promise<SignatureVerdict> {
  if (typeof event.signature !== 'string') return { ok: false, reason: 'unsigned' };
  const [protectedHeader, empty, signature] = event.signature.split('.');
  if (protectedHeader === undefined || empty !== '' || signature === undefined) {
    return { ok: false, reason: 'malformed signature' };
  }
  let kid: string | undefined;
  try {
    const header = decodeProtectedHeader(event.signature);
    kid = header.kid;
    if (header.alg !== ALG) return { ok: false, reason: `algorithm ${String(header.alg)} not accepted`, ...(kid ? { kid } : {}) };
  } catch {
    return { ok: false, reason: 'malformed signature header' };
  }
  const key = kid === undefined ? undefined : keys.verificationKey(kid);
  if (kid === undefined || key === undefined) return { ok: false, reason: `unknown key ${kid ?? '(none)'}`, ...(kid ? { kid } : {}) };
  try {
    await flattenedVerify({ protected: protectedHeader, payload: encoder.encode(signingInput(event)), signature }, key, {
      algorithms: [ALG],
    });
  } catch {
    return { ok: false, reason: 'signature does not match the event', kid };
  }
  return { ok: true, producer: keys.producerOf(kid) ?? '', kid };
}
