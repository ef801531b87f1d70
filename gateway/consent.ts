import { decodeProtectedHeader, jwtVerify } from 'jose';
import type { KeyStore } from '../crypto/keys';
import { ALG } from '../crypto/keys';
import { subjectId, type Subject } from '../identity/subject';
import type { Clock } from '../runtime/clock';
import { TongbanError } from '../runtime/errors';

/**
 * Citizen consent for conditional grants that require it: a JWT signed by the consent service (the
 * `consent` producer key), bound to the subject (`sub`), the consumer (`aud`), the matter (`matter`)
 * and an expiry (`exp`). Any mismatch is a refusal that says which binding failed.
 */
export const CONSENT_ISSUER = 'urn:tongban:consent-service';

export interface ConsentVerifier {
  verify(token: string | undefined, binding: { subject: Subject; consumer: string; matter: string }): Promise<void>;
}

export function createConsentVerifier(keys: KeyStore, clock: Clock): ConsentVerifier {
  return {
    async verify(token, binding) {
      if (token === undefined) {
        throw new TongbanError('TB_CONSENT_REQUIRED', `the matter "${binding.matter}" needs the citizen's consent token in "consent"`);
      }
      let kid: string | undefined;
      try {
        kid = decodeProtectedHeader(token).kid;
      } catch {
        throw new TongbanError('TB_CONSENT_REQUIRED', 'the consent token is not a compact JWS');
      }
      const key = kid === undefined ? undefined : keys.verificationKey(kid);
      if (key === undefined || keys.producerOf(kid!) !== 'consent') {
        throw new TongbanError('TB_CONSENT_REQUIRED', 'the consent token is not signed by the consent service');
      }
      let payload: Record<string, unknown>;
      try {
        ({ payload } = await jwtVerify(token, key, {
          algorithms: [ALG],
          issuer: CONSENT_ISSUER,
          audience: binding.consumer,
          subject: subjectId(binding.subject),
          requiredClaims: ['exp', 'matter'],
          currentDate: new Date(clock.now()),
          clockTolerance: 30,
        }));
      } catch (error) {
        const claim = (error as { claim?: string }).claim;
        const detail = claim === undefined ? 'its signature or expiry does not hold' : `its "${claim}" claim does not match this case`;
        throw new TongbanError('TB_CONSENT_REQUIRED', `the consent token is not valid here: ${detail}`);
      }
      if (payload.matter !== binding.matter) {
        throw new TongbanError('TB_CONSENT_REQUIRED', 'the consent token is not valid here: its "matter" claim does not match this case');
      }
    },
  };
}
