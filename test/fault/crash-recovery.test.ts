import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Dossier } from '../../gateway/case-state';
import { openSqliteEventLog } from '../../eventlog/sqlite/sqlite-event-log';
import { EventTypes } from '../../eventlog/cloudevent';
import { freePort, runCli, startCli } from '../support/processes';
import { call, DEMO_CITIZEN } from '../support/test-system';

/**
 * Injected: SIGKILL of the embedded process while 60 applications are being submitted and worked on.
 * Asserted: every application that was accepted (answered 202) completes after a restart, none is
 * duplicated (one submission event, one record per department), and the log still verifies.
 */
describe('crash of the embedded process under load', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-crash-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test('60 concurrent applications, SIGKILL mid-way, restart: nothing accepted is lost or duplicated', async () => {
    const port = await freePort();
    // Slow departments keep many cases in flight when the process dies.
    const env = { TONGBAN_DATA_DIR: dataDir, PORT: String(port), TONGBAN_HOST: '127.0.0.1', TONGBAN_SIMULATOR_LATENCY_MS: '150' };
    let server = startCli(['start'], env);
    await server.waitForLine(/gateway listening/);
    const url = `http://127.0.0.1:${port}`;
    const token = runCli(['token', 'demo-hall'], env).stdout.trim();

    const accepted: string[] = [];
    let killed = false;
    const submissions = Array.from({ length: 60 }, async (_, i) => {
      await new Promise((r) => setTimeout(r, i * 3));
      try {
        const answer = await call<Dossier>({ url }, 'POST', '/v1/applications', {
          token,
          body: { matter: 'subsistence-allowance', subject: { idNumber: DEMO_CITIZEN }, purpose: `crash test ${i}` },
        });
        if (answer.status === 202 || answer.status === 200) accepted.push(answer.body.id);
        if (accepted.length === 30 && !killed) {
          killed = true;
          server.child.kill('SIGKILL');
        }
      } catch {
        // The connection died with the process: this one was never accepted, the caller would retry.
      }
    });
    await Promise.all(submissions);
    expect(await server.exited()).toEqual({ code: null, signal: 'SIGKILL' });
    expect(accepted.length).toBeGreaterThanOrEqual(30);

    server = startCli(['start'], env);
    await server.waitForLine(/gateway listening/);
    const dossiers: Dossier[] = [];
    for (const id of accepted) {
      let dossier: Dossier | undefined;
      for (let i = 0; i < 400; i++) {
        const answer = await call<Dossier>({ url }, 'GET', `/v1/applications/${id}`, { token });
        expect(answer.status).toBe(200);
        dossier = answer.body;
        if (dossier.status !== 'pending') break;
        await new Promise((r) => setTimeout(r, 25));
      }
      dossiers.push(dossier!);
    }
    server.child.kill('SIGTERM');
    expect((await server.exited()).code).toBe(0);

    for (const d of dossiers) {
      expect({ id: d.id, status: d.status }).toEqual({ id: d.id, status: 'completed' });
      expect(d.records.map((r) => r.department).sort()).toEqual(['civil-affairs', 'commerce', 'police', 'social-security', 'tax']);
      expect(d.records.every((r) => r.status === 'provided')).toBe(true);
    }
    const log = openSqliteEventLog({ file: path.join(dataDir, 'events.db') });
    const submitted = new Map<string, number>();
    for await (const s of log.replay(['tongban.applications'])) {
      if (s.event.type === EventTypes.applicationSubmitted) submitted.set(s.event.correlationid, (submitted.get(s.event.correlationid) ?? 0) + 1);
    }
    await log.close();
    for (const id of accepted) expect(submitted.get(id)).toBe(1);

    const verify = runCli(['audit', 'verify'], env);
    expect({ status: verify.status, out: verify.status === 0 ? '' : verify.stdout + verify.stderr }).toEqual({ status: 0, out: '' });
  }, 180_000);
});
