import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type JWK, type KeyLike } from 'jose';

/**
 * An outside identity provider for tests: its own ES256 keys, a JWKS served over HTTP on loopback (with a
 * fetch counter, to see caching and refetch on rotation), and token minting with any claims — including
 * the forgeries the security suite throws at the gateway.
 */
export interface OutsideIssuer {
  readonly issuer: string;
  readonly jwksUrl: string;
  readonly publicJwk: JWK;
  jwksFetches(): number;
  token(claims?: { sub?: string; aud?: string; iss?: string; expiresAt?: number | string; notBefore?: number; kid?: string }): Promise<string>;
  /** Adds a new key to the JWKS and signs with it from now on (key rotation). */
  rotate(): Promise<void>;
  close(): Promise<void>;
}

interface Key {
  kid: string;
  privateKey: KeyLike;
  publicJwk: JWK;
}

async function newKey(n: number): Promise<Key> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = `idp-key-${n}`;
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } };
}

export async function startOutsideIssuer(issuer = 'https://idp.example.gov.cn'): Promise<OutsideIssuer> {
  const keys: Key[] = [await newKey(1)];
  let fetches = 0;
  const server = http.createServer((req, res) => {
    if (req.url === '/jwks.json') {
      fetches += 1;
      res.writeHead(200, { 'content-type': 'application/jwk-set+json' }).end(JSON.stringify({ keys: keys.map((k) => k.publicJwk) }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    issuer,
    jwksUrl: `http://127.0.0.1:${port}/jwks.json`,
    get publicJwk() {
      return keys[keys.length - 1]!.publicJwk;
    },
    jwksFetches: () => fetches,
    async token(claims = {}) {
      const key = keys[keys.length - 1]!;
      let jwt = new SignJWT({})
        .setProtectedHeader({ alg: 'ES256', kid: claims.kid ?? key.kid, typ: 'JWT' })
        .setIssuer(claims.iss ?? issuer)
        .setAudience(claims.aud ?? 'tongban')
        .setSubject(claims.sub ?? 'demo-hall')
        .setIssuedAt()
        .setExpirationTime(claims.expiresAt ?? '10m');
      if (claims.notBefore !== undefined) jwt = jwt.setNotBefore(claims.notBefore);
      return jwt.sign(key.privateKey);
    },
    async rotate() {
      keys.push(await newKey(keys.length + 1));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
