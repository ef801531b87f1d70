import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type * as KafkaModule from '@testcontainers/kafka';
import type * as TestcontainersModule from 'testcontainers';

/**
 * Finds a Kafka-protocol broker for the Kafka suites, in the design's order:
 * 1. `KAFKA_BROKERS` (host:port,…): a broker someone runs for us; never stopped by the tests.
 * 2. Testcontainers' Kafka module (KRaft, `KAFKA_TEST_IMAGE`, default confluentinc/cp-kafka) when a
 *    Docker engine answers within a few seconds.
 * 3. librdkafka's built-in mock cluster, started through `kcat` (Debian package `kcat`):
 *      kcat -b 127.0.0.1:1 -X test.mock.num.brokers=3 -P -t __tongban_mock_keepalive
 *    kcat 1.7 has no mock mode of its own (`-M` came later), but any librdkafka client given
 *    `test.mock.num.brokers` starts an in-process cluster on random loopback ports and says so on stderr
 *    ("Mock cluster enabled: … replaced with 127.0.0.1:p1,127.0.0.1:p2,127.0.0.1:p3"). In produce mode
 *    kcat waits on stdin, so the cluster lives as long as the pipe stays open; the bootstrap address
 *    (`-b`) is required by kcat's argument check but ignored once the mock takes over. The keep-alive topic
 *    starts with `_`, which the Kafka engine treats as internal and leaves out of listTopics.
 *    The mock reports controller id 0 (so admin CreateTopics cannot be sent) and auto-creates topics
 *    with 4 partitions; it has no idempotent producer.
 */
export type KafkaBrokerKind = 'env' | 'testcontainers' | 'kcat-mock';

export interface KafkaBroker {
  readonly brokers: string[];
  readonly kind: KafkaBrokerKind;
  /** The kcat process that holds the mock cluster (kind `kcat-mock` only). */
  readonly pid?: number;
  /**
   * Freezes the broker process (SIGSTOP): its sockets stay open but nothing is answered, as in a network
   * partition; `resume()` (SIGCONT) lets it carry on where it stopped. Only a kcat mock this process
   * started can be paused (kind `kcat-mock`); other kinds leave these undefined.
   */
  pause?(): void;
  resume?(): void;
  stop(): Promise<void>;
}

export interface NoKafkaBroker {
  readonly skipReason: string;
}

export interface AcquireOptions {
  /**
   * The test will stop the broker (an outage test): a shared `KAFKA_BROKERS` broker is never offered,
   * only one this process starts.
   */
  readonly disposable?: boolean;
  /**
   * The test pauses and resumes the broker process (KafkaBroker.pause/resume): only a kcat mock cluster
   * this process starts offers that, so neither `KAFKA_BROKERS` nor Testcontainers is tried, and the
   * suite is skipped (with that reason) when kcat is not installed.
   */
  readonly pausable?: boolean;
}

const KCAT_ARGS = ['-b', '127.0.0.1:1', '-X', 'test.mock.num.brokers=3', '-P', '-t', '__tongban_mock_keepalive'];
const KCAT_START_TIMEOUT_MS = 10_000;
const DOCKER_PROBE_TIMEOUT_MS = 5_000;
const DEFAULT_KAFKA_IMAGE = 'confluentinc/cp-kafka:7.9.0';

function envBrokers(): string[] | undefined {
  const raw = process.env.KAFKA_BROKERS?.trim();
  if (!raw) return undefined;
  return raw.split(',').map((b) => b.trim()).filter((b) => b.length > 0);
}

function kcatInstalled(): boolean {
  const probe = spawnSync('kcat', ['-V'], { stdio: 'ignore', timeout: 5_000 });
  return probe.error === undefined && probe.status === 0;
}

/** A cheap, synchronous guess that a Docker engine might be there; acquire() asks it for real. */
function dockerEndpointConfigured(): boolean {
  if (process.env.DOCKER_HOST) return true;
  const sockets = ['/var/run/docker.sock', path.join(os.homedir(), '.docker', 'run', 'docker.sock')];
  return sockets.some((s) => fs.existsSync(s));
}

/**
 * Decides, synchronously and without starting anything, whether a suite can run: jest registers tests
 * synchronously, and a skipped suite must say why in the test's own name.
 */
export function probeKafkaBroker(options: AcquireOptions = {}): { kind: KafkaBrokerKind } | NoKafkaBroker {
  if (options.pausable) return kcatInstalled() ? { kind: 'kcat-mock' } : { skipReason: NOT_PAUSABLE };
  if (!options.disposable && envBrokers()) return { kind: 'env' };
  if (kcatInstalled()) return { kind: 'kcat-mock' };
  if (dockerEndpointConfigured()) return { kind: 'testcontainers' };
  return { skipReason: missingEverything(options, 'no Docker socket or DOCKER_HOST') };
}

const NOT_PAUSABLE =
  'the test pauses the broker process (SIGSTOP/SIGCONT), which only a kcat mock cluster started by the test allows (a KAFKA_BROKERS or Testcontainers broker is not paused); kcat is not installed (apt-get install -y kcat)';

function missingEverything(options: AcquireOptions, dockerWhy: string): string {
  const env = options.disposable ? 'KAFKA_BROKERS is not used by tests that stop their broker' : 'KAFKA_BROKERS is not set';
  return `no Kafka broker: ${env}; no Docker engine for Testcontainers (${dockerWhy}); kcat is not installed (apt-get install -y kcat)`;
}

export async function acquireKafkaBroker(options: AcquireOptions = {}): Promise<KafkaBroker | NoKafkaBroker> {
  if (options.pausable) return kcatInstalled() ? startKcatMock() : { skipReason: NOT_PAUSABLE };
  const fromEnv = options.disposable ? undefined : envBrokers();
  if (fromEnv) return { brokers: fromEnv, kind: 'env', stop: async () => undefined };

  let dockerWhy: string;
  try {
    const started = await startTestcontainersKafka();
    if ('brokers' in started) return started;
    dockerWhy = started.skipReason;
  } catch (error) {
    dockerWhy = `Kafka container failed to start: ${error instanceof Error ? error.message : String(error)}`;
  }

  if (kcatInstalled()) return startKcatMock();
  return { skipReason: missingEverything(options, dockerWhy) };
}

async function startTestcontainersKafka(): Promise<KafkaBroker | NoKafkaBroker> {
  // Loaded lazily: the module pulls in a Docker client that most runs (kcat, KAFKA_BROKERS) never use.
  const testcontainers = require('testcontainers') as typeof TestcontainersModule;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      testcontainers.getContainerRuntimeClient(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${DOCKER_PROBE_TIMEOUT_MS} ms`)), DOCKER_PROBE_TIMEOUT_MS);
      }),
    ]);
  } catch (error) {
    return { skipReason: `Docker engine unreachable: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    clearTimeout(timer);
  }
  const { KafkaContainer } = require('@testcontainers/kafka') as typeof KafkaModule;
  const container = await new KafkaContainer(process.env.KAFKA_TEST_IMAGE ?? DEFAULT_KAFKA_IMAGE).withKraft().start();
  return {
    brokers: [`${container.getHost()}:${container.getMappedPort(9093)}`],
    kind: 'testcontainers',
    async stop() {
      await container.stop();
    },
  };
}

type KcatProcess = ChildProcessByStdio<Writable, null, Readable>;

function startKcatMock(): Promise<KafkaBroker> {
  // stdin stays an open pipe we never write to: that is what keeps kcat (and its mock cluster) running.
  const child: KcatProcess = spawn('kcat', KCAT_ARGS, { stdio: ['pipe', 'ignore', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';

  return new Promise<KafkaBroker>((resolve, reject) => {
    const fail = (why: string): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`kcat mock cluster did not start: ${why}; kcat said: ${stderr.trim() || '(nothing)'}`));
    };
    const timer = setTimeout(() => fail(`no bootstrap address within ${KCAT_START_TIMEOUT_MS} ms`), KCAT_START_TIMEOUT_MS);
    child.once('error', (error) => fail(error.message));
    const earlyExit = (code: number | null, signal: NodeJS.Signals | null): void => fail(`kcat exited (${signal ?? code})`);
    child.once('exit', earlyExit);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      const match = /Mock cluster enabled:.*replaced with (\S+)/.exec(stderr);
      if (!match) return;
      clearTimeout(timer);
      child.off('exit', earlyExit);
      // Keep draining stderr so a chatty kcat can never block on a full pipe.
      child.stderr.removeAllListeners('data');
      child.stderr.resume();
      const alive = (): boolean => child.exitCode === null && child.signalCode === null;
      resolve({
        brokers: match[1]!.split(','),
        kind: 'kcat-mock',
        ...(child.pid !== undefined ? { pid: child.pid } : {}),
        pause() {
          if (!alive()) throw new Error('kcat mock cluster is not running: cannot pause it');
          child.kill('SIGSTOP');
        },
        resume() {
          if (alive()) child.kill('SIGCONT');
        },
        async stop() {
          if (!alive()) return;
          // A paused process would sit on SIGTERM until resumed.
          child.kill('SIGCONT');
          child.stdin.destroy();
          child.kill('SIGTERM');
          const killer = setTimeout(() => child.kill('SIGKILL'), 2_000);
          await exited;
          clearTimeout(killer);
        },
      });
    });
  });
}

/**
 * For a test file: acquires a broker before its tests and stops it after them, or, when no broker can be
 * had, says so loudly (a warning and one skipped test whose name carries the reason) instead of passing
 * silently. Returns a getter for the broker, or undefined when the file's tests must not be registered.
 */
export function useKafkaBroker(suite: string, options: AcquireOptions = {}): (() => KafkaBroker) | undefined {
  const probe = probeKafkaBroker(options);
  if ('skipReason' in probe) {
    console.warn(`\n*** ${suite} SKIPPED: ${probe.skipReason} ***\n`);
    test.skip(`${suite} skipped: ${probe.skipReason}`, () => undefined);
    return undefined;
  }
  let broker: KafkaBroker | undefined;
  beforeAll(async () => {
    const acquired = await acquireKafkaBroker(options);
    // The probe promised a broker: failing to get one is a failure, not a skip.
    if ('skipReason' in acquired) throw new Error(`${suite}: ${acquired.skipReason}`);
    broker = acquired;
  }, 240_000);
  afterAll(async () => {
    await broker?.stop();
  });
  return () => {
    if (!broker) throw new Error(`${suite}: the Kafka broker was not acquired`);
    return broker;
  };
}
