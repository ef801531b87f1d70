import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { issueDevToken } from '../gateway/auth/dev-issuer';
import { loadConfig, type Config } from '../runtime/config';
import { freePort } from '../runtime/free-port';
import { PROJECT_ROOT } from '../runtime/paths';

/**
 * What the benchmark drives: by default a `tongban start` of its own (embedded engine, fresh data
 * directory, dev-issuer token), or, with `--url` and `--token`, a gateway that already runs, such as a
 * distributed deployment on Kafka. Either way the benchmark then reads the same log the system wrote,
 * through the engine the configuration names (TONGBAN_KAFKA_BROKERS, else `<data dir>/events.db`).
 */
export interface BenchTarget {
  readonly url: string;
  readonly token: string;
  /** Where the log, the producers' public keys and the contracts are. */
  readonly config: Config;
  readonly description: string;
  /** Peak RSS of the server in MB, or null when it runs elsewhere. */
  serverPeakMb(): number | null;
  /** The server's process id, when it runs on this machine (for its CPU time); null otherwise. */
  readonly serverPid: number | null;
  /** Stops what the benchmark started (nothing, for a remote gateway). */
  stop(): Promise<void>;
  /** Removes what the benchmark wrote (its data directory, for an embedded run). */
  cleanup(): void;
}

async function waitReady(url: string, deadlineMs: number, exited: () => number | null): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const code = exited();
    if (code !== null) throw new Error(`tongban start exited with ${code}`);
    const ok = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ok) return;
    if (Date.now() > until) throw new Error(`${url}/readyz did not answer "ready" within ${deadlineMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Which `tongban start` to run: another checkout's build, extra environment, other node flags. */
export interface EmbeddedTargetOptions {
  /** A checkout whose dist/ to run (bench/compare.ts); this one by default. */
  readonly root?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Node's flags; by default those `npm start` runs the checkout with (npmStartNodeFlags). */
  readonly nodeFlags?: readonly string[];
  /** The node binary that runs the server; this process's by default (bench/compare.ts's `--node-b`). */
  readonly node?: string;
}

/**
 * Node's flags as `npm start` runs a checkout's server, read from its package.json: the benchmark
 * measures what users run (V8's young generation is one of them, bench/README.md), and a checkout
 * compared with this one runs with its own.
 */
export function npmStartNodeFlags(root: string = PROJECT_ROOT): readonly string[] {
  const file = path.join(root, 'package.json');
  const start = (JSON.parse(fs.readFileSync(file, 'utf8')) as { scripts?: { start?: string } }).scripts?.start ?? '';
  const match = /^node((?:\s+--\S+)*)\s+dist\/cli\/main\.js start$/.exec(start);
  if (match === null) throw new Error(`${file}: the start script is not "node [flags] dist/cli/main.js start" (it is "${start}")`);
  return match[1]!.split(/\s+/).filter((flag) => flag !== '');
}

export async function startEmbeddedTarget(latency: string | undefined, options: EmbeddedTargetOptions = {}): Promise<BenchTarget> {
  const root = options.root ?? PROJECT_ROOT;
  const main = path.join(root, 'dist', 'cli', 'main.js');
  if (!fs.existsSync(main)) throw new Error(`no build of Tongban at ${main}: run \`npm run build\` in ${root}`);
  const nodeFlags = options.nodeFlags ?? npmStartNodeFlags(root);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-bench-'));
  const port = await freePort();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    TONGBAN_DATA_DIR: dataDir,
    PORT: String(port),
    TONGBAN_HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    TONGBAN_RATE_LIMIT_PER_MINUTE: '9999999',
    TONGBAN_MAX_WAIT_SECONDS: '120',
    ...(latency !== undefined ? { TONGBAN_SIMULATOR_LATENCY_MS: latency } : {}),
    ...options.env,
  };
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const server = spawn(options.node ?? process.execPath, [...nodeFlags, main, 'start'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  server.stdout!.resume(); // warnings only; never let the pipe fill up
  const url = `http://127.0.0.1:${port}`;
  let peakMb = 0;
  const sampler = setInterval(() => {
    try {
      const rss = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'));
      if (rss) peakMb = Math.max(peakMb, Number(rss[1]) / 1024);
    } catch {
      // not on Linux: the server's peak is not reported
    }
  }, 200);
  const stop = async (): Promise<void> => {
    clearInterval(sampler);
    if (server.exitCode !== null || server.signalCode !== null) return;
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  };
  try {
    await waitReady(url, 60_000, () => server.exitCode);
  } catch (error) {
    await stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const token = await issueDevToken(dataDir, { clientId: 'demo-hall', audience: config.auth.audience });
  return {
    url,
    token,
    config,
    description: `embedded engine (its own \`tongban start\`${root === PROJECT_ROOT ? '' : ` of ${root}`})`,
    serverPeakMb: () => (peakMb > 0 ? Math.round(peakMb * 10) / 10 : null),
    serverPid: server.pid ?? null,
    stop,
    cleanup: () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

export async function remoteTarget(url: string, token: string, latency: string | undefined): Promise<BenchTarget> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`--url ${url} is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`--url must be http:// or https://, not ${parsed.protocol}//`);
  const base = parsed.href.replace(/\/$/, '');
  // The log, keys and contracts come from this process's environment, as for `tongban audit`.
  const config = loadConfig({ ...process.env, ...(latency !== undefined ? { TONGBAN_SIMULATOR_LATENCY_MS: latency } : {}) });
  if (config.kafkaBrokers === undefined && !fs.existsSync(path.join(config.dataDir, 'events.db'))) {
    throw new Error(
      `no log to read: set TONGBAN_KAFKA_BROKERS (distributed) or TONGBAN_DATA_DIR (embedded, now ${config.dataDir}) to the one the gateway at ${base} writes`,
    );
  }
  await waitReady(base, 10_000, () => null);
  return {
    url: base,
    token,
    config,
    description: `${config.kafkaBrokers !== undefined ? 'Kafka' : 'embedded'} engine behind ${base}`,
    serverPeakMb: () => null,
    serverPid: null,
    stop: async () => undefined,
    cleanup: () => undefined,
  };
}
