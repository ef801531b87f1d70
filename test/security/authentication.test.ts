import { SignJWT, base64url } from 'jose';
import { call, DEMO_CITIZEN, startTestSystem, type TestSystem } from '../support/test-system';
import { startOutsideIssuer, type OutsideIssuer } from '../support/outside-issuer';

/**
 * Caller authentication against an outside identity provider, through real HTTP: every forged, stale or
 * misdirected token is refused 401 with a problem document, and nothing is written.
 */
describe('authentication against an outside identity provider', () => {
  let idp: OutsideIssuer;
  let system: TestSystem;
  const body = { matter: 'newborn', subject: { idNumber: DEMO_CITIZEN }, purpose: 'security test' };
  const now = (): number => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    idp = await startOutsideIssuer();
    system = await startTestSystem({ TONGBAN_AUTH_ISSUER: idp.issuer, TONGBAN_AUTH_JWKS_URL: idp.jwksUrl, TONGBAN_AUTH_AUDIENCE: 'tongban' });
  });
  afterAll(async () => {
    await system.stop();
    await idp.close();
  });

  async function attempt(token: string) {
    return call<{ code: string; detail: string; status: number }>(system, 'POST', '/v1/applications', { token, body });
  }

  test('a token from the trusted issuer is accepted', async () => {
    expect((await attempt(await idp.token())).status).toBe(202);
  });

  const refusals: [string, () => Promise<string>, RegExp][] = [
    ['alg: none', async () => `${base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url.encode(JSON.stringify({ iss: 'https://idp.example.gov.cn', aud: 'tongban', sub: 'demo-hall', exp: now() + 600 }))}.`, /malformed|not acceptable|algorithm/],
    ['an expired token', () => idp.token({ expiresAt: now() - 600 }), /expired/],
    ['a token not valid yet', () => idp.token({ notBefore: now() + 600 }), /not valid yet/],
    ['the wrong audience', () => idp.token({ aud: 'another-system' }), /audience/],
    ['the wrong issuer', () => idp.token({ iss: 'https://evil.example' }), /issuer/],
    ['a token signed by another key under a known kid', async () => {
      const other = await startOutsideIssuer();
      try {
        return await other.token({ kid: 'idp-key-1' });
      } finally {
        await other.close();
      }
    }, /signature/],
    ['HS256 keyed with the public JWK', async () => {
      const secret = new TextEncoder().encode(JSON.stringify(idp.publicJwk));
      return new SignJWT({}).setProtectedHeader({ alg: 'HS256', kid: 'idp-key-1' }).setIssuer(idp.issuer).setAudience('tongban').setSubject('demo-hall').setExpirationTime('10m').sign(secret);
    }, /algorithm/],
    ['garbage', async () => 'not.a.token', /malformed|not acceptable/],
  ];

  test.each(refusals)('%s is refused 401', async (_label, make, reason) => {
    const answer = await attempt(await make());
    expect(answer.status).toBe(401);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.body.code).toBe('TB_UNAUTHENTICATED');
    expect(answer.body.detail).toMatch(reason);
    expect(answer.body.detail).not.toMatch(/jose|stack|Error:|at \w+ \(/);
  });

  test('a missing or malformed Authorization header is refused 401', async () => {
    expect((await call(system, 'GET', '/v1/matters')).status).toBe(401);
    expect((await call(system, 'GET', '/v1/matters', { headers: { authorization: 'Basic dXNlcjpwYXNz' } })).status).toBe(401);
  });

  test('a valid token whose subject has no consumer contract is refused 403', async () => {
    const answer = await attempt(await idp.token({ sub: 'stranger-system' }));
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe('TB_FORBIDDEN');
  });

  test('key rotation: a token with a new kid makes the gateway fetch the JWKS again', async () => {
    expect((await attempt(await idp.token())).status).toBe(202);
    const before = idp.jwksFetches();
    await idp.rotate();
    // The gateway refetches at most once per 5 s cool-down, so a flood of unknown kids cannot hammer the provider.
    await new Promise((r) => setTimeout(r, 5_100));
    expect((await attempt(await idp.token())).status).toBe(202);
    expect(idp.jwksFetches()).toBe(before + 1);
    // Cached afterwards: more calls with the same key do not refetch.
    await attempt(await idp.token());
    expect(idp.jwksFetches()).toBe(before + 1);
  }, 20_000);
});
