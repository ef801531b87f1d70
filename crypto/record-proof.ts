import { canonicalJson } from './canonical-json';
import { inspectCompact, signCompact } from './es256-jws';
import type { KeyStore, SigningKey } from './keys';

/**
 * A record proof: the department's compact JWS that binds one record to one case. Anyone holding the
 * department's JWKS (GET /v1/departments) can check, offline and years later, that this department
 * said exactly this about this subject for this application.
 */
export interface ProofPayload {
  readonly applicationId: string;
  readonly department: string;
  readonly type: string;
  readonly subject: { readonly idNumber: string } | { readonly uscc: string };
  readonly issuedAt: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export const PROOF_TYPE = 'tongban-record+jws';

export function signProof(payload: ProofPayload, key: SigningKey): Promise<string> {
  return signCompact(canonicalJson(payload), key.key, { kid: key.kid, typ: PROOF_TYPE });
}

export type ProofVerdict = { readonly ok: true; readonly payload: ProofPayload } | { readonly ok: false; readonly reason: string };

/**
 * Checks the proof's signature against the expected department's keys, and that it binds what the
 * event claims: same application, department, record type, subject and data.
 */
export async function verifyProof(proof: string, expected: Omit<ProofPayload, 'issuedAt'>, keys: KeyStore): Promise<ProofVerdict> {
  const jws = inspectCompact(proof);
  if ('reason' in jws) return { ok: false, reason: `proof: ${jws.reason}` };
  const key = keys.verificationKey(jws.kid);
  if (key === undefined) return { ok: false, reason: `proof signed with unknown key ${jws.kid}` };
  if (keys.producerOf(jws.kid) !== expected.department) {
    return { ok: false, reason: `proof signed by ${keys.producerOf(jws.kid) ?? 'unknown'}, not by ${expected.department}` };
  }
  // The signature is checked on the thread pool while the payload is compared with the record here.
  // Nothing the payload says counts unless the signature holds, and a bad signature is what is reported.
  const signed = jws.verify(key);
  const content = compareContent(jws.payloadText(), expected);
  return (await signed) ? content : { ok: false, reason: 'proof signature does not verify' };
}

/** Runs on a payload not yet known to be genuine, so nothing in it may make this throw. */
function compareContent(text: string, expected: Omit<ProofPayload, 'issuedAt'>): ProofVerdict {
  let payload: ProofPayload;
  try {
    payload = JSON.parse(text) as ProofPayload;
  } catch {
    return { ok: false, reason: 'proof payload is not JSON' };
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return { ok: false, reason: 'proof payload is not an object' };
  for (const field of ['applicationId', 'department', 'type'] as const) {
    if (payload[field] !== expected[field]) return { ok: false, reason: `proof is bound to another ${field}` };
  }
  if (typeof payload.issuedAt !== 'string') return { ok: false, reason: 'proof payload has no issuedAt' };
  // Proof payloads are written in canonical form, so one comparison of texts checks subject and data
  // exactly; the field-by-field checks above only name what differs.
  // Built in canonical member order, so canonicalJson serialises it in one native pass.
  const claimed = { applicationId: expected.applicationId, data: expected.data, department: expected.department, issuedAt: payload.issuedAt, subject: expected.subject, type: expected.type };
  if (canonicalJson(claimed) !== text) {
    const sameSubject = payload.subject !== undefined && canonicalJson(payload.subject) === canonicalJson(expected.subject);
    return { ok: false, reason: sameSubject ? 'proof does not match the record' : 'proof is bound to another subject' };
  }
  return { ok: true, payload };
}
