import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../runtime/paths';
import { expectRefusal } from '../support/processes';

/**
 * `npm run bench` end to end on the embedded engine, with phases cut short: it starts its own
 * `tongban start`, drives it, audits the log it wrote and prints the report and its JSON line. How fast
 * is the benchmark's business; this checks that it runs, reports every figure the design names, and
 * refuses bad arguments with one line.
 */
const BENCH = path.join(PROJECT_ROOT, 'dist', 'bench', 'run.js');
const run = (args: string[]) => spawnSync(process.execPath, [BENCH, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 120_000 });

test('a short run reports every figure, audits an intact log and ends with one JSON line', () => {
  const result = run(['--cases', '3', '--load-rate', '10', '--load-seconds', '1', '--concurrency', '4', '--saturation-seconds', '1', '--warm-up', '2', '--json']);
  expect({ status: result.status, errors: result.stderr.split('\n').filter((l) => l.startsWith('bench:')) }).toEqual({ status: 0, errors: [] });
  const lines = result.stdout.trim().split('\n');
  expect(lines[0]).toMatch(/embedded engine/);
  expect(result.stdout).toMatch(/1\. one case of "subsistence-allowance"/);
  // The saturating load, unmeasured, right before the saturation phase; single cases before the rest.
  expect(result.stdout).toMatch(/warm-up, not measured: 4 clients for 2 s \(\d+ cases\) right before the saturation phase; 20 single cases before the one-at-a-time phases/);
  expect(result.stdout).toMatch(/4\. audit verify over \d+ events/);
  const json = JSON.parse(lines[lines.length - 1]!) as Record<string, number>;
  for (const key of ['fanoutP50Ms', 'sequentialP50Ms', 'overheadP50Ms', 'overheadP99Ms', 'applicationsPerSecond', 'auditVerifyEventsPerSecond', 'signatureVerifyPerSecond', 'serverPeakRssMb']) {
    expect({ key, positive: Number.isFinite(json[key]) && json[key]! > 0 }).toEqual({ key, positive: true });
  }
  // The saturated cases' CPU, read from the server's threads: the event loop's is part of the server's.
  for (const key of ['serverCpuMsPerCase', 'eventLoopCpuMsPerCase', 'eventLoopBusyShare', 'clientCpuMsPerCase']) {
    expect({ key, positive: Number.isFinite(json[key]) && json[key]! > 0 }).toEqual({ key, positive: true });
  }
  expect(json.eventLoopCpuMsPerCase).toBeLessThan(json.serverCpuMsPerCase!);
  expect(json.eventLoopBusyShare).toBeLessThanOrEqual(1.1);
  expect(result.stdout).toMatch(/CPU per case: server [\d.]+ ms, of it the event loop [\d.]+ ms/);
  // The floor ran on the same machine, with the same clients, and Tongban is put against it.
  for (const key of ['floorApplicationsPerSecond', 'floorServerCpuMsPerCase', 'floorEventLoopCpuMsPerCase', 'saturationToFloorRatio']) {
    expect({ key, positive: Number.isFinite(json[key]) && json[key]! > 0 }).toEqual({ key, positive: true });
  }
  expect(json.saturationToFloorRatio).toBeCloseTo(json.applicationsPerSecond! / json.floorApplicationsPerSecond!, 1);
  expect(result.stdout).toMatch(/the floor \(only the design's mandatory work, no framework\): [\d.]+ applications\/s/);
  expect(result.stdout).toMatch(/→ Tongban runs at [\d.]+× the floor/);
  // How much of the machine's time the hypervisor took in each phase (0 on a machine of its own).
  for (const key of ['moderateStolenShare', 'saturationStolenShare', 'floorStolenShare']) {
    expect({ key, share: json[key]! >= 0 && json[key]! <= 1 }).toEqual({ key, share: true });
  }
  expect(result.stdout).toMatch(/the hypervisor took [\d.]+ % of the machine's time/);
  // The server's GC pauses during the moderate load, read from its own /metrics.
  for (const key of ['moderateGcPauses', 'moderateGcPauseMs', 'moderateGcPausesOver10Ms']) {
    expect({ key, counted: Number.isFinite(json[key]) && json[key]! >= 0 }).toEqual({ key, counted: true });
  }
  expect(json.moderateGcPausesOver10Ms).toBeLessThanOrEqual(json.moderateGcPauses!);
  expect(result.stdout).toMatch(/the server's GC meanwhile: \d+ pauses, [\d.]+ ms in all \([\d.]+ % of the phase\), \d+ over 10 ms/);
  // Warm-up 20, fan-out 3, moderate 10 and at least a few saturated cases, 12 events each.
  expect(json.warmUpSeconds).toBe(2);
  const warmedUp = Number(/for 2 s \((\d+) cases\)/.exec(result.stdout)![1]);
  expect(warmedUp).toBeGreaterThanOrEqual(2 * 4); // 2 s of four clients: more than a case each
  // Warm-up, 20 single cases, fan-out 3, moderate 10 and at least a few saturated cases, 12 events each.
  expect(json.events).toBeGreaterThanOrEqual((warmedUp + 20 + 3 + 10 + 4) * 12);
}, 150_000);

test.each([
  [['--cases', '0'], /^bench: --cases must be a positive whole number$/],
  [['--warm-up=-1'], /^bench: --warm-up must be a whole number of seconds \(0: none\)$/],
  [['--warm-up', '-1'], /^bench: Option '--warm-up' argument is ambiguous\. Did you forget/],
  [['--speed', 'max'], /^bench: Unknown option '--speed'/],
  [['--url', 'http://127.0.0.1:9'], /^bench: --url needs --token/],
  [['--token', 'abc'], /^bench: --token goes with --url/],
  [['--url', 'ftp://example.org', '--token', 'abc'], /^bench: --url must be http:\/\/ or https:\/\//],
])('bad arguments %p: one line and exit code 2', (args, message) => {
  expectRefusal(run(args), message);
});
