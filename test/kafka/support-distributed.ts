import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StoredEvent } from '../../eventlog/event-log';
import { openKafkaEventLog } from '../../eventlog/kafka/kafka-event-log';
import type { Dossier } from '../../gateway/case-state';
import { DEPARTMENT_IDS, type DepartmentId } from '../../runtime/config';
import { DEFAULT_CONTRACTS_DIR, PROJECT_ROOT } from '../../runtime/paths';
import type { KafkaBroker } from '../support/kafka-broker';
import { CLI, freePort, startCli, type RunningProcess } from '../support/processes';
import { call, DEMO_CITIZEN, verifyProofWithPublishedKeys, type HttpAnswer } from '../support/test-system';

/**
 * Helpers of the distributed suite (test/kafka/distributed.test.ts): CLI runs that do not block the
 * test's event loop, a contracts directory with longer deadlines, polling, and stopping processes by
 * the pid the test started (never by name).
 */

export interface CliRun {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/**
 * Runs a CLI command to its end, asynchronously: spawnSync would freeze this process and with it the
 * draining of the long-running processes' stdout pipes. Killed (by its pid) after `timeoutMs`.
 */
export function runCliAsync(args: string[], env: Record<string, string>, timeoutMs = 90_000): Promise<CliRun> {
  return runScriptAsync(CLI, args, env, timeoutMs);
}

/** Like runCliAsync, for another built script (the benchmark, dist/bench/run.js). */
export function runScriptAsync(script: string, args: string[], env: Record<string, string>, timeoutMs = 90_000): Promise<CliRun> {
  const started = Date.now();
  const child = spawn(process.execPath, [script, ...args], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${path.basename(script)} ${args.join(' ')} did not finish within ${timeoutMs} ms; stderr: ${stderr.slice(-2000)}`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/**
 * A copy of contracts/ whose matters all have `deadlineMs` per department: a restarted adapter must
 * first wait for its consumer group to drop the killed member (the session timeout, 10 s) and rejoin,
 * which is longer than the real 5 s deadlines. Assertions stay as strict; only the deadline moves.
 */
export function contractsWithDeadline(dir: string, deadlineMs: number): string {
  fs.cpSync(DEFAULT_CONTRACTS_DIR, dir, { recursive: true });
  const mattersDir = path.join(dir, 'matters');
  for (const file of fs.readdirSync(mattersDir).filter((f) => f.endsWith('.json'))) {
    const full = path.join(mattersDir, file);
    const matter = JSON.parse(fs.readFileSync(full, 'utf8')) as { requests: { deadlineMs: number }[] };
    for (const request of matter.requests) request.deadlineMs = deadlineMs;
    fs.writeFileSync(full, `${JSON.stringify(matter, null, 2)}\n`);
  }
  return dir;
}

/** Polls `probe` until it returns a value other than undefined, or fails naming what it waited for. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? `; last error: ${lastError.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export function isRunning(p: RunningProcess): boolean {
  return p.child.exitCode === null && p.child.signalCode === null;
}

/** SIGTERM to one process (by its pid) and its exit, or a failure naming the process after `timeoutMs`. */
export async function terminate(
  name: string,
  p: RunningProcess,
  timeoutMs = 20_000,
): Promise<{ name: string; code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  const started = Date.now();
  if (isRunning(p)) p.child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} (pid ${p.child.pid}) did not exit within ${timeoutMs} ms of SIGTERM`)), timeoutMs);
  });
  try {
    const { code, signal } = await Promise.race([p.exited(), timeout]);
    return { name, code, signal, ms: Date.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

/** Last resort for afterAll: SIGKILL by pid, and wait for the exit so nothing outlives the suite. */
export async function killHard(p: RunningProcess): Promise<void> {
  if (!isRunning(p)) return;
  p.child.kill('SIGKILL');
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p.exited(), new Promise((r) => (timer = setTimeout(r, 5_000)))]);
  clearTimeout(timer);
}

/** The structured log lines of a process (pino JSON), for assertions about what it said. */
export function logLines(p: RunningProcess): Record<string, unknown>[] {
  return p.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/**
 * A whole distributed deployment for a describe block, as an operator runs it: `tongban keys init`,
 * `tongban kafka provision`, an outside identity provider (`tongban idp`), one `tongban adapter <dept>`
 * per department and the named `tongban gateway` instances, every one a process of the built CLI on the
 * given broker. Each gateway has a stable instance id, port and data directory (`<root>/data/<name>`),
 * so a killed one can be started again as itself. beforeAll starts everything; afterAll kills whatever
 * still runs, by pid, and fails naming any process that survived.
 */
export interface DistributedSystemOptions {
  /** Prefix of this suite's console lines, e.g. `[faults]`. */
  readonly label: string;
  /** Deadline of every request of every matter (see contractsWithDeadline). */
  readonly deadlineMs: number;
  /** Latency of each department's built-in simulator (TONGBAN_SIMULATOR_LATENCY_MS of its adapter). */
  readonly adapterLatencyMs: (department: DepartmentId) => number;
  readonly gateways: readonly { readonly name: string; readonly instanceId: string }[];
  /** Partitions of the provisioned topics (default 3). */
  readonly partitions?: number;
  readonly startTimeoutMs?: number;
}

export interface DistributedSystem {
  readonly root: string;
  /** Environment every Tongban process of the deployment shares (brokers, keys, contracts, issuer). */
  readonly env: Record<string, string>;
  /** A `demo-hall` access token from the identity provider. */
  readonly token: string;
  /** A gateway by name (its URL stays the same across restarts). */
  gateway(name: string): { readonly url: string };
  /** The running process of a role (adapter-<dept>, gateway name, idp). */
  process(name: string): RunningProcess;
  /** Every process started so far, in start order. */
  readonly started: readonly { readonly name: string; readonly process: RunningProcess }[];
  /** Starts (or starts again) a named gateway with its instance id, port and data directory; resolves once it listens. */
  startGateway(name: string): Promise<RunningProcess>;
  /** Opens a subsistence-allowance case for the demo citizen. */
  openCase(gateway: string, options?: { wait?: number; idempotencyKey?: string }): Promise<HttpAnswer<Dossier>>;
  readCase(gateway: string, id: string): Promise<HttpAnswer<Dossier>>;
  /** Polls until the case is closed and every provided record carries its record and proof. */
  closedCase(gateway: string, id: string, timeoutMs: number): Promise<Dossier>;
  /** Runs a CLI command (audit, …) with the deployment's environment and a data directory of its own. */
  cli(args: string[], timeoutMs?: number): Promise<CliRun>;
  /** SIGTERM (by pid) to the newest process of every role still running, and their exits. */
  terminateAll(): Promise<{ name: string; code: number | null; signal: NodeJS.Signals | null; ms: number }[]>;
}

export const SUBSISTENCE_PURPOSE = '低保申请家庭经济状况核对';
const ADAPTER_READY = /"msg":"adapter consuming requests"/;
const GATEWAY_READY = /gateway listening on http:\/\//;

export function useDistributedSystem(broker: () => KafkaBroker, options: DistributedSystemOptions): DistributedSystem {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-distributed-'));
  const keysDir = path.join(root, 'keys');
  const startTimeoutMs = options.startTimeoutMs ?? 90_000;
  const started: { name: string; process: RunningProcess }[] = [];
  const running = new Map<string, RunningProcess>();
  const urls = new Map<string, { url: string; port: number; instanceId: string }>();
  let env: Record<string, string> = {};
  let token = '';
  let cliRuns = 0;

  function start(name: string, args: string[], extra: Record<string, string>): RunningProcess {
    const child = startCli(args, { ...env, TONGBAN_DATA_DIR: path.join(root, 'data', name), ...extra });
    started.push({ name, process: child });
    running.set(name, child);
    return child;
  }

  const system: DistributedSystem = {
    root,
    get env() {
      return env;
    },
    get token() {
      return token;
    },
    started,
    gateway(name) {
      const gw = urls.get(name);
      if (gw === undefined) throw new Error(`no gateway ${name}`);
      return { url: gw.url };
    },
    process(name) {
      const p = running.get(name);
      if (p === undefined) throw new Error(`no process ${name}`);
      return p;
    },
    async startGateway(name) {
      const gw = urls.get(name);
      if (gw === undefined) throw new Error(`no gateway ${name}`);
      const previous = running.get(name);
      if (previous !== undefined && isRunning(previous)) throw new Error(`gateway ${name} (pid ${previous.child.pid}) is still running`);
      const p = start(name, ['gateway'], { PORT: String(gw.port), TONGBAN_INSTANCE_ID: gw.instanceId });
      await p.waitForLine(GATEWAY_READY, startTimeoutMs);
      return p;
    },
    openCase(gateway, { wait = 0, idempotencyKey }: { wait?: number; idempotencyKey?: string } = {}) {
      return call<Dossier>(system.gateway(gateway), 'POST', '/v1/applications', {
        token,
        headers: { ...(wait > 0 ? { prefer: `wait=${wait}` } : {}), ...(idempotencyKey !== undefined ? { 'idempotency-key': idempotencyKey } : {}) },
        body: { matter: 'subsistence-allowance', subject: { idNumber: DEMO_CITIZEN }, purpose: SUBSISTENCE_PURPOSE },
      });
    },
    readCase(gateway, id) {
      return call<Dossier>(system.gateway(gateway), 'GET', `/v1/applications/${id}`, { token });
    },
    closedCase(gateway, id, timeoutMs) {
      return eventually(
        async () => {
          const read = await system.readCase(gateway, id);
          const whole = read.status === 200 && read.body.status !== 'pending' && read.body.records.every((r) => r.status !== 'provided' || r.proof !== undefined);
          return whole ? read.body : undefined;
        },
        timeoutMs,
        `case ${id} closed, with every record and proof, on ${gateway}`,
      );
    },
    cli(args, timeoutMs) {
      cliRuns += 1;
      return runCliAsync(args, { ...env, TONGBAN_DATA_DIR: path.join(root, 'data', `cli-${cliRuns}`) }, timeoutMs);
    },
    terminateAll() {
      return Promise.all([...running].filter(([, p]) => isRunning(p)).map(([name, p]) => terminate(name, p)));
    },
  };

  beforeAll(async () => {
    const t0 = Date.now();
    env = {
      TONGBAN_KAFKA_BROKERS: broker().brokers.join(','),
      TONGBAN_KEYS_DIR: keysDir,
      TONGBAN_CONTRACTS_DIR: contractsWithDeadline(path.join(root, 'contracts'), options.deadlineMs),
      TONGBAN_HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    };
    const [keys, provision] = await Promise.all([
      runCliAsync(['keys', 'init', '--dir', keysDir], { TONGBAN_DATA_DIR: path.join(root, 'data', 'keys-init') }),
      runCliAsync(['kafka', 'provision', '--partitions', String(options.partitions ?? 3)], { ...env, TONGBAN_DATA_DIR: path.join(root, 'data', 'provision') }),
    ]);
    if (keys.status !== 0) throw new Error(`tongban keys init failed (${keys.status}): ${keys.stderr}`);
    if (provision.status !== 0) throw new Error(`tongban kafka provision failed (${provision.status}): ${provision.stderr}`);

    const idpPort = await freePort();
    // The identity provider is an outside party: its own process and data directory, no Kafka, no Tongban keys.
    const idp = startCli(['idp', '--port', String(idpPort)], { TONGBAN_DATA_DIR: path.join(root, 'idp-data'), LOG_LEVEL: 'info' });
    started.push({ name: 'idp', process: idp });
    running.set('idp', idp);
    env = { ...env, TONGBAN_AUTH_ISSUER: 'urn:tongban:dev-issuer', TONGBAN_AUTH_JWKS_URL: `http://127.0.0.1:${idpPort}/.well-known/jwks.json` };

    for (const { name, instanceId } of options.gateways) {
      const port = await freePort();
      urls.set(name, { url: `http://127.0.0.1:${port}`, port, instanceId });
    }
    // Everyone at once: the consumer-group joins take seconds each, in parallel they overlap.
    const ready: Promise<unknown>[] = [idp.waitForLine(/identity provider listening/, startTimeoutMs)];
    for (const department of DEPARTMENT_IDS) {
      const adapter = start(`adapter-${department}`, ['adapter', department], { TONGBAN_SIMULATOR_LATENCY_MS: String(options.adapterLatencyMs(department)) });
      ready.push(adapter.waitForLine(ADAPTER_READY, startTimeoutMs));
    }
    for (const { name } of options.gateways) ready.push(system.startGateway(name));
    await Promise.all(ready);

    const issued = await fetch(`http://127.0.0.1:${idpPort}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'client_id=demo-hall',
    });
    if (issued.status !== 200) throw new Error(`the identity provider refused a token: ${issued.status}`);
    token = ((await issued.json()) as { access_token: string }).access_token;
    console.log(`${options.label} broker ${broker().kind}; keys, provisioning and ${started.length} processes ready in ${Date.now() - t0} ms`);
  }, 180_000);

  afterAll(async () => {
    // Debugging aid: TONGBAN_DIST_DUMP=<dir> keeps every process's output there as <name>-<n>.log.
    if (process.env.TONGBAN_DIST_DUMP) {
      started.forEach((s, i) => fs.writeFileSync(path.join(process.env.TONGBAN_DIST_DUMP!, `${s.name}-${i}.log`), s.process.lines.join('\n') + s.process.stderr.join('')));
    }
    await Promise.all(started.map((s) => killHard(s.process)));
    const left = started.filter((s) => isRunning(s.process)).map((s) => `${s.name} (pid ${s.process.child.pid})`);
    fs.rmSync(root, { recursive: true, force: true });
    if (left.length > 0) throw new Error(`processes still running after the suite: ${left.join(', ')}`);
  }, 30_000);

  return system;
}

/** A subsistence-allowance dossier closed `completed` with one provided record per department, each proof verified with the published keys. */
export async function expectCompleteVerifiedDossier(gateway: { url: string }, dossier: Dossier): Promise<void> {
  expect({ id: dossier.id, status: dossier.status }).toEqual({ id: dossier.id, status: 'completed' });
  expect(dossier.subject).toEqual({ idNumber: DEMO_CITIZEN });
  expect(dossier.records.map((r) => r.department).sort()).toEqual([...DEPARTMENT_IDS].sort());
  for (const record of dossier.records) {
    expect({ department: record.department, status: record.status }).toEqual({ department: record.department, status: 'provided' });
    const payload = await verifyProofWithPublishedKeys(gateway, record.proof!, record.department);
    expect(payload).toMatchObject({ applicationId: dossier.id, department: record.department, type: record.type, subject: { idNumber: DEMO_CITIZEN } });
    expect(payload.data).toEqual(record.data);
  }
}

/** What two views of one case must agree on: status and, per record, outcome, data and proof. */
export function dossierView(d: Dossier): unknown {
  return {
    id: d.id,
    matter: d.matter,
    subject: d.subject,
    status: d.status,
    records: d.records.map((r) => ({ department: r.department, type: r.type, schema: r.schema, status: r.status, data: r.data, proof: r.proof })),
  };
}

/** Every event now in the given topics of the Kafka log, read as an auditor does (a replay up to the current end). */
export async function readKafkaLog(brokers: readonly string[], topics: readonly string[]): Promise<StoredEvent[]> {
  const log = openKafkaEventLog({ brokers, clientId: `tongban-test-reader-${process.pid}` });
  try {
    const events: StoredEvent[] = [];
    for await (const stored of log.replay(topics)) events.push(stored);
    return events;
  } finally {
    await log.close();
  }
}
