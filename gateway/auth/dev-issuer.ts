import fs from 'node:fs';
import path from 'node:path';
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, importJWK, type JWK, type JWTVerifyGetKey } from 'jose';
import { writeAtomically } from '../../crypto/keys';

/**
 * The development identity provider, for the embedded mode only: a key in the data directory that
 * `tongban token <client-id>` signs caller tokens with. Production deployments point the gateway at a
 * real identity provider (TONGBAN_AUTH_ISSUER / TONGBAN_AUTH_JWKS_URL) and this code never runs.
 */
export const DEV_ISSUER = 'urn:tongban:dev-issuer';

const dirOf = (dataDir: string): string => path.join(dataDir, 'dev-issuer');

/** Creates the dev issuer's key on first use; later calls reuse it. */
export async function ensureDevIssuer(dataDir: string): Promise<void> {
  const dir = dirOf(dataDir);
  if (fs.existsSync(path.join(dir, 'private.jwk.json'))) return;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = `dev-issuer-${Date.now().toString(36)}`;
  writeAtomically(path.join(dir, 'jwks.json'), JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }] }, null, 2), 0o644);
  writeAtomically(path.join(dir, 'private.jwk.json'), JSON.stringify({ ...(await exportJWK(privateKey)), kid, alg: 'ES256' }, null, 2), 0o600);
}

export function devIssuerKeys(dataDir: string): JWTVerifyGetKey {
  const jwks = JSON.parse(fs.readFileSync(path.join(dirOf(dataDir), 'jwks.json'), 'utf8')) as { keys: JWK[] };
  return createLocalJWKSet(jwks);
}

export async function issueDevToken(
  dataDir: string,
  options: { clientId: string; audience: string; ttlSeconds?: number },
): Promise<string> {
  await ensureDevIssuer(dataDir);
  const jwk = JSON.parse(fs.readFileSync(path.join(dirOf(dataDir), 'private.jwk.json'), 'utf8')) as JWK;
  const key = await importJWK(jwk, 'ES256');
  return new SignJWT({})
    .setProtectedHeader({ alg: 'ES256', kid: jwk.kid!, typ: 'JWT' })
    .setIssuer(DEV_ISSUER)
    .setAudience(options.audience)
    .setSubject(options.clientId)
    .setIssuedAt()
    .setExpirationTime(`${options.ttlSeconds ?? 3600}s`)
    .sign(key);
}
