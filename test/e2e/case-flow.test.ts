import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSchemaRegistry } from '../../catalog/schema-registry';
import { loadContractCatalog } from '../../catalog/contract-catalog';
import { nonceSupplyStats } from '../../crypto/es256-online';
import { ownSignatures } from '../../crypto/own-signatures';
import { DEFAULT_CONTRACTS_DIR } from '../../runtime/paths';
import type { OutgoingEvent } from '../../eventlog/event-log';
import type { Dossier } from '../../gateway/case-state';
import {
  call,
  countEvents,
  DEMO_CITIZEN,
  DEMO_ENTERPRISE,
  startTestSystem,
  UNKNOWN_CITIZEN,
  verifyProofWithPublishedKeys,
  type TestSystem,
} from '../support/test-system';
import { runCli } from '../support/processes';

/**
 * The whole case flow over real HTTP on the embedded engine: one application, every department
 * concerned, one verified dossier. Every record is checked the way a caller would check it: against its
 * schema, and its proof against the JWKS the gateway publishes.
 */
const schemas = loadSchemaRegistry();
const catalog = loadContractCatalog(DEFAULT_CONTRACTS_DIR, schemas);

describe('the one-network API on the embedded engine', () => {
  let system: TestSystem;
  let token: string;

  beforeAll(async () => {
    system = await startTestSystem();
    token = await system.token('demo-hall');
  });
  afterAll(async () => system.stop());

  async function open(body: unknown, headers: Record<string, string> = { prefer: 'wait=20' }) {
    return call<Dossier>(system, 'POST', '/v1/applications', { token, body, headers });
  }

  async function expectVerifiedRecords(dossier: Dossier): Promise<void> {
    for (const record of dossier.records.filter((r) => r.status === 'provided')) {
      const validate = schemas.validator(record.schema);
      expect({ record: `${record.department}/${record.type}`, valid: validate(record.data), errors: validate.errors ?? null }).toEqual({
        record: `${record.department}/${record.type}`,
        valid: true,
        errors: null,
      });
      const payload = await verifyProofWithPublishedKeys(system, record.proof!, record.department);
      expect(payload).toMatchObject({ applicationId: dossier.id, department: record.department, type: record.type, subject: dossier.subject });
      expect(payload.data).toEqual(record.data);
    }
  }

  test('subsistence allowance for the demo citizen: five provided, schema-valid, verifiable records', async () => {
    const { status, body, headers } = await open({ matter: 'subsistence-allowance', subject: { idNumber: DEMO_CITIZEN }, purpose: '低保申请家庭经济状况核对' });
    expect(status).toBe(200);
    expect(headers.get('preference-applied')).toBe('wait=20');
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    // Counted in bytes of UTF-8: the dossier holds Chinese names and addresses.
    expect(Number(headers.get('content-length'))).toBe(Buffer.byteLength(JSON.stringify(body)));
    expect(Buffer.byteLength(JSON.stringify(body))).toBeGreaterThan(JSON.stringify(body).length);
    expect(body.status).toBe('completed');
    expect(body.records).toHaveLength(5);
    expect(body.records.map((r) => r.status)).toEqual(['provided', 'provided', 'provided', 'provided', 'provided']);
    expect(new Set(body.records.map((r) => r.department))).toEqual(new Set(['police', 'commerce', 'tax', 'social-security', 'civil-affairs']));
    await expectVerifiedRecords(body);
    for (const r of body.records) {
      expect(r.elapsedMs).toBeGreaterThanOrEqual(0);
      expect(Date.parse(r.receivedAt!)).toBeGreaterThanOrEqual(Date.parse(body.createdAt));
    }
  });

  test.each([
    ["a case's five requests and five proofs", DEMO_CITIZEN, 'provided'],
    ['five requests and five answers without a record, through their event signatures', UNKNOWN_CITIZEN, 'not-found'],
  ])('the embedded mode checks the signatures it made itself from memory: %s', async (_what, idNumber, status) => {
    const before = ownSignatures.stats();
    const { body } = await open({ matter: 'subsistence-allowance', subject: { idNumber }, purpose: '低保申请家庭经济状况核对' });
    expect(body.records.map((r) => r.status)).toEqual(Array.from({ length: 5 }, () => status));
    const after = ownSignatures.stats();
    expect(after.vouched - before.vouched).toBe(10);
    // It remembers only what it will check: the submission, the answers carrying a proof and the
    // closing event are checked by `audit verify` elsewhere, so nothing of the case stays held.
    expect(after.remembered - before.remembered).toBe(10);
    expect(after.held).toBe(before.held);
  });

  test('every event a case writes is built in canonical member order, so signing it is one JSON.stringify', async () => {
    // What the producers hand the log: their own objects, and the canonical text they signed. An object
    // that lists its members out of order makes canonicalJson sort it member by member on the case's path.
    const log = system.embedded.log;
    const appended: OutgoingEvent[] = [];
    const originalAppend = log.append.bind(log);
    const append = jest.spyOn(log, 'append').mockImplementation((events) => {
      appended.push(...events);
      return originalAppend(events);
    });
    try {
      const { body } = await open({ matter: 'subsistence-allowance', subject: { idNumber: DEMO_CITIZEN }, purpose: '低保申请家庭经济状况核对' });
      expect(body.status).toBe('completed');
      const ofCase = appended.filter((e) => e.event.correlationid === body.id);
      const outOfOrder = ofCase
        .filter(({ event, signedText }) => {
          const { signature: _signature, ...unsigned } = event;
          return JSON.stringify(unsigned) !== signedText;
        })
        .map((e) => e.event.type);
      expect(outOfOrder).toEqual([]);
      expect(ofCase.map((e) => e.event.type.replace(/^cn\.gov\.tongban\.|\.v1$/g, '')).sort()).toEqual([
        'application.completed',
        'application.submitted',
        ...Array.from({ length: 5 }, () => 'data.provided'),
        ...Array.from({ length: 5 }, () => 'data.requested'),
      ]);
    } finally {
      append.mockRestore();
    }
  });

  test("every event of a case carries one trace: the caller's traceparent, or one made for the case", async () => {
    const given = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const request = { matter: 'subsistence-allowance', subject: { idNumber: DEMO_CITIZEN }, purpose: '低保申请家庭经济状况核对' };
    const traced = await open(request, { prefer: 'wait=20', traceparent: given });
    const untraced = await open(request);
    const tracesOf = async (id: string): Promise<string[]> => {
      const found: string[] = [];
      for await (const stored of system.embedded.log.replay(await system.embedded.log.listTopics())) {
        if (stored.event.correlationid === id) found.push(stored.event.traceparent);
      }
      return found;
    };
    // Submission, five requests, five answers, the closing event.
    expect(await tracesOf(traced.body.id)).toEqual(Array.from({ length: 12 }, () => given));
    const made = await tracesOf(untraced.body.id);
    expect(made).toHaveLength(12);
    expect(new Set(made).size).toBe(1);
    expect(made[0]).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(made[0]).not.toBe(given);
  });

  test('a valid id number unknown to every department gives five not-found records', async () => {
    const { status, body } = await open({ matter: 'subsistence-allowance', subject: { idNumber: UNKNOWN_CITIZEN }, purpose: 'check' });
    expect(status).toBe(200);
    expect(body.status).toBe('completed');
    expect(body.records.map((r) => r.status)).toEqual(['not-found', 'not-found', 'not-found', 'not-found', 'not-found']);
    expect(body.records.every((r) => r.data === undefined && r.proof === undefined)).toBe(true);
  });

  test.each([
    ['subsistence-allowance', { idNumber: DEMO_CITIZEN }],
    ['business-change', { uscc: DEMO_ENTERPRISE }],
    ['newborn', { idNumber: DEMO_CITIZEN }],
    ['retirement', { idNumber: DEMO_CITIZEN }],
    ['household-transfer', { idNumber: DEMO_CITIZEN }],
  ])('matter %s completes with a verified record from each department it names', async (matter, subject) => {
    const { status, body } = await open({ matter, subject, purpose: `e2e ${matter}` });
    expect(status).toBe(200);
    expect(body.status).toBe('completed');
    const expected = catalog.matters.get(matter)!.requests.map((r) => `${r.department}/${r.type}`);
    expect(body.records.map((r) => `${r.department}/${r.type}`).sort()).toEqual([...expected].sort());
    expect(body.records.every((r) => r.status === 'provided')).toBe(true);
    await expectVerifiedRecords(body);
  });

  test('without Prefer: wait the case is accepted (202) and can be read until it completes', async () => {
    const accepted = await open({ matter: 'newborn', subject: { idNumber: DEMO_CITIZEN }, purpose: 'birth registration' }, {});
    expect(accepted.status).toBe(202);
    expect(accepted.body.status).toBe('pending');
    expect(accepted.headers.get('location')).toBe(`/v1/applications/${accepted.body.id}`);
    let dossier = accepted.body;
    for (let i = 0; i < 200 && dossier.status === 'pending'; i++) {
      await new Promise((r) => setTimeout(r, 25));
      dossier = (await call<Dossier>(system, 'GET', `/v1/applications/${accepted.body.id}`, { token })).body;
    }
    expect(dossier.status).toBe('completed');
    await expectVerifiedRecords(dossier);
    // Both answers carry the dossier as res.json would: its media type, and its length in UTF-8 bytes.
    expect(accepted.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Number(accepted.headers.get('content-length'))).toBe(Buffer.byteLength(JSON.stringify(accepted.body)));
    const read = await call<Dossier>(system, 'GET', `/v1/applications/${accepted.body.id}`, { token });
    expect(read.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(read.headers.get('cache-control')).toBe('no-store');
    expect(Number(read.headers.get('content-length'))).toBe(Buffer.byteLength(JSON.stringify(read.body)));
    expect(Buffer.byteLength(JSON.stringify(read.body))).toBeGreaterThan(JSON.stringify(read.body).length);
    // HEAD: the same headers, no body.
    const head = await call(system, 'HEAD', `/v1/applications/${accepted.body.id}`, { token });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(read.headers.get('content-length'));
    expect(head.body).toBeUndefined();
  });

  test('server-sent events stream the dossier until it is closed', async () => {
    const accepted = await open({ matter: 'household-transfer', subject: { idNumber: DEMO_CITIZEN }, purpose: 'move' }, {});
    const response = await fetch(`${system.url}/v1/applications/${accepted.body.id}/events`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const text = await response.text(); // the server ends the stream when the case closes
    const events = text.split('\n\n').filter((chunk) => chunk.startsWith('id:'));
    const last = events[events.length - 1]!;
    expect(last).toContain('event: completed');
    const dossier = JSON.parse(last.split('\n').find((l) => l.startsWith('data: '))!.slice(6)) as Dossier;
    expect(dossier.id).toBe(accepted.body.id);
    expect(dossier.status).toBe('completed');
  });

  test('Idempotency-Key returns the first case, and refuses the same key with another body', async () => {
    const headers = { prefer: 'wait=20', 'idempotency-key': `key-${Date.now()}` };
    const first = await open({ matter: 'newborn', subject: { idNumber: DEMO_CITIZEN }, purpose: 'idem' }, headers);
    const again = await open({ matter: 'newborn', subject: { idNumber: DEMO_CITIZEN }, purpose: 'idem' }, headers);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const events = await countEvents(system);
    const conflict = await open({ matter: 'newborn', subject: { idNumber: DEMO_CITIZEN }, purpose: 'another purpose' }, headers);
    expect(conflict.status).toBe(422);
    expect(conflict.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await countEvents(system)).toBe(events);
  });

  describe('bad input answers 4xx problem+json and writes nothing', () => {
    const cases: [string, { body?: unknown; rawBody?: string; headers?: Record<string, string> }, number, string][] = [
      ['a bad check digit', { body: { matter: 'newborn', subject: { idNumber: '110105194912310021' }, purpose: 'x' } }, 400, '/subject/idNumber'],
      ['an impossible birth date', { body: { matter: 'newborn', subject: { idNumber: '11010519491331002X' }, purpose: 'x' } }, 400, '/subject/idNumber'],
      ['a bad USCC check character', { body: { matter: 'business-change', subject: { uscc: '91350100M000100Y44' }, purpose: 'x' } }, 400, '/subject/uscc'],
      ['an unknown matter', { body: { matter: 'moon-landing', subject: { idNumber: DEMO_CITIZEN }, purpose: 'x' } }, 422, '/matter'],
      ['a missing subject', { body: { matter: 'newborn', purpose: 'x' } }, 400, '/subject'],
      ['a person matter for an enterprise', { body: { matter: 'newborn', subject: { uscc: DEMO_ENTERPRISE }, purpose: 'x' } }, 400, '/subject'],
      ['an unknown field', { body: { matter: 'newborn', subject: { idNumber: DEMO_CITIZEN }, purpose: 'x', admin: true } }, 400, '/admin'],
      ['an empty purpose', { body: { matter: 'newborn', subject: { idNumber: DEMO_CITIZEN }, purpose: '   ' } }, 400, '/purpose'],
      ['malformed JSON', { rawBody: '{"matter": "newborn", ' }, 400, ''],
      ['a body that is not JSON', { rawBody: 'matter=newborn', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415, ''],
    ];
    test.each(cases)('%s', async (_label, request, expectedStatus, pointer) => {
      const before = await countEvents(system);
      const answer = await call<{ type: string; status: number; code: string; errors?: { pointer: string }[] }>(system, 'POST', '/v1/applications', { token, ...request });
      expect(answer.status).toBe(expectedStatus);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(answer.body.status).toBe(expectedStatus);
      expect(answer.body.type).toMatch(/^https:\/\/tongban\.dev\/problems\//);
      if (pointer !== '') expect(answer.body.errors?.map((e) => e.pointer)).toContain(pointer);
      expect(await countEvents(system)).toBe(before);
    });

    test('every validation failure is listed at once', async () => {
      const answer = await call<{ errors: { pointer: string }[] }>(system, 'POST', '/v1/applications', { token, body: { matter: 7, subject: {}, extra: 1 } });
      expect(answer.status).toBe(400);
      const pointers = answer.body.errors.map((e) => e.pointer);
      expect(pointers).toEqual(expect.arrayContaining(['/matter', '/purpose', '/extra']));
    });
  });

  test('no token answers 401 with a problem document and a WWW-Authenticate challenge', async () => {
    const answer = await call<{ code: string }>(system, 'POST', '/v1/applications', { body: { matter: 'newborn', subject: { idNumber: DEMO_CITIZEN }, purpose: 'x' } });
    expect(answer.status).toBe(401);
    expect(answer.body.code).toBe('TB_UNAUTHENTICATED');
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  test('a consumer reads only its own cases', async () => {
    const mine = await open({ matter: 'newborn', subject: { idNumber: DEMO_CITIZEN }, purpose: 'mine' });
    const other = await system.token('demo-restricted');
    expect((await call(system, 'GET', `/v1/applications/${mine.body.id}`, { token: other })).status).toBe(404);
    expect((await call(system, 'GET', `/v1/applications/${mine.body.id}`, { token })).status).toBe(200);
  });

  test('GET /v1/matters lists what the caller may open; GET /v1/departments publishes each JWKS', async () => {
    const matters = await call<{ matters: { id: string }[] }>(system, 'GET', '/v1/matters', { token });
    expect(matters.body.matters.map((m) => m.id).sort()).toEqual(['business-change', 'household-transfer', 'newborn', 'retirement', 'subsistence-allowance']);
    const restricted = await call<{ matters: { id: string }[] }>(system, 'GET', '/v1/matters', { token: await system.token('demo-restricted') });
    expect(restricted.body.matters.map((m) => m.id)).toEqual(['newborn']);
    const departments = await call<{ departments: { id: string; jwks: { keys: unknown[] } }[] }>(system, 'GET', '/v1/departments');
    expect(departments.body.departments.map((d) => d.id).sort()).toEqual(['civil-affairs', 'commerce', 'police', 'social-security', 'tax']);
    expect(departments.body.departments.every((d) => d.jwks.keys.length === 1)).toBe(true);
  });

  test('operations endpoints: health, readiness, metrics, OpenAPI 3.1', async () => {
    expect((await call(system, 'GET', '/healthz')).status).toBe(200);
    expect((await call(system, 'GET', '/readyz')).body).toMatchObject({ status: 'ready', eventLog: 'up' });
    const metrics = await call<string>(system, 'GET', '/metrics');
    expect(metrics.body).toMatch(/tongban_applications_total\{matter="subsistence-allowance",status="completed"\} [1-9]/);
    expect(metrics.body).toMatch(/tongban_records_total\{department="police",status="provided"\}/);
    const openapi = await call<{ openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }>(system, 'GET', '/openapi.json');
    expect(openapi.body.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.body.paths)).toEqual(expect.arrayContaining(['/v1/applications', '/v1/applications/{id}', '/v1/applications/{id}/events', '/v1/matters', '/v1/departments']));
    expect(openapi.body.components.schemas).toHaveProperty('ApplicationRequestV1');
    expect(openapi.body.components.schemas).toHaveProperty('DossierV1');
    expect((await call(system, 'GET', '/no/such/route')).status).toBe(404);
  });
});

/** The demo citizen's five-department case, answered in full: five provided records whose proofs verify with the published keys. */
async function expectFiveVerifiedRecords(system: TestSystem, token: string): Promise<void> {
  const { status, body } = await call<Dossier>(system, 'POST', '/v1/applications', {
    token,
    body: { matter: 'subsistence-allowance', subject: { idNumber: DEMO_CITIZEN }, purpose: '低保申请家庭经济状况核对' },
    headers: { prefer: 'wait=20' },
  });
  expect(status).toBe(200);
  expect(body.records.map((r) => r.status)).toEqual(['provided', 'provided', 'provided', 'provided', 'provided']);
  for (const record of body.records) expect(await verifyProofWithPublishedKeys(system, record.proof!, record.department)).toMatchObject({ data: record.data });
}

describe('where the simulated departments render their answers', () => {
  test.each([
    ['on the simulator thread (the default)', {}, true],
    ['on the event loop with TONGBAN_SIMULATOR_THREAD=off', { TONGBAN_SIMULATOR_THREAD: 'off' }, false],
  ])('%s: the same dossier of five verified records', async (_where, env: Record<string, string>, threaded) => {
    const system = await startTestSystem(env);
    try {
      for (const adapter of Object.values(system.embedded.adapters)) expect(adapter.simulator?.renderer !== undefined).toBe(threaded);
      await expectFiveVerifiedRecords(system, await system.token('demo-hall'));
    } finally {
      await system.stop();
    }
  });
});

describe('where signatures are made', () => {
  test.each([
    ['on the event loop from nonces made ahead of time (the default)', {}, true],
    ['on the thread pool with TONGBAN_SIGNING_NONCES=off', { TONGBAN_SIGNING_NONCES: 'off' }, false],
  ])('%s: proofs that verify with the published keys, and a log that `audit verify` finds intact', async (_where, env: Record<string, string>, online) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-e2e-'));
    const system = await startTestSystem(env, dataDir);
    let running = true;
    try {
      const token = await system.token('demo-hall');
      for (let i = 0; i < 3; i++) await expectFiveVerifiedRecords(system, token);
      // 17 signatures a case: made here from nonces, or none of them.
      const stats = nonceSupplyStats();
      if (online) expect(stats!.taken).toBeGreaterThanOrEqual(3 * 17);
      else expect(stats).toBeNull();
      await system.stop();
      running = false;
      expect(nonceSupplyStats()).toBeNull();
      // Checked in a process of its own, so every signature is checked in full.
      const cli = runCli(['audit', 'verify'], { TONGBAN_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
      expect(cli.stderr).toBe('');
      expect(cli.stdout).toMatch(/^verified 36 events from 6 sources in \d+ topic partitions: intact, no breaks$/m);
      expect(cli.status).toBe(0);
    } finally {
      if (running) await system.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
