import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Dossier } from '../../gateway/case-state';
import { CLI, freePort, runCli, startCli } from '../support/processes';
import { call, DEMO_CITIZEN } from '../support/test-system';

/**
 * The product as a user runs it: `tongban start` as a real process, a token from `tongban token`,
 * a case over HTTP, SIGTERM, a restart on the same data directory, and `tongban audit verify`.
 */
describe('tongban start as a process', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-proc-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test('serves, stops cleanly on SIGTERM, keeps every case across a restart, and its log verifies', async () => {
    const port = await freePort();
    const env = { TONGBAN_DATA_DIR: dataDir, PORT: String(port), TONGBAN_HOST: '127.0.0.1', TONGBAN_SIMULATOR_LATENCY_MS: '5' };
    let server = startCli(['start'], env);
    await server.waitForLine(/gateway listening/);
    const url = `http://127.0.0.1:${port}`;

    const tokenRun = runCli(['token', 'demo-hall'], env);
    expect(tokenRun.status).toBe(0);
    const token = tokenRun.stdout.trim();
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);

    const opened = await call<Dossier>({ url }, 'POST', '/v1/applications', {
      token,
      headers: { prefer: 'wait=20' },
      body: { matter: 'subsistence-allowance', subject: { idNumber: DEMO_CITIZEN }, purpose: '低保核对' },
    });
    expect(opened.status).toBe(200);
    expect(opened.body.status).toBe('completed');

    server.child.kill('SIGTERM');
    expect(await server.exited()).toEqual({ code: 0, signal: null });

    // Structured logs: one JSON object per line; case lines carry the correlation id; no personal data, no secrets.
    const logLines = server.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logLines.length).toBe(server.lines.filter((l) => l.trim() !== '').length);
    const caseLines = logLines.filter((l) => l.correlationId === opened.body.id);
    expect(caseLines.length).toBeGreaterThanOrEqual(6); // accepted, five answers, closed
    // The request's lines carry its request id and consumer, from the route's line to the last one.
    const accepted = caseLines.find((l) => l.msg === 'case accepted');
    expect(accepted).toMatchObject({ reqId: expect.any(String), consumer: 'demo-hall' });
    expect(caseLines.find((l) => l.msg === 'request completed' && l.route === '/v1/applications')).toMatchObject({ reqId: accepted!.reqId, consumer: 'demo-hall', status: 200 });
    // The adapters' lines name the department request they answered, a different id under another message.
    expect(caseLines.filter((l) => l.msg === 'request answered').map((l) => [typeof l.requestId, l.reqId])).toEqual(Array(5).fill(['string', undefined]));
    // A binding is not written again as a field: a line with a key twice is ambiguous to log tools.
    expect(server.lines.filter((l) => ['"consumer":', '"reqId":'].some((key) => l.split(key).length > 2))).toEqual([]);
    const everything = server.lines.join('\n');
    expect(everything).not.toContain(DEMO_CITIZEN);
    expect(everything).not.toContain(token);

    server = startCli(['start'], env);
    await server.waitForLine(/gateway listening/);
    const reread = await call<Dossier>({ url }, 'GET', `/v1/applications/${opened.body.id}`, { token });
    expect(reread.status).toBe(200);
    expect(reread.body).toEqual(opened.body);
    server.child.kill('SIGTERM');
    expect((await server.exited()).code).toBe(0);

    const verify = runCli(['audit', 'verify'], env);
    expect({ status: verify.status, stderr: verify.stderr }).toEqual({ status: 0, stderr: expect.any(String) });
  }, 120_000);

  test('the built CLI is executable, as `npx tongban` runs it directly', () => {
    // tsc writes its output without the execute bit; npm's own bin linking sets it only sometimes.
    expect(() => fs.accessSync(CLI, fs.constants.X_OK)).not.toThrow();
  });

  test('bad configuration is one clear line and exit code 2', () => {
    const result = runCli(['start'], { TONGBAN_DATA_DIR: dataDir, PORT: 'not-a-port' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^tongban: invalid configuration: PORT/);
  });

  test('the dev issuer refuses to work outside the embedded development mode', () => {
    const result = runCli(['token', 'demo-hall'], { TONGBAN_DATA_DIR: dataDir, TONGBAN_KAFKA_BROKERS: '127.0.0.1:9092' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/embedded development mode/);
  });
});
