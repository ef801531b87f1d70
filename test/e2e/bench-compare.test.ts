import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { npmStartNodeFlags } from '../../bench/target';
import { PROJECT_ROOT } from '../../runtime/paths';
import { expectRefusal } from '../support/processes';

/**
 * `npm run bench:compare` end to end, cut short: two `tongban start`s of this checkout, B with the
 * simulators rendering on the event loop (a configuration to compare), driven in alternating slices.
 * Which is faster is the comparison's business; this checks that both really ran the same slices,
 * in alternating order, that the figures add up, and that bad arguments get one line.
 */
const COMPARE = path.join(PROJECT_ROOT, 'dist', 'bench', 'compare.js');
const run = (args: string[]) => spawnSync(process.execPath, [COMPARE, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 120_000 });

test('two servers, alternating slices, one JSON line whose figures add up', () => {
  // B's server on a node binary named with --node-b (this one: CI has one Node).
  const result = run(['--warm-up', '1', '--slices', '3', '--slice-seconds', '1', '--concurrency', '4', '--env-b', 'TONGBAN_SIMULATOR_THREAD=off', '--node-b', process.execPath, '--json']);
  expect({ status: result.status, errors: result.stderr.split('\n').filter((l) => l.startsWith('bench:compare:')) }).toEqual({ status: 0, errors: [] });
  const lines = result.stdout.trim().split('\n');
  // Both with the flags `npm start` runs the checkout with, and the version of the Node each runs on.
  const flags = npmStartNodeFlags().join(' ');
  expect(lines[1]).toBe(`A: ${PROJECT_ROOT} (this checkout); node ${process.version} ${flags}`);
  expect(lines[2]).toBe(`B: ${PROJECT_ROOT} (this checkout); TONGBAN_SIMULATOR_THREAD=off, node ${process.version} ${flags}`);
  expect(result.stdout).toMatch(/warm-up, not measured: 1 s of the same load on each, in alternating slices \(A \d+ cases, B \d+\)/);
  // Slice 2 drove B first: the order alternates, so neither side always follows the other.
  expect(lines.filter((l) => /^ {4}\d {2}/.test(l)).map((l) => l.endsWith('(B first)'))).toEqual([false, true, false]);
  const json = JSON.parse(lines[lines.length - 1]!) as Record<string, number | number[]>;
  expect(json).toMatchObject({ slices: 3, sliceSeconds: 1, concurrency: 4, warmUpSeconds: 1 });
  const aSlices = json.aSlices as number[];
  const bSlices = json.bSlices as number[];
  expect([aSlices.length, bSlices.length]).toEqual([3, 3]);
  for (const x of [...aSlices, ...bSlices]) expect(x).toBeGreaterThan(0);
  const a = json.aApplicationsPerSecond as number;
  const b = json.bApplicationsPerSecond as number;
  // Over all slices, so between the slowest and the fastest slice of each side.
  expect(a).toBeGreaterThanOrEqual(Math.min(...aSlices) - 0.1);
  expect(a).toBeLessThanOrEqual(Math.max(...aSlices) + 0.1);
  expect(json.ratio).toBeCloseTo(b / a, 1);
  const pairs = aSlices.map((x, i) => bSlices[i]! / x);
  expect(json.ratioMin).toBeCloseTo(Math.min(...pairs), 1);
  expect(json.ratioMax).toBeCloseTo(Math.max(...pairs), 1);
  // The CPU read from each server's threads: the event loop's is part of the server's.
  for (const side of ['a', 'b']) {
    const cpu = json[`${side}ServerCpuMsPerCase`] as number;
    const loop = json[`${side}EventLoopCpuMsPerCase`] as number;
    expect({ side, cpu: cpu > 0, loop: loop > 0 && loop < cpu }).toEqual({ side, cpu: true, loop: true });
    // Each server's peak resident memory, from /proc: more than a bare Node's, less than the machine.
    const peak = json[`${side}ServerPeakRssMb`] as number | null;
    if (process.platform !== 'linux') console.warn('bench:compare: not Linux, no /proc to read peak RSS from; not checked here');
    else expect({ side, peak: peak !== null && peak > 40 && peak < os.totalmem() / 2 ** 20 }).toEqual({ side, peak: true });
  }
  expect(result.stdout).toMatch(/A: [\d.]+ applications\/s .*; server CPU [\d.]+ ms a case \(event loop [\d.]+ ms\), peak RSS [\d.]+ MB/);
  expect(result.stdout).toMatch(/→ B runs at [\d.]+× A \(slice by slice [\d.]+–[\d.]+×\)/);
}, 150_000);

test('--rate: an open loop at that rate in alternating slices, compared by the overhead over the slowest department', () => {
  const result = run(['--warm-up', '1', '--slices', '2', '--slice-seconds', '1', '--concurrency', '4', '--rate', '10', '--env-b', 'TONGBAN_SIMULATOR_THREAD=off', '--json']);
  expect({ status: result.status, errors: result.stderr.split('\n').filter((l) => l.startsWith('bench:compare:')) }).toEqual({ status: 0, errors: [] });
  const lines = result.stdout.trim().split('\n');
  expect(lines[0]).toMatch(/; 10 cases\/s \(open loop\) after 4 clients' warm-up, 2 slices of 1 s a side, alternating$/);
  expect(lines).toContain('slice  A overhead p50  B overhead p50  B−A');
  const json = JSON.parse(lines[lines.length - 1]!) as Record<string, number | number[]>;
  expect(json).toMatchObject({ rate: 10, slices: 2 });
  // Every case of the open loop answered: ten a second, one second a slice.
  expect([...(json.aSlices as number[]), ...(json.bSlices as number[])].every((x) => x > 5 && x <= 10.5)).toBe(true);
  for (const side of ['a', 'b']) {
    const p50 = json[`${side}OverheadP50Ms`] as number;
    // Read from the log: above nothing, and well below the latency, which includes the departments' ≈ 60 ms.
    expect({ side, above0: p50 > 0, belowLatency: p50 < (json[`${side}LatencyP50Ms`] as number) - 20, p99: (json[`${side}OverheadP99Ms`] as number) >= p50 }).toEqual({
      side,
      above0: true,
      belowLatency: true,
      p99: true,
    });
    expect((json[`${side}SliceOverheadP50Ms`] as number[]).length).toBe(2);
  }
  const a = json.aSliceOverheadP50Ms as number[];
  const b = json.bSliceOverheadP50Ms as number[];
  (json.sliceDifferencesMs as number[]).forEach((d, i) => expect(d).toBeCloseTo(b[i]! - a[i]!, 1));
  expect(json.overheadP50DifferenceMs).toBeCloseTo((json.bOverheadP50Ms as number) - (json.aOverheadP50Ms as number), 1);
  expect(result.stdout).toMatch(/→ B's overhead p50 is [+−]?[\d.]+ ms against A's \(slice by slice [+−]?[\d.]+ to [+−]?[\d.]+ ms\); p99 [\d.]+ against [\d.]+ ms/);
}, 150_000);

test('a server that will not start: one line, and the other stopped and every data directory removed', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-compare-'));
  try {
    // A starts; B refuses its configuration. The comparison's data directories live under TMPDIR.
    const result = spawnSync(process.execPath, [COMPARE, '--env-b', 'TONGBAN_SIMULATOR_THREAD=maybe', '--warm-up', '0'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', TMPDIR: tmp },
      timeout: 60_000,
    });
    expectRefusal(result, /^bench:compare: invalid configuration: TONGBAN_SIMULATOR_THREAD/);
    expect(fs.readdirSync(tmp)).toEqual([]);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}, 90_000);

test.each([
  [['--slices', '0'], /^bench:compare: --slices must be a whole number of at least 1$/],
  [['--rate', '0.5'], /^bench:compare: --rate must be a whole number of at least 1$/],
  [['--slice-seconds', '1.5'], /^bench:compare: --slice-seconds must be a whole number of at least 1$/],
  [['--against', '/nonexistent/tongban'], /^bench:compare: --against \/nonexistent\/tongban holds no build of Tongban \(dist\/cli\/main\.js\)/],
  [['--env-b', 'fast'], /^bench:compare: --env-b takes NAME=value \(got fast\)$/],
  [['--node-b', '/nonexistent/node'], /^bench:compare: --node-b \/nonexistent\/node is not a node binary that runs here$/],
  [['--env-a', 'TONGBAN_SIMULATOR_THREAD=maybe', '--warm-up', '0'], /^bench:compare: invalid configuration: TONGBAN_SIMULATOR_THREAD/],
  [['--speed', 'max'], /^bench:compare: Unknown option '--speed'/],
])('bad arguments %p: one line and exit code 2', (args, message) => {
  expectRefusal(run(args), message);
});
