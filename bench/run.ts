import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { loadContractCatalog } from '../catalog/contract-catalog';
import { loadKeyStore } from '../crypto/keys';
import type { CloudEvent } from '../eventlog/cloudevent';
import { EventTypes } from '../eventlog/cloudevent';
import { verifyEventSync } from '../eventlog/event-signature';
import { openSqliteEventLog } from '../eventlog/sqlite/sqlite-event-log';
import { issueDevToken } from '../gateway/auth/dev-issuer';
import { loadConfig } from '../runtime/config';
import { PROJECT_ROOT } from '../runtime/paths';
import { contractViewOf } from '../audit/contract-view';
import { replayAll } from '../audit/replay-all';
import { verifyLog } from '../audit/verify-log';
import { createJsonClient } from './http-client';
import { trackMemory } from './memory';
import { createSequentialCaller } from './sequential-baseline';
import { round, summary } from './stats';

/**
 * `npm run bench`: Tongban's promises measured side by side in one run, on the embedded engine.
 * The system runs as its own process (`tongban start`), the load generator here, so each has a core.
 *   1. the same cases done sequentially (one department after another) and through Tongban's fan-out;
 *   2. Tongban's overhead over the slowest department (single client, then moderate load);
 *   3. applications per second at saturation;
 *   4. `audit verify` against a bare loop of signature checks over the same events.
 * `--json` ends the output with one JSON line for machines.
 */
const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    cases: { type: 'string', default: '60' },
    'load-rate': { type: 'string', default: '50' },
    'load-seconds': { type: 'string', default: '6' },
    concurrency: { type: 'string', default: '160' },
    'saturation-seconds': { type: 'string', default: '10' },
    latency: { type: 'string' },
  },
});

const MATTER = 'subsistence-allowance';
const SUBJECT = { idNumber: '11010519491231002X' };

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

const cases = Number(args.cases);
const loadRate = Number(args['load-rate']);
const loadSeconds = Number(args['load-seconds']);
const concurrency = Number(args.concurrency);
const saturationSeconds = Number(args['saturation-seconds']);
for (const [name, value] of Object.entries({ cases, loadRate, loadSeconds, concurrency, saturationSeconds })) {
  if (!Number.isInteger(value) || value < 1) fail(`--${name} must be a positive whole number`);
}

interface Timed {
  id: string;
  ms: number;
  status: number;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-bench-'));
  const port = 18000 + Math.floor(Math.random() * 2000);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    TONGBAN_DATA_DIR: dataDir,
    PORT: String(port),
    TONGBAN_HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    TONGBAN_RATE_LIMIT_PER_MINUTE: '9999999',
    TONGBAN_MAX_WAIT_SECONDS: '120',
    ...(args.latency ? { TONGBAN_SIMULATOR_LATENCY_MS: args.latency } : {}),
  };
  const config = loadConfig(env);
  const memory = trackMemory();
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  const bar = new SingleBar({ format: ' {phase} [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);

  log(`Tongban benchmark — ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, embedded engine`);
  log(`simulated department latencies (ms): ${Object.entries(config.simulatorLatencyMs).map(([d, ms]) => `${d}=${ms}`).join(', ')}`);

  const server = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js'), 'start'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let serverPeakMb = 0;
  server.stdout!.resume(); // warnings only; never let the pipe fill up
  const ready = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) fail(`tongban start exited with ${server.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > ready) fail('tongban start did not become ready within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  const serverMemory = setInterval(() => {
    try {
      const status = fs.readFileSync(`/proc/${server.pid}/status`, 'utf8');
      const rss = /VmHWM:\s+(\d+) kB/.exec(status);
      if (rss) serverPeakMb = Math.max(serverPeakMb, Number(rss[1]) / 1024);
    } catch {
      // not on Linux: the server's peak is not reported
    }
  }, 200);

  const url = `http://127.0.0.1:${port}`;
  const token = await issueDevToken(dataDir, { clientId: 'demo-hall', audience: config.auth.audience });
  const client = createJsonClient(url, concurrency);
  const headers = { authorization: `Bearer ${token}`, prefer: 'wait=120' };
  const body = { matter: MATTER, subject: SUBJECT, purpose: 'benchmark' };
  async function openCase(): Promise<Timed> {
    const started = performance.now();
    const response = await client.post<{ id: string; status: string }>('/v1/applications', body, headers);
    const ms = performance.now() - started;
    if (response.status !== 200 || response.body.status !== 'completed') throw new Error(`case answered ${response.status} ${response.body.status}`);
    return { id: response.body.id, ms, status: response.status };
  }

  // Warm-up: JIT, SQLite page cache, connection pool.
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
  const moderate: Timed[] = [];
  const total = loadRate * loadSeconds;
  bar.start(total, 0, { phase: `load ${loadRate}/s       ` });
  await new Promise<void>((resolve, reject) => {
    let sent = 0;
    let done = 0;
    const started = performance.now();
    const tick = (): void => {
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * loadRate) + 1);
      while (sent < due) {
        sent += 1;
        openCase().then((t) => {
          moderate.push(t);
          bar.increment();
          if (++done === total) resolve();
        }, reject);
      }
      if (sent < total) setTimeout(tick, 5);
    };
    tick();
  });
  bar.stop();

  // 3. Saturation: a closed loop of concurrent clients.
  const saturated: Timed[] = [];
  bar.start(saturationSeconds, 0, { phase: `saturation x${concurrency}  ` });
  const satStart = performance.now();
  const satEnd = satStart + saturationSeconds * 1000;
  const progress = setInterval(() => bar.update(Math.min(saturationSeconds, Math.floor((performance.now() - satStart) / 1000))), 250);
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < satEnd) saturated.push(await openCase());
    }),
  );
  const satSeconds = (performance.now() - satStart) / 1000;
  clearInterval(progress);
  bar.stop();

  client.close();
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  clearInterval(serverMemory);

  // Department answer times come from the log: data.provided carries the native call's duration.
  const eventLog = openSqliteEventLog({ file: path.join(dataDir, 'events.db') });
  const slowest = new Map<string, number>();
  const events: CloudEvent[] = [];
  for await (const stored of eventLog.replay(await eventLog.listTopics())) {
    events.push(stored.event);
    if (stored.event.type === EventTypes.dataProvided) {
      const data = stored.event.data as { nativeElapsedMs: number };
      slowest.set(stored.event.correlationid, Math.max(slowest.get(stored.event.correlationid) ?? 0, data.nativeElapsedMs));
    }
  }
  const overheadOf = (runs: Timed[]): number[] => runs.map((t) => t.ms - (slowest.get(t.id) ?? 0));

  // 4. Audit verify against a bare loop of signature checks over the same events.
  const keys = await loadKeyStore(path.join(dataDir, 'keys'), []);
  let started = performance.now();
  let verified = 0;
  for (const event of events) if (verifyEventSync(event, keys).ok) verified += 1;
  const bareSeconds = (performance.now() - started) / 1000;
  if (verified !== events.length) fail(`bare loop: ${events.length - verified} events did not verify`);
  started = performance.now();
  const report = await verifyLog(replayAll(eventLog), { keys, contracts: contractViewOf(catalog) });
  const auditSeconds = (performance.now() - started) / 1000;
  if (report.breaks > 0 || report.events !== events.length) fail(`audit verify found ${report.breaks} breaks in an untouched log of ${report.events} events`);
  await eventLog.close();
  memory.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });

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
    saturationLatencyP50Ms: round(sat.p50),
    saturationLatencyP99Ms: round(sat.p99),
    auditVerifyEventsPerSecond: Math.round(events.length / auditSeconds),
    signatureVerifyPerSecond: Math.round(events.length / bareSeconds),
    auditToBareRatio: round(bareSeconds / auditSeconds, 2),
    events: events.length,
    benchPeakRssMb: memory.peakMb(),
    serverPeakRssMb: round(serverPeakMb),
  };

  log('');
  log(`1. one case of "${MATTER}" (five departments), ${cases} cases one at a time`);
  log(`   sequential calls   p50 ${round(seq.p50)} ms   p99 ${round(seq.p99)} ms`);
  log(`   Tongban fan-out    p50 ${round(fan.p50)} ms   p99 ${round(fan.p99)} ms   → ${result.fanoutSpeedup}× faster at p50`);
  log(`2. overhead over the slowest department`);
  log(`   single client      p50 ${round(overheadSingle.p50)} ms   p99 ${round(overheadSingle.p99)} ms`);
  log(`   at ${loadRate} cases/s     p50 ${round(overheadModerate.p50)} ms   p99 ${round(overheadModerate.p99)} ms`);
  log(`3. saturation, ${concurrency} concurrent clients for ${saturationSeconds} s`);
  log(`   ${result.applicationsPerSecond} applications/s; latency p50 ${round(sat.p50)} ms, p95 ${round(sat.p95)} ms, p99 ${round(sat.p99)} ms, max ${round(sat.max)} ms`);
  log(`4. audit verify over ${events.length} events`);
  log(`   audit verify       ${result.auditVerifyEventsPerSecond} events/s`);
  log(`   bare signature loop ${result.signatureVerifyPerSecond} events/s   → audit runs at ${result.auditToBareRatio}× the bare loop`);
  log(`memory: server peak RSS ${result.serverPeakRssMb} MB, benchmark process peak RSS ${result.benchPeakRssMb} MB`);
  log(`sample sizes: sequential ${seq.n}, fan-out ${fan.n}, moderate ${moderate.length}, saturation ${sat.n}; p99 of moderate load needs ≥100 samples (${moderate.length})`);
  if (args.json) log(JSON.stringify(result));
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
