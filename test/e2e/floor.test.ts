import { createHash, generateKeyPairSync, verify } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { startFloorServer, type FloorServer, type FloorTemplate } from '../../bench/floor-server';
import type { Dossier } from '../../gateway/case-state';
import { call, DEMO_CITIZEN, startTestSystem } from '../support/test-system';

/**
 * The benchmark's floor (bench/floor-server.ts) claims to do the design's mandatory work for a case and
 * nothing else. Its figure means something only if it really does that work, so this checks it, on a
 * template taken from a case Tongban just ran: seventeen signatures that verify, twelve events chained
 * per producer, the case written, a dossier of five proven records.
 */
describe('the floor does the mandatory work of a case', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  let template: FloorTemplate;
  let floor: FloorServer;
  let dir: string;

  beforeAll(async () => {
    const system = await startTestSystem();
    try {
      const token = await system.token();
      const { body } = await call<Dossier>(system, 'POST', '/v1/applications', {
        token,
        body: { matter: 'subsistence-allowance', subject: { idNumber: DEMO_CITIZEN }, purpose: 'floor' },
        headers: { prefer: 'wait=20' },
      });
      const events: FloorTemplate['events'][number][] = [];
      for await (const stored of system.embedded.log.replay(await system.embedded.log.listTopics())) {
        if (stored.event.correlationid !== body.id) continue;
        const { signature: _signature, ...event } = stored.event;
        events.push({ topic: stored.topic, event: event as Record<string, unknown> });
      }
      template = { events, dossier: body as unknown as FloorTemplate['dossier'] };
    } finally {
      await system.stop();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-floor-test-'));
    const latencyMs = { police: 5, commerce: 5, tax: 5, 'social-security': 5, 'civil-affairs': 5 };
    floor = await startFloorServer({ dataDir: dir, template, latencyMs, key: privateKey });
  });
  afterAll(async () => {
    await floor.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const checks = (signingInput: string, signature: string): boolean =>
    verify('sha256', Buffer.from(signingInput), { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));

  test('one case: a completed dossier, seventeen signatures that verify, twelve chained events, the case stored', async () => {
    const response = await fetch(`${floor.url}/v1/applications`, { method: 'POST', body: JSON.stringify({ matter: 'subsistence-allowance' }) });
    expect(response.status).toBe(200);
    const dossier = (await response.json()) as Dossier;
    expect(dossier.status).toBe('completed');
    expect(dossier.records.map((r) => r.status)).toEqual(template.dossier.records.map(() => 'provided'));
    for (const record of dossier.records) {
      const [head, payload, signature] = record.proof!.split('.');
      expect(checks(`${head}.${payload}`, signature!)).toBe(true);
      expect(JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'))).toMatchObject({ applicationId: dossier.id, department: record.department, data: record.data });
    }

    const log = new Database(path.join(dir, 'floor-events.db'), { readonly: true });
    const rows = log.prepare('SELECT topic, source, body, signature FROM events WHERE key = ? ORDER BY offset').all(dossier.id) as { topic: string; source: string; body: string; signature: string }[];
    log.close();
    // The submission and its requests in one batch, the answers as they come, the closing event last.
    const topics = template.events.map((e) => e.topic);
    expect(rows).toHaveLength(12);
    expect(rows.slice(0, 6).map((r) => r.topic)).toEqual(topics.slice(0, 6));
    expect(rows.slice(6, 11).map((r) => r.topic).sort()).toEqual(topics.slice(6, 11).sort());
    expect(rows[11]!.topic).toBe(topics[11]);
    for (const row of rows) {
      const [head, empty, signature] = row.signature.split('.');
      expect(empty).toBe('');
      expect(checks(`${head}.${row.body}`, signature!)).toBe(true);
    }
    // Each producer's events name the hash of its previous one.
    const gateway = rows.filter((r) => r.source === rows[0]!.source).map((r) => JSON.parse(r.body) as { prevhash: string });
    for (let i = 1; i < gateway.length; i++) {
      expect(gateway[i]!.prevhash).toBe(createHash('sha256').update(rows.filter((r) => r.source === rows[0]!.source)[i - 1]!.body).digest('base64url'));
    }

    const store = new Database(path.join(dir, 'floor-cases.db'), { readonly: true });
    const stored = store.prepare('SELECT state FROM cases WHERE id = ?').get(dossier.id) as { state: string };
    const leftRecords = store.prepare('SELECT COUNT(*) AS n FROM case_records WHERE case_id = ?').get(dossier.id) as { n: number };
    store.close();
    expect(JSON.parse(stored.state)).toMatchObject({ id: dossier.id, status: 'completed' });
    expect(leftRecords.n).toBe(0);
  });

  test('a body that is not JSON gets a 400 problem, and the floor refuses a template it cannot follow', async () => {
    const response = await fetch(`${floor.url}/v1/applications`, { method: 'POST', body: '{' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    await expect(startFloorServer({ dataDir: dir, template: { events: template.events.slice(0, 1), dossier: template.dossier }, latencyMs: {} })).rejects.toThrow(/template case/);
  });
});
