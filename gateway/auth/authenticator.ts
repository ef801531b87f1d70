import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Consumer, ContractCatalog } from '../../catalog/contract-catalog';
import type { Clock } from '../../runtime/clock';
import { TongbanError } from '../../runtime/errors';

/**
 * Caller authentication: a JWT bearer token from the configured issuer. Only asymmetric algorithms are
 * accepted (so `alg: none` and HS256 keyed with a public key never verify), issuer and audience must
 * match exactly, `exp` is required, and 30 s of clock skew is tolerated. The token's `sub` names the
 * consumer contract; a valid token without a contract is authenticated but not authorised (403).
 */
export const ACCEPTED_ALGORITHMS = ['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'EdDSA'];
const CLOCK_TOLERANCE_S = 30;
const VERIFIED_TOKEN_CACHE = 10_000;

export interface Authenticator {
  authenticate(authorization: string | undefined): Promise<Consumer>;
}

/** Keys of an outside identity provider: cached, and fetched again when a token names an unknown kid. */
export function remoteIssuerKeys(jwksUrl: string): JWTVerifyGetKey {
  // The cool-down bounds how often tokens naming unknown key ids can make us call the provider.
  return createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 5_000, cacheMaxAge: 10 * 60_000, timeoutDuration: 5_000 });
}

function refusal(reason: string): TongbanError {
  return new TongbanError('TB_UNAUTHENTICATED', reason);
}

function explain(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'the token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'the token was not issued by the trusted issuer';
    if (error.claim === 'aud') return 'the token is not meant for this audience';
    if (error.claim === 'nbf') return 'the token is not valid yet';
    return `the token's "${error.claim}" claim is not acceptable`;
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'the token is signed with an algorithm that is not accepted';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'the token is signed with a key the issuer does not publish';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'the token signature does not verify';
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JOSEError && error.code === 'ERR_JWKS_INVALID') {
    return 'the identity provider could not be reached to check the token';
  }
  return 'the token is malformed or not acceptable';
}

export function createAuthenticator(options: {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
  catalog: ContractCatalog;
  clock: Clock;
}): Authenticator {
  // A caller sends the same token with every request until it expires: remember the ones that verified
  // (never the refusals), so each costs one signature check, not one per request. Bounded, oldest out.
  const verified = new Map<string, { sub: string; expiresAt: number; notBefore: number }>();
  const remember = (token: string, entry: { sub: string; expiresAt: number; notBefore: number }): void => {
    verified.set(token, entry);
    if (verified.size > VERIFIED_TOKEN_CACHE) verified.delete(verified.keys().next().value as string);
  };
  return {
    async authenticate(authorization) {
      if (authorization === undefined || authorization === '') throw refusal('a bearer token is required (Authorization: Bearer <jwt>)');
      const match = /^Bearer ([A-Za-z0-9_.-]{1,8192})$/.exec(authorization);
      if (match === null) throw refusal('the Authorization header must be "Bearer <jwt>"');
      const token = match[1]!;
      const now = options.clock.now();
      let sub: string | undefined;
      const cached = verified.get(token);
      if (cached !== undefined && cached.notBefore <= now && now < cached.expiresAt) {
        sub = cached.sub;
      } else {
        try {
          const { payload } = await jwtVerify(token, options.keys, {
            issuer: options.issuer,
            audience: options.audience,
            algorithms: ACCEPTED_ALGORITHMS,
            requiredClaims: ['exp', 'sub'],
            clockTolerance: CLOCK_TOLERANCE_S,
            currentDate: new Date(now),
          });
          sub = payload.sub;
          remember(token, { sub: payload.sub ?? '', expiresAt: (payload.exp! + CLOCK_TOLERANCE_S) * 1000, notBefore: ((payload.nbf ?? 0) - CLOCK_TOLERANCE_S) * 1000 });
        } catch (error) {
          throw refusal(explain(error));
        }
      }
      const consumer = sub === undefined ? undefined : options.catalog.consumers.get(sub);
      if (consumer === undefined) {
        throw new TongbanError('TB_FORBIDDEN', `no consumer contract for "${String(sub).slice(0, 64)}"`);
      }
      return consumer;
    },
  };
}
