import http from 'node:http';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { call, countEvents, DEMO_CITIZEN, startTestSystem, type TestSystem } from '../support/test-system';

/**
 * Hostile input through real HTTP. Each answer must be a 4xx problem document — never a 5xx — must
 * write nothing, and the server must keep serving afterwards.
 */
describe('hostile input', () => {
  let system: TestSystem;
  let token: string;
  const valid = { matter: 'newborn', subject: { idNumber: DEMO_CITIZEN }, purpose: 'hostile input test' };

  beforeAll(async () => {
    system = await startTestSystem({ TONGBAN_BODY_LIMIT_BYTES: '16384' });
    token = await system.token();
  });
  afterAll(async () => system.stop());

  const attacks: [string, { rawBody?: string | Uint8Array; body?: unknown; headers?: Record<string, string> }, number][] = [
    ['a body over the limit', { rawBody: JSON.stringify({ ...valid, purpose: 'x'.repeat(20_000) }) }, 413],
    ['__proto__ pollution', { rawBody: `{"matter":"newborn","subject":{"idNumber":"${DEMO_CITIZEN}"},"purpose":"p","__proto__":{"polluted":true}}` }, 400],
    ['nested __proto__ pollution', { rawBody: `{"matter":"newborn","subject":{"idNumber":"${DEMO_CITIZEN}","__proto__":{"polluted":true}},"purpose":"p"}` }, 400],
    ['constructor.prototype pollution', { rawBody: `{"matter":"newborn","subject":{"idNumber":"${DEMO_CITIZEN}"},"purpose":"p","constructor":{"prototype":{"polluted":true}}}` }, 400],
    ['a purpose longer than 500 characters', { body: { ...valid, purpose: '长'.repeat(501) } }, 400],
    ['a matter longer than its bound', { body: { ...valid, matter: 'a'.repeat(100) } }, 400],
    ['a consent token longer than its bound', { body: { ...valid, consent: `${'a'.repeat(3000)}.${'b'.repeat(1000)}.${'c'.repeat(100)}` } }, 400],
    ['an id number with letters', { body: { ...valid, subject: { idNumber: '1101051949123100AB' } } }, 400],
    ['an id number with a check digit off by one', { body: { ...valid, subject: { idNumber: '110105194912310029' } } }, 400],
    ['both identifiers at once', { body: { ...valid, subject: { idNumber: DEMO_CITIZEN, uscc: '91350100M000100Y43' } } }, 400],
    ['a USCC with a forbidden letter', { body: { matter: 'business-change', subject: { uscc: '91350100O000100Y43' }, purpose: 'p' } }, 400],
    ['a JSON array', { rawBody: '[1,2,3]' }, 400],
    ['a JSON string', { rawBody: '"newborn"' }, 400],
    ['JSON null', { rawBody: 'null' }, 400],
    ['deep nesting', { rawBody: `{"matter":"newborn","subject":${'{"a":'.repeat(1500)}1${'}'.repeat(1500)},"purpose":"p"}` }, 400],
    ['numbers where strings belong', { body: { matter: 1, subject: { idNumber: 11010519491231002 }, purpose: 2 } }, 400],
    ['text/plain', { rawBody: JSON.stringify(valid), headers: { 'content-type': 'text/plain' } }, 415],
    ['no content type', { rawBody: JSON.stringify(valid), headers: { 'content-type': '' } }, 415],
    ['a malformed Idempotency-Key', { body: valid, headers: { 'idempotency-key': 'x'.repeat(300) } }, 400],
    ['control characters in the JSON', { rawBody: '{"matter":"new\u0000born"}' }, 400],
    ['a charset other than UTF-8', { rawBody: JSON.stringify(valid), headers: { 'content-type': 'application/json; charset=iso-8859-1' } }, 415],
    ['an unknown content coding', { rawBody: JSON.stringify(valid), headers: { 'content-encoding': 'compress' } }, 415],
    ['a gzip body that inflates past the limit', { rawBody: gzipSync(JSON.stringify({ ...valid, purpose: ' '.repeat(100_000) })), headers: { 'content-encoding': 'gzip' } }, 413],
    ['a body that says gzip and is not', { rawBody: JSON.stringify(valid), headers: { 'content-encoding': 'gzip' } }, 400],
    ['white space only', { rawBody: ' \n ' }, 400],
  ];

  test.each(attacks)('%s → 4xx, nothing written', async (_label, request, expected) => {
    const before = await countEvents(system);
    const answer = await call<{ status: number; code: string }>(system, 'POST', '/v1/applications', { token, ...request });
    expect(answer.status).toBe(expected);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await countEvents(system)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a body sent in pieces (no Content-Length) is refused 413 once it passes the limit', async () => {
    const before = await countEvents(system);
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL('/v1/applications', system.url);
      const request = http.request(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      const piece = Buffer.alloc(4096, 0x20);
      request.write('{"purpose":"');
      for (let i = 0; i < 6; i++) request.write(piece);
      request.end('"}');
    });
    expect(status).toBe(413);
    expect(await countEvents(system)).toBe(before);
  });

  test.each([
    ['compressed with gzip', { rawBody: gzipSync(JSON.stringify(valid)), headers: { 'content-encoding': 'gzip' } }],
    ['compressed with brotli', { rawBody: brotliCompressSync(JSON.stringify(valid)), headers: { 'content-encoding': 'br' } }],
    ['with a byte order mark', { rawBody: `\ufeff${JSON.stringify(valid)}` }],
    ['declared as UTF-8', { rawBody: JSON.stringify(valid), headers: { 'content-type': 'application/json; charset="UTF-8"' } }],
  ])('a body %s is read as the same JSON', async (_label, request) => {
    const answer = await call<{ matter: string; subject: { idNumber: string } }>(system, 'POST', '/v1/applications', { token, ...request });
    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({ matter: 'newborn', subject: { idNumber: DEMO_CITIZEN } });
  });

  test('lower-case x in an id number is accepted and normalised', async () => {
    const answer = await call<{ subject: { idNumber: string } }>(system, 'POST', '/v1/applications', {
      token,
      body: { ...valid, subject: { idNumber: DEMO_CITIZEN.toLowerCase() } },
    });
    expect(answer.status).toBe(202);
    expect(answer.body.subject.idNumber).toBe(DEMO_CITIZEN);
  });

  test('the server keeps serving after all of the above', async () => {
    const answer = await call<{ status: string }>(system, 'POST', '/v1/applications', { token, body: valid, headers: { prefer: 'wait=20' } });
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('completed');
    expect((await call(system, 'GET', '/healthz')).status).toBe(200);
  });
});

describe('rate limit per consumer', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ TONGBAN_RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(async () => system.stop());

  test('the request beyond the limit is refused 429 with Retry-After, and other consumers are unaffected', async () => {
    const token = await system.token('demo-hall');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await call(system, 'GET', '/v1/matters', { token })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = await call<{ code: string }>(system, 'GET', '/v1/matters', { token });
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('TB_RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await call(system, 'GET', '/v1/matters', { token: await system.token('demo-restricted') })).status).toBe(200);
  });
});
