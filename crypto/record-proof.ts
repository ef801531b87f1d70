import { CompactSign, compactVerify, decodeProtectedHeader } from 'jose';
import { canonicalJson } from './canonical-json';
import { ALG, type KeyStore, type SigningKey } from './keys';

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

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function signProof(payload: ProofPayload, key: SigningKey): Promise<string> {
  return new CompactSign(encoder.encode(canonicalJson(payload)))
    .setProtectedHeader({ alg: ALG, kid: key.kid, typ: 'tongban-record+jws' })
    .sign(key.key);
}

export type ProofVerdict =
  | { readonly ok: true; readonly payload: ProofPayload }
  | { readonly ok: false; readonly reason: string };

/**
 * Checks the proof's signature against the expected department's keys, and that it binds what the
 * event claims: same application, department, record type, subject and data.
 */
export async function verifyProof(
  proof: string,
  expected: Omit<ProofPayload, 'issuedAt'>,
  keys: KeyStore,
): Promise<ProofVerdict> {
  let kid: string | undefined;
  try {
    const header = decodeProtectedHeader(proof);
    kid = header.kid;
    if (header.alg !== ALG) return { ok: false, reason: `proof algorithm ${String(header.alg)} not accepted` };
  } catch {
    return { ok: false, reason: 'proof is not a compact JWS' };
  }
  const key = kid === undefined ? undefined : keys.verificationKey(kid);
  if (kid === undefined || key === undefined) return { ok: false, reason: `proof signed with unknown key ${kid ?? '(none)'}` };
  if (keys.producerOf(kid) !== expected.department) {
    return { ok: false, reason: `proof signed by ${keys.producerOf(kid) ?? 'unknown'}, not by ${expected.department}` };
  }
  let payload: ProofPayload;
  try {
    const result = await compactVerify(proof, key, { algorithms: [ALG] });
    payload = JSON.parse(decoder.decode(result.payload)) as ProofPayload;
  } catch {
    return { ok: false, reason: 'proof signature does not verify' };
  }
  for (const field of ['applicationId', 'department', 'type'] as const) {
    if (payload[field] !== expected[field]) return { ok: false, reason: `proof is bound to another ${field}` };
  }
  if (canonicalJson(payload.subject) !== canonicalJson(expected.subject)) {
    return { ok: false, reason: 'proof is bound to another subject' };
  }
  if (canonicalJson(payload.data) !== canonicalJson(expected.data)) {
    return { ok: false, reason: 'proof does not match the record' };
  }
  return { ok: true, payload };
}
