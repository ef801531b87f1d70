import fs from 'node:fs';
import path from 'node:path';
import { SignJWT, importJWK, type JWK } from 'jose';
import { CONSENT_ISSUER } from '../../gateway/consent';
import type { Dossier } from '../../gateway/case-state';
import { Topics } from '../../eventlog/topics';
import { call, countEvents, DEMO_CITIZEN, startTestSystem, UNKNOWN_CITIZEN, type TestSystem } from '../support/test-system';

/**
 * Consumer contracts through real HTTP: matters per consumer, fields per grant (minimised at the
 * source, not only at the gateway), conditional grants needing a listed purpose and the citizen's
 * consent bound to subject, consumer, matter and expiry.
 */
describe('consumer contracts', () => {
  let system: TestSystem;
  const PURPOSE = '住房公积金退休提取审核';

  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => system.stop());

  async function consentToken(claims: { sub?: string; aud?: string; matter?: string; exp?: number; signer?: string } = {}): Promise<string> {
    const file = path.join(system.dataDir, 'keys', `${claims.signer ?? 'consent'}.private.jwk.json`);
    const jwk = JSON.parse(fs.readFileSync(file, 'utf8')) as JWK;
    return new SignJWT({ matter: claims.matter ?? 'retirement' })
      .setProtectedHeader({ alg: 'ES256', kid: jwk.kid! })
      .setIssuer(CONSENT_ISSUER)
      .setSubject(claims.sub ?? DEMO_CITIZEN)
      .setAudience(claims.aud ?? 'housing-fund-centre')
      .setIssuedAt()
      .setExpirationTime(claims.exp ?? '10m')
      .sign(await importJWK(jwk, 'ES256'));
  }

  test('demo-restricted cannot open subsistence-allowance (403), and nothing is written', async () => {
    const before = await countEvents(system);
    const answer = await call<{ code: string }>(system, 'POST', '/v1/applications', {
      token: await system.token('demo-restricted'),
      body: { matter: 'subsistence-allowance', subject: { idNumber: DEMO_CITIZEN }, purpose: 'x' },
    });
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe('TB_FORBIDDEN');
    expect(await countEvents(system)).toBe(before);
  });

  test('demo-restricted receives fewer fields than demo-hall for newborn, and only what it is granted', async () => {
    const open = async (consumer: string) =>
      (
        await call<Dossier>(system, 'POST', '/v1/applications', {
          token: await system.token(consumer),
          headers: { prefer: 'wait=20' },
          body: { matter: 'newborn', subject: { idNumber: DEMO_CITIZEN }, purpose: '出生登记' },
        })
      ).body;
    const hall = await open('demo-hall');
    const restricted = await open('demo-restricted');
    expect(restricted.status).toBe('completed');
    const contract = JSON.parse(fs.readFileSync(path.join(system.config.contractsDir, 'consumers', 'demo-restricted.json'), 'utf8')) as {
      grants: { department: string; fields: string[] }[];
    };
    let fewer = 0;
    for (const record of restricted.records) {
      const granted = contract.grants.find((g) => g.department === record.department)!.fields;
      const fields = Object.keys(record.data!);
      expect(fields.every((f) => granted.includes(f))).toBe(true);
      const full = Object.keys(hall.records.find((r) => r.department === record.department)!.data!);
      if (fields.length < full.length) fewer += 1;
    }
    expect(fewer).toBeGreaterThanOrEqual(1);

    // Minimisation happened at the source: the department's own answer event held only the granted fields.
    for await (const stored of system.embedded.log.replay([Topics.responses('police')])) {
      if (stored.event.correlationid !== restricted.id) continue;
      const record = (stored.event.data as { record: Record<string, unknown> }).record;
      expect(Object.keys(record).sort()).toEqual([...contract.grants.find((g) => g.department === 'police')!.fields].filter((f) => f in record).sort());
      expect(record).not.toHaveProperty('migrations');
    }
  });

  describe('a conditional grant (housing fund centre, retirement)', () => {
    const open = async (body: Record<string, unknown>) =>
      call<Dossier & { code: string; detail: string }>(system, 'POST', '/v1/applications', {
        token: await system.token('housing-fund-centre'),
        headers: { prefer: 'wait=20' },
        body: { matter: 'retirement', subject: { idNumber: DEMO_CITIZEN }, purpose: PURPOSE, ...body },
      });

    test('with the listed purpose and a valid consent token: granted records provided, the ungranted one withheld', async () => {
      const answer = await open({ consent: await consentToken() });
      expect(answer.status).toBe(200);
      expect(answer.body.status).toBe('partial');
      const byDept = Object.fromEntries(answer.body.records.map((r) => [r.department, r]));
      expect(byDept['social-security']!.status).toBe('provided');
      expect(byDept.police!.status).toBe('provided');
      expect(byDept['civil-affairs']!.status).toBe('provided');
      expect(byDept.tax).toMatchObject({ status: 'refused', reason: expect.stringMatching(/not granted/) });
    });

    const refusals: [string, () => Promise<Record<string, unknown>>, RegExp][] = [
      ['no consent token', async () => ({}), /consent/],
      ['a purpose not on the grant’s list', async () => ({ purpose: '其他用途', consent: await consentToken() }), /purpose/],
      ['consent for another citizen', async () => ({ consent: await consentToken({ sub: UNKNOWN_CITIZEN }) }), /"sub"/],
      ['consent for another consumer', async () => ({ consent: await consentToken({ aud: 'demo-hall' }) }), /"aud"/],
      ['consent for another matter', async () => ({ consent: await consentToken({ matter: 'newborn' }) }), /matter/],
      ['expired consent', async () => ({ consent: await consentToken({ exp: Math.floor(Date.now() / 1000) - 3600 }) }), /expiry|"exp"/],
      ['consent signed by a department instead of the consent service', async () => ({ consent: await consentToken({ signer: 'police' }) }), /consent service/],
    ];
    test.each(refusals)('%s is refused 403 with a clear reason, and nothing is written', async (_label, extra, reason) => {
      const before = await countEvents(system);
      const answer = await open(await extra());
      expect(answer.status).toBe(403);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(answer.body.detail).toMatch(reason);
      expect(await countEvents(system)).toBe(before);
    });
  });

  test('access history: only a consumer whose contract grants it may read it', async () => {
    const denied = await call(system, 'GET', `/v1/subjects/${DEMO_CITIZEN}/access`, { token: await system.token('demo-hall') });
    expect(denied.status).toBe(403);
    const history = await call<{ entries: { consumer: string; matter: string; purpose: string; disclosures: { department: string; fields: string[] }[] }[] }>(
      system,
      'GET',
      `/v1/subjects/${DEMO_CITIZEN}/access`,
      { token: await system.token('citizen-portal') },
    );
    expect(history.status).toBe(200);
    expect(history.body.entries.length).toBeGreaterThanOrEqual(3);
    const restrictedCase = history.body.entries.find((e) => e.consumer === 'demo-restricted')!;
    expect(restrictedCase.matter).toBe('newborn');
    expect(restrictedCase.purpose).toBe('出生登记');
    expect(restrictedCase.disclosures.find((d) => d.department === 'police')!.fields).toContain('name');
    expect((await call(system, 'GET', '/v1/subjects/110105194912310021/access', { token: await system.token('citizen-portal') })).status).toBe(400);
  });
});
