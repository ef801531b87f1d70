// First: audit verify's checks run on libuv's pool, sized as for `tongban audit verify`.
import '../runtime/thread-pool';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { loadContractCatalog } from '../catalog/contract-catalog';
import { loadKeyStore } from '../crypto/keys';
import type { StoredEvent } from '../eventlog/event-log';
import { verifyEventSync } from '../eventlog/event-signature';
import { openEventLog } from '../cli/compose/open-event-log';
import { silentLogger } from '../runtime/logger';
import { contractViewOf } from '../audit/contract-view';
import { replayAll } from '../audit/replay-all';
import { verifyLog } from '../audit/verify-log';
import { CASE_BODY, MATTER, SUBJECT } from './bench-case';
import { closedLoop, measuredClosedLoop, measuredLoop } from './closed-loop';
import { measureFloor, type FloorFigures } from './floor-phase';
import type { FloorTemplate } from './floor-server';
import { gcPausesBetween, readGcPauses } from './gc-pauses';
import { createJsonClient } from './http-client';
import { trackMemory } from './memory';
import { openLoop } from './open-loop';
import { createSequentialCaller } from './sequential-baseline';
import { slowestDepartmentMs } from './slowest-department';
import { stolenText } from './stolen-time';
import { round, summary } from './stats';
import { remoteTarget, startEmbeddedTarget, type BenchTarget } from './target';

/**
 * `npm run bench`: Tongban's promises measured side by side in one run, on the embedded engine.
 * The system runs as its own process (`tongban start`), the load generator here, so each has a core;
 * with `--url` and `--token` it drives a gateway that already runs instead (a distributed deployment
 * on Kafka, say) and reads that deployment's log through the engine the environment names.
 *   1. the same cases done sequentially (one department after another) and through Tongban's fan-out;
 *   2. Tongban's overhead over the slowest department (single client, then moderate load);
 *   3. applications per second at saturation, and the same for the floor: the design's mandatory work
 *      alone, no framework (floor-server.ts), on this machine in this run;
 *   4. `audit verify` against a bare loop of signature checks over the same events.
 * Run in the order: warm-up at saturation (`--warm-up`), 3, 1, 2, the floor, 4; reported in numbered order.
 * `--json` ends the output with one JSON line for machines.
 */
function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

const OPTIONS = {
  json: { type: 'boolean', default: false },
  cases: { type: 'string', default: '60' },
  'load-rate': { type: 'string', default: '50' },
  'load-seconds': { type: 'string', default: '6' },
  concurrency: { type: 'string', default: '160' },
  'saturation-seconds': { type: 'string', default: '10' },
  'warm-up': { type: 'string', default: '15' },
  latency: { type: 'string' },
  url: { type: 'string' },
  token: { type: 'string' },
} as const;

const { values: args } = (() => {
  try {
    return parseArgs({ options: OPTIONS });
  } catch (error) {
    // An unknown option, a missing value; node's messages may run over several lines, the CLI's are one.
    return fail((error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' '));
  }
})();

const cases = Number(args.cases);
const loadRate = Number(args['load-rate']);
const loadSeconds = Number(args['load-seconds']);
const concurrency = Number(args.concurrency);
const saturationSeconds = Number(args['saturation-seconds']);
const warmUpSeconds = Number(args['warm-up']);
for (const [name, value] of Object.entries({ cases, 'load-rate': loadRate, 'load-seconds': loadSeconds, concurrency, 'saturation-seconds': saturationSeconds })) {
  if (!Number.isInteger(value) || value < 1) fail(`--${name} must be a positive whole number`);
}
if (!Number.isInteger(warmUpSeconds) || warmUpSeconds < 0) fail('--warm-up must be a whole number of seconds (0: none)');
const token = args.token ?? process.env.TONGBAN_BENCH_TOKEN;
if (args.url !== undefined && !token) fail('--url needs --token (or TONGBAN_BENCH_TOKEN): a bearer token of a consumer that may open subsistence-allowance');
if (args.url === undefined && args.token !== undefined) fail('--token goes with --url; the embedded run issues its own');

interface Timed {
  id: string;
  ms: number;
  status: number;
}

async function main(): Promise<void> {
  const target: BenchTarget = args.url !== undefined ? await remoteTarget(args.url, token!, args.latency) : await startEmbeddedTarget(args.latency);
  try {
    await measure(target);
  } catch (error) {
    await target.stop();
    target.cleanup();
    throw error;
  }
}

async function measure(target: BenchTarget): Promise<void> {
  const { config } = target;
  const memory = trackMemory();
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  const bar = new SingleBar({ format: ' {phase} [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);

  log(`Tongban benchmark — ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, ${target.description}`);
  log(`simulated department latencies (ms): ${Object.entries(config.simulatorLatencyMs).map(([d, ms]) => `${d}=${ms}`).join(', ')}`);

  const client = createJsonClient(target.url, concurrency);
  const headers = { authorization: `Bearer ${target.token}`, prefer: 'wait=120' };
  // The last dossier answered: the floor's template, with the case's events from the log.
  let lastDossier: FloorTemplate['dossier'] | undefined;
  async function openCase(): Promise<Timed> {
    const started = performance.now();
    const response = await client.post<{ id: string; status: string | number; title?: string; detail?: string; records: Record<string, unknown>[] }>('/v1/applications', CASE_BODY, headers);
    const ms = performance.now() - started;
    if (response.status !== 200) {
      throw new Error(`POST /v1/applications answered ${response.status}: ${[response.body.title, response.body.detail].filter(Boolean).join(' — ')}`);
    }
    if (response.body.status !== 'completed') throw new Error(`case ${response.body.id} ended ${response.body.status}, not completed`);
    lastDossier = response.body;
    return { id: response.body.id, ms, status: response.status };
  }

  const secondsBar = (phase: string, seconds = saturationSeconds): (() => void) => {
    bar.start(seconds, 0, { phase });
    const started = performance.now();
    const progress = setInterval(() => bar.update(Math.min(seconds, Math.floor((performance.now() - started) / 1000))), 250);
    return () => {
      clearInterval(progress);
      bar.stop();
    };
  };

  // Warm-up, nothing measured: the saturating load itself, because V8 goes on optimising a busy
  // server's code for 10-20 s (TurboFan took 15 % of the server's CPU in the first seconds of it and
  // 1.5 % after 25 s; bench/README.md), and a server in service runs with that code. The saturation
  // phase follows at once: low-load phases in between left V8 re-optimising for the saturated paths.
  // Every client's socket is opened first, and the warm-up keeps them all open for the phase.
  await client.connect('/healthz');
  let warmUpCases = 0;
  if (warmUpSeconds > 0) {
    const stopWarmUpBar = secondsBar(`warm-up x${concurrency}     `, warmUpSeconds);
    warmUpCases = (await closedLoop(concurrency, warmUpSeconds, openCase)).results.length;
    stopWarmUpBar();
  }

  // 3. Saturation: a closed loop of concurrent clients (reported third, measured first).
  const stopSaturationBar = secondsBar(`saturation x${concurrency}  `);
  const clientCpuBefore = process.cpuUsage();
  const {
    results: saturated,
    seconds: satSeconds,
    serverCpu,
    stolenShare: saturationStolen,
  } = await measuredClosedLoop(target.serverPid, concurrency, saturationSeconds, openCase);
  const clientCpu = process.cpuUsage(clientCpuBefore);
  const perSaturatedCase = (ms: number): number | null => (saturated.length === 0 ? null : round(ms / saturated.length, 2));
  stopSaturationBar();

  // Single cases before the one-at-a-time phases: the connection pool, SQLite's page cache, and the
  // JIT when there was no warm-up.
  for (let i = 0; i < 20; i++) await openCase();

  // 1. Sequential versus fan-out, same cases, one at a time.
  const catalog = loadContractCatalog(config.contractsDir);
  const sequential = createSequentialCaller(config, catalog.matters.get(MATTER)!);
  const sequentialMs: number[] = [];
  bar.start(cases, 0, { phase: 'sequential calls ' });
  for (let i = 0; i < cases; i++) {
    sequentialMs.push(await sequential(SUBJECT, `bench-${i}`));
    bar.increment();
  }
  bar.stop();
  const fanout: Timed[] = [];
  bar.start(cases, 0, { phase: 'Tongban fan-out  ' });
  for (let i = 0; i < cases; i++) {
    fanout.push(await openCase());
    bar.increment();
  }
  bar.stop();

  // 2. Moderate load: an open loop at a fixed rate, well below saturation.
  const moderateGcBefore = await readGcPauses(target.url);
  bar.start(loadRate * loadSeconds, 0, { phase: `load ${loadRate}/s       ` });
  const moderateLoad = await measuredLoop(target.serverPid, () => openLoop(loadRate, loadSeconds, openCase, () => bar.increment()));
  const moderate: Timed[] = moderateLoad.results;
  const moderateStolen = moderateLoad.stolenShare;
  bar.stop();
  const moderateGc = gcPausesBetween(moderateGcBefore, await readGcPauses(target.url));
  const moderateSeconds = moderateLoad.seconds;

  client.close();
  await target.stop();

  // Department answer times come from the log: data.provided carries the native call's duration.
  const eventLog = await openEventLog(config, silentLogger());
  const events: StoredEvent[] = [];
  for await (const stored of eventLog.replay(await eventLog.listTopics())) events.push(stored);
  const slowest = await slowestDepartmentMs(events);
  const overheadOf = (runs: Timed[]): number[] => runs.map((t) => t.ms - (slowest.get(t.id) ?? 0));

  // 3b. The floor, on this machine only: a gateway elsewhere runs on another machine's cores.
  let floor: FloorFigures | null = null;
  let stopFloorBar = (): void => {};
  if (target.serverPid !== null && lastDossier !== undefined) {
    const template: FloorTemplate = {
      events: events.filter((e) => e.event.correlationid === lastDossier!.id).map(({ topic, event: { signature: _signature, ...event } }) => ({ topic, event })),
      dossier: lastDossier,
    };
    floor = await measureFloor({
      template,
      latencyMs: config.simulatorLatencyMs,
      concurrency,
      seconds: saturationSeconds,
      warmUpCases,
      body: CASE_BODY,
      onMeasuring: () => (stopFloorBar = secondsBar(`floor x${concurrency}       `)),
    });
    stopFloorBar();
  }

  // 4. Audit verify against a bare loop of signature checks over the same events.
  const keys = await loadKeyStore(config.keysDir ?? path.join(config.dataDir, 'keys'), []);
  let started = performance.now();
  let verified = 0;
  // Over the same bytes audit verify checks: the stored signed text where the log keeps it.
  for (const { event, signedText } of events) if (verifyEventSync(event, keys, signedText).ok) verified += 1;
  const bareSeconds = (performance.now() - started) / 1000;
  if (verified !== events.length) fail(`bare loop: ${events.length - verified} events did not verify`);
  started = performance.now();
  const report = await verifyLog(replayAll(eventLog), { keys, contracts: contractViewOf(catalog) });
  const auditSeconds = (performance.now() - started) / 1000;
  if (report.breaks > 0 || report.events !== events.length) fail(`audit verify found ${report.breaks} breaks in an untouched log of ${report.events} events`);
  await eventLog.close();
  memory.stop();
  target.cleanup();

  const seq = summary(sequentialMs);
  const fan = summary(fanout.map((t) => t.ms));
  const overheadSingle = summary(overheadOf(fanout));
  const overheadModerate = summary(overheadOf(moderate));
  const sat = summary(saturated.map((t) => t.ms));
  const result = {
    fanoutP50Ms: round(fan.p50),
    sequentialP50Ms: round(seq.p50),
    fanoutSpeedup: round(seq.p50 / fan.p50, 2),
    overheadP50Ms: round(overheadModerate.p50),
    overheadP99Ms: round(overheadModerate.p99),
    overheadSingleClientP50Ms: round(overheadSingle.p50),
    applicationsPerSecond: round(saturated.length / satSeconds),
    warmUpSeconds,
    saturationLatencyP50Ms: round(sat.p50),
    saturationLatencyP99Ms: round(sat.p99),
    auditVerifyEventsPerSecond: Math.round(events.length / auditSeconds),
    signatureVerifyPerSecond: Math.round(events.length / bareSeconds),
    auditToBareRatio: round(bareSeconds / auditSeconds, 2),
    events: events.length,
    benchPeakRssMb: memory.peakMb(),
    serverPeakRssMb: target.serverPeakMb(),
    // Where a saturated case's CPU goes: the server's, its event loop's, and the load generator's.
    serverCpuMsPerCase: serverCpu === null ? null : perSaturatedCase(serverCpu.totalMs),
    eventLoopCpuMsPerCase: serverCpu === null ? null : perSaturatedCase(serverCpu.mainMs),
    eventLoopBusyShare: serverCpu === null ? null : round(serverCpu.mainMs / (satSeconds * 1000), 2),
    clientCpuMsPerCase: perSaturatedCase((clientCpu.user + clientCpu.system) / 1000),
    // The floor: the same cases with only the design's mandatory work (bench/floor-server.ts).
    floorApplicationsPerSecond: floor?.applicationsPerSecond ?? null,
    floorServerCpuMsPerCase: floor?.serverCpuMsPerCase ?? null,
    floorEventLoopCpuMsPerCase: floor?.eventLoopCpuMsPerCase ?? null,
    saturationToFloorRatio: floor === null ? null : round(saturated.length / satSeconds / floor.applicationsPerSecond, 2),
    // The server's garbage-collection pauses during the moderate load (bench/gc-pauses.ts): much of its p99.
    moderateGcPauses: moderateGc?.count ?? null,
    moderateGcPauseMs: moderateGc === null ? null : round(moderateGc.ms),
    moderateGcPausesOver10Ms: moderateGc?.over10ms ?? null,
    // How much of the machine's time the hypervisor took in each phase: how busy the host was elsewhere.
    moderateStolenShare: moderateStolen,
    saturationStolenShare: saturationStolen,
    floorStolenShare: floor?.stolenShare ?? null,
  };

  log(`warm-up, not measured: ${warmUpSeconds > 0 ? `${concurrency} clients for ${warmUpSeconds} s (${warmUpCases} cases) right before the saturation phase; ` : ''}20 single cases before the one-at-a-time phases`);
  log('');
  log(`1. one case of "${MATTER}" (five departments), ${cases} cases one at a time`);
  log(`   sequential calls   p50 ${round(seq.p50)} ms   p99 ${round(seq.p99)} ms`);
  log(`   Tongban fan-out    p50 ${round(fan.p50)} ms   p99 ${round(fan.p99)} ms   → ${result.fanoutSpeedup}× faster at p50`);
  log(`2. overhead over the slowest department`);
  log(`   single client      p50 ${round(overheadSingle.p50)} ms   p99 ${round(overheadSingle.p99)} ms`);
  log(`   at ${loadRate} cases/s     p50 ${round(overheadModerate.p50)} ms   p99 ${round(overheadModerate.p99)} ms${stolenText(moderateStolen)}`);
  if (moderateGc !== null) {
    const scavenges = moderateGc.minorCount === 0 ? 'no scavenges' : `${moderateGc.minorCount} scavenges, ${round(moderateGc.minorMs / moderateGc.minorCount)} ms each on average`;
    log(`   the server's GC meanwhile: ${moderateGc.count} pauses, ${round(moderateGc.ms)} ms in all (${round((moderateGc.ms / (moderateSeconds * 1000)) * 100)} % of the phase), ${moderateGc.over10ms} over 10 ms; ${scavenges}`);
  }
  log(`3. saturation, ${concurrency} concurrent clients for ${saturationSeconds} s`);
  log(`   ${result.applicationsPerSecond} applications/s; latency p50 ${round(sat.p50)} ms, p95 ${round(sat.p95)} ms, p99 ${round(sat.p99)} ms, max ${round(sat.max)} ms${stolenText(saturationStolen)}`);
  if (serverCpu !== null) {
    log(`   CPU per case: server ${result.serverCpuMsPerCase} ms, of it the event loop ${result.eventLoopCpuMsPerCase} ms (busy ${Math.round(result.eventLoopBusyShare! * 100)} % of the time); load generator ${result.clientCpuMsPerCase} ms; ${os.cpus().length} cores`);
  }
  if (floor === null) log('   the floor: not measured (the gateway runs elsewhere)');
  else {
    const cpu = floor.serverCpuMsPerCase === null ? '' : `, server CPU ${floor.serverCpuMsPerCase} ms a case (event loop ${floor.eventLoopCpuMsPerCase} ms)`;
    log(`   the floor (only the design's mandatory work, no framework): ${floor.applicationsPerSecond} applications/s, latency p50 ${floor.latencyP50Ms} ms${cpu}${stolenText(floor.stolenShare)}`);
    log(`   → Tongban runs at ${result.saturationToFloorRatio}× the floor`);
  }
  log(`4. audit verify over ${events.length} events`);
  log(`   audit verify       ${result.auditVerifyEventsPerSecond} events/s`);
  log(`   bare signature loop ${result.signatureVerifyPerSecond} events/s   → audit runs at ${result.auditToBareRatio}× the bare loop`);
  log(`memory: server peak RSS ${result.serverPeakRssMb === null ? 'not measured (it runs elsewhere)' : `${result.serverPeakRssMb} MB`}, benchmark process peak RSS ${result.benchPeakRssMb} MB`);
  log(`sample sizes: sequential ${seq.n}, fan-out ${fan.n}, moderate ${moderate.length}, saturation ${sat.n}; p99 of moderate load needs ≥100 samples (${moderate.length})`);
  if (args.json) log(JSON.stringify(result));
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
