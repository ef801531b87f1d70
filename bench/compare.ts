import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { openEventLog } from '../cli/compose/open-event-log';
import { silentLogger } from '../runtime/logger';
import { PROJECT_ROOT } from '../runtime/paths';
import { CASE_BODY } from './bench-case';
import { closedLoop, measuredLoop } from './closed-loop';
import { createJsonClient, type JsonClient } from './http-client';
import { openLoop } from './open-loop';
import { slowestDepartmentMs } from './slowest-department';
import { stolenText } from './stolen-time';
import { round, summary } from './stats';
import { npmStartNodeFlags, startEmbeddedTarget, type BenchTarget } from './target';

/**
 * `npm run bench:compare -- --against <checkout>`: two versions of Tongban at saturation, measured in
 * alternating slices under the same clients, so that the host's speed weighs on both alike. This VM's
 * speed moves by ±20 % within minutes, and full runs of `npm run bench` one after the other could not
 * tell a 10 % change from that (bench/README.md). Two servers driven at once were no fairer: the one
 * started first ran 4–9 % faster, and a version with more threads took a larger share of the cores.
 * Here both servers are up and only one is driven at a time, warm-up included: slice 1 A then B, slice
 * 2 B then A, and so on.
 *
 * A is this checkout's build; B is `--against` (another checkout, built), or this one again with other
 * settings (`--env-b`, `--node-flags-b`), to compare a configuration. `--node-b <binary>` runs B's
 * server on another Node (its checkout's native modules built for that Node).
 *
 * With `--rate N` the measured slices are an open loop of N cases a second instead (after the same
 * saturating warm-up, as in the benchmark's moderate phase), and the report compares Tongban's overhead
 * over the slowest department, read from each server's log once it has stopped: the target that
 * depends on a tenth of a millisecond, where full runs differ by more than that from one to the next.
 */
function fail(message: string): never {
  process.stderr.write(`bench:compare: ${message}\n`);
  process.exit(2);
}

const OPTIONS = {
  against: { type: 'string' },
  'env-a': { type: 'string', multiple: true },
  'env-b': { type: 'string', multiple: true },
  'node-flags-a': { type: 'string' },
  'node-flags-b': { type: 'string' },
  'node-a': { type: 'string' },
  'node-b': { type: 'string' },
  slices: { type: 'string', default: '6' },
  'slice-seconds': { type: 'string', default: '6' },
  'warm-up': { type: 'string', default: '15' },
  concurrency: { type: 'string', default: '160' },
  rate: { type: 'string' },
  latency: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

const { values: args } = (() => {
  try {
    return parseArgs({ options: OPTIONS, allowPositionals: false });
  } catch (error) {
    // An unknown option, a missing value: node's messages may run over several lines, the CLI's are one.
    fail((error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' '));
  }
})();

const whole = (name: string, value: string, min: number): number => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min) fail(`--${name} must be a whole number of at least ${min}`);
  return n;
};
const slices = whole('slices', args.slices, 1);
const sliceSeconds = whole('slice-seconds', args['slice-seconds'], 1);
const warmUpSeconds = whole('warm-up', args['warm-up'], 0);
const concurrency = whole('concurrency', args.concurrency, 1);
const rate = args.rate === undefined ? null : whole('rate', args.rate, 1);

function envOf(name: string, pairs: readonly string[] | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of pairs ?? []) {
    const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(pair);
    if (match === null) fail(`--${name} takes NAME=value (got ${pair})`);
    env[match[1]!] = match[2]!;
  }
  return env;
}

// Each checkout runs with its own `npm start` flags unless told otherwise.
function flagsOf(value: string | undefined, root: string): readonly string[] {
  if (value !== undefined) return value.split(/\s+/).filter((f) => f !== '');
  try {
    return npmStartNodeFlags(root);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

interface Side {
  readonly name: 'A' | 'B';
  readonly root: string;
  readonly env: Record<string, string>;
  readonly nodeFlags: readonly string[];
  readonly node: string;
  /** `node --version` of that binary. */
  readonly nodeVersion: string;
}

const against = args.against === undefined ? PROJECT_ROOT : path.resolve(args.against);
if (!fs.existsSync(path.join(against, 'dist', 'cli', 'main.js'))) fail(`--against ${against} holds no build of Tongban (dist/cli/main.js): run \`npm run build\` there`);
/** A node binary and its version; this process's unless named. */
function nodeOf(name: string, value: string | undefined): { node: string; nodeVersion: string } {
  if (value === undefined) return { node: process.execPath, nodeVersion: process.version };
  const node = path.resolve(value);
  const run = spawnSync(node, ['--version'], { encoding: 'utf8' });
  if (run.status !== 0 || !/^v\d+\./.test(run.stdout)) fail(`--${name} ${node} is not a node binary that runs here`);
  return { node, nodeVersion: run.stdout.trim() };
}
const sides: readonly Side[] = [
  { name: 'A', root: PROJECT_ROOT, env: envOf('env-a', args['env-a']), nodeFlags: flagsOf(args['node-flags-a'], PROJECT_ROOT), ...nodeOf('node-a', args['node-a']) },
  { name: 'B', root: against, env: envOf('env-b', args['env-b']), nodeFlags: flagsOf(args['node-flags-b'], against), ...nodeOf('node-b', args['node-b']) },
];

/** One case: its application id and its latency in ms. */
interface Timed {
  readonly id: string;
  readonly ms: number;
}

interface Driven {
  readonly side: Side;
  readonly target: BenchTarget;
  readonly client: JsonClient;
  openCase(): Promise<Timed>;
  warmUpCases: number;
  /** Cases per second of each slice, in order. */
  readonly perSlice: number[];
  /** The measured cases of each slice, in order. */
  readonly sliceCases: Timed[][];
  /** With --rate: the slowest department's native call of each case, read from the log at the end. */
  slowest: Map<string, number>;
  seconds: number;
  cpuMs: number;
  loopMs: number;
  stolen: number[];
}

async function drive(side: Side): Promise<Driven> {
  const target = await startEmbeddedTarget(args.latency, { root: side.root, env: side.env, nodeFlags: side.nodeFlags, node: side.node });
  const client = createJsonClient(target.url, concurrency);
  const headers = { authorization: `Bearer ${target.token}`, prefer: 'wait=120' };
  return {
    side,
    target,
    client,
    async openCase() {
      const started = performance.now();
      const response = await client.post<{ id?: string; status?: unknown; title?: string }>('/v1/applications', CASE_BODY, headers);
      const ms = performance.now() - started;
      if (response.status !== 200 || response.body.status !== 'completed' || typeof response.body.id !== 'string') {
        throw new Error(`${side.name} (${side.root}) answered ${response.status} ${String(response.body.status ?? response.body.title)}, not a completed dossier`);
      }
      return { id: response.body.id, ms };
    },
    warmUpCases: 0,
    perSlice: [],
    sliceCases: [],
    slowest: new Map(),
    seconds: 0,
    cpuMs: 0,
    loopMs: 0,
    stolen: [],
  };
}

const log = (line: string): void => void process.stdout.write(`${line}\n`);
const signed = (ms: number): string => (ms > 0 ? `+${ms}` : ms < 0 ? `−${-ms}` : '0');

/**
 * With --rate: each case's overhead over its slowest department (its latency minus that department's
 * native call, as `npm run bench` reads it), per side and per slice, and B's p50 less A's.
 */
function overheadFigures(rate: number, a: Driven, b: Driven) {
  const overheads = (d: Driven, cases: readonly Timed[]): number[] =>
    cases.map(({ id, ms }) => {
      const native = d.slowest.get(id);
      if (native === undefined) throw new Error(`${d.side.name}'s log holds no department answer for case ${id}`);
      return ms - native;
    });
  // Each case's overhead once, slice by slice; each side's summary over all of them.
  const [aPerSlice, bPerSlice] = [a, b].map((d) => d.sliceCases.map((cases) => overheads(d, cases))) as [number[][], number[][]];
  const p50s = (perSlice: number[][]): number[] => perSlice.map((slice) => round(summary(slice).p50, 2));
  const [aAll, bAll] = [summary(aPerSlice.flat()), summary(bPerSlice.flat())];
  const [aSlices, bSlices] = [p50s(aPerSlice), p50s(bPerSlice)];
  return {
    rate,
    aOverheadP50Ms: round(aAll.p50, 2),
    aOverheadP99Ms: round(aAll.p99, 2),
    bOverheadP50Ms: round(bAll.p50, 2),
    bOverheadP99Ms: round(bAll.p99, 2),
    aSliceOverheadP50Ms: aSlices,
    bSliceOverheadP50Ms: bSlices,
    sliceDifferencesMs: aSlices.map((x, i) => round(bSlices[i]! - x, 2)),
    overheadP50DifferenceMs: round(bAll.p50 - aAll.p50, 2),
  };
}

/** The order of a round: A then B in odd rounds, B then A in even ones. */
const inTurn = (driven: readonly Driven[], round: number): readonly Driven[] => (round % 2 === 0 ? driven : [...driven].reverse());

async function main(): Promise<void> {
  const bar = new SingleBar({ format: ' {phase} [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  const driven: Driven[] = [];
  // The data directories go at the end whatever happens; each log is read first, with its server stopped.
  try {
    await driveAll(driven, bar);
    if (rate !== null) {
      for (const d of driven) {
        const eventLog = await openEventLog(d.target.config, silentLogger());
        try {
          d.slowest = await slowestDepartmentMs(eventLog.replay(await eventLog.listTopics()));
        } finally {
          await eventLog.close();
        }
      }
    }
  } finally {
    for (const d of driven) d.target.cleanup();
  }
  report(driven as [Driven, Driven]);
}

/** Starts both servers, warms them and drives the measured slices; stops them, even on failure. */
async function driveAll(driven: Driven[], bar: SingleBar): Promise<void> {
  try {
    for (const side of sides) driven.push(await drive(side));
    const load = rate === null ? `${concurrency} clients` : `${rate} cases/s (open loop) after ${concurrency} clients' warm-up`;
    log(`Tongban A/B — ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; ${load}, ${slices} slices of ${sliceSeconds} s a side, alternating`);
    for (const d of driven) {
      const settings = [...Object.entries(d.side.env).map(([k, v]) => `${k}=${v}`), `node ${d.side.nodeVersion} ${d.side.nodeFlags.join(' ') || '(no flags)'}`].join(', ');
      log(`${d.side.name}: ${d.side.root}${d.side.root === PROJECT_ROOT ? ' (this checkout)' : ''}; ${settings}`);
    }
    // Warmed the way they are measured: in alternating slices of the same load, every client's socket
    // opened first (as in run.ts). Warmed one after the other instead, the first had idled through the
    // other's warm-up, and an identical second ran the first slices 22-43 % faster (bench/README.md).
    for (const d of driven) await d.client.connect('/healthz');
    const warmUpSlices = Math.ceil(warmUpSeconds / sliceSeconds);
    if (warmUpSlices > 0) {
      bar.start(warmUpSlices * 2, 0, { phase: 'warm-up  ' });
      for (let slice = 0; slice < warmUpSlices; slice++) {
        const seconds = Math.min(sliceSeconds, warmUpSeconds - slice * sliceSeconds);
        for (const d of inTurn(driven, slice)) {
          d.warmUpCases += (await closedLoop(concurrency, seconds, () => d.openCase())).results.length;
          bar.increment();
        }
      }
      bar.stop();
    }
    bar.start(slices * 2, 0, { phase: 'slices   ' });
    for (let slice = 0; slice < slices; slice++) {
      for (const d of inTurn(driven, slice)) {
        const run = await measuredLoop(d.target.serverPid, () =>
          rate === null ? closedLoop(concurrency, sliceSeconds, () => d.openCase()) : openLoop(rate, sliceSeconds, () => d.openCase()),
        );
        d.perSlice.push(round(run.results.length / run.seconds));
        d.sliceCases.push(run.results);
        d.seconds += run.seconds;
        d.cpuMs += run.serverCpu?.totalMs ?? Number.NaN;
        d.loopMs += run.serverCpu?.mainMs ?? Number.NaN;
        if (run.stolenShare !== null) d.stolen.push(run.stolenShare);
        bar.increment();
      }
    }
    bar.stop();
  } finally {
    for (const d of driven) {
      d.client.close();
      await d.target.stop();
    }
  }
}

function report([a, b]: readonly [Driven, Driven]): void {
  // Every measured case's latency, side by side.
  const latencies = new Map([a, b].map((d) => [d, d.sliceCases.flat().map((t) => t.ms)]));
  const casesOf = (d: Driven): number => latencies.get(d)!.length;
  const perSecond = (d: Driven): number => round(casesOf(d) / d.seconds);
  const pairs = a.perSlice.map((x, i) => round(b.perSlice[i]! / x, 2));
  const perCase = (ms: number, d: Driven): number | null => (Number.isFinite(ms) && casesOf(d) > 0 ? round(ms / casesOf(d), 2) : null);
  const overhead = rate === null ? null : overheadFigures(rate, a, b);
  const result = {
    slices,
    sliceSeconds,
    concurrency,
    warmUpSeconds,
    aApplicationsPerSecond: perSecond(a),
    bApplicationsPerSecond: perSecond(b),
    ratio: round(perSecond(b) / perSecond(a), 2),
    ratioMin: Math.min(...pairs),
    ratioMax: Math.max(...pairs),
    aSlices: a.perSlice,
    bSlices: b.perSlice,
    aLatencyP50Ms: round(summary(latencies.get(a)!).p50),
    bLatencyP50Ms: round(summary(latencies.get(b)!).p50),
    aServerCpuMsPerCase: perCase(a.cpuMs, a),
    bServerCpuMsPerCase: perCase(b.cpuMs, b),
    aEventLoopCpuMsPerCase: perCase(a.loopMs, a),
    bEventLoopCpuMsPerCase: perCase(b.loopMs, b),
    // Over each server's whole life, warm-up included, as in run.ts: memory judged side by side too.
    aServerPeakRssMb: a.target.serverPeakMb(),
    bServerPeakRssMb: b.target.serverPeakMb(),
    ...overhead,
  };
  const order = (i: number): string => (i % 2 === 0 ? '' : '  (B first)');
  log(`warm-up, not measured: ${warmUpSeconds} s of the same load on each, in alternating slices (A ${a.warmUpCases} cases, B ${b.warmUpCases})`);
  log('');
  if (overhead === null) {
    log('slice  A cases/s  B cases/s  B/A');
    a.perSlice.forEach((x, i) => log(`${String(i + 1).padStart(5)}  ${String(x).padStart(9)}  ${String(b.perSlice[i]).padStart(9)}  ${pairs[i]}×${order(i)}`));
  } else {
    log('slice  A overhead p50  B overhead p50  B−A');
    overhead.aSliceOverheadP50Ms.forEach((x, i) =>
      log(`${String(i + 1).padStart(5)}  ${`${x} ms`.padStart(14)}  ${`${overhead.bSliceOverheadP50Ms[i]} ms`.padStart(14)}  ${signed(overhead.sliceDifferencesMs[i]!)} ms${order(i)}`),
    );
  }
  log('');
  for (const [d, cpu, loop, peakMb] of [
    [a, result.aServerCpuMsPerCase, result.aEventLoopCpuMsPerCase, result.aServerPeakRssMb],
    [b, result.bServerCpuMsPerCase, result.bEventLoopCpuMsPerCase, result.bServerPeakRssMb],
  ] as const) {
    const stolen = stolenText(d.stolen.length === 0 ? null : d.stolen.reduce((x, y) => x + y, 0) / d.stolen.length);
    const cpuText = (cpu === null ? '' : `; server CPU ${cpu} ms a case (event loop ${loop} ms)`) + (peakMb === null ? '' : `, peak RSS ${peakMb} MB`);
    const overheadText =
      overhead === null ? '' : `; overhead over the slowest department p50 ${d === a ? overhead.aOverheadP50Ms : overhead.bOverheadP50Ms} ms, p99 ${d === a ? overhead.aOverheadP99Ms : overhead.bOverheadP99Ms} ms`;
    log(`${d.side.name}: ${perSecond(d)} applications/s over ${casesOf(d)} cases, latency p50 ${d === a ? result.aLatencyP50Ms : result.bLatencyP50Ms} ms${overheadText}${cpuText}${stolen}`);
  }
  if (overhead !== null) {
    const range = `slice by slice ${signed(Math.min(...overhead.sliceDifferencesMs))} to ${signed(Math.max(...overhead.sliceDifferencesMs))} ms`;
    log(`→ B's overhead p50 is ${signed(overhead.overheadP50DifferenceMs)} ms against A's (${range}); p99 ${overhead.bOverheadP99Ms} against ${overhead.aOverheadP99Ms} ms`);
  } else {
    log(`→ B runs at ${result.ratio}× A (slice by slice ${result.ratioMin}–${result.ratioMax}×)`);
  }
  if (args.json) log(JSON.stringify(result));
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
