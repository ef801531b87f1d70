import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONTRACTS_DIR, PROJECT_ROOT } from '../../runtime/paths';
import { CLI, type RunningProcess } from '../support/processes';

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
  const started = Date.now();
  const child = spawn(process.execPath, [CLI, ...args], {
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
      reject(new Error(`tongban ${args.join(' ')} did not finish within ${timeoutMs} ms; stderr: ${stderr.slice(-2000)}`));
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
  await Promise.race([p.exited(), new Promise((r) => setTimeout(r, 5_000))]);
}

/** The structured log lines of a process (pino JSON), for assertions about what it said. */
export function logLines(p: RunningProcess): Record<string, unknown>[] {
  return p.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
}
