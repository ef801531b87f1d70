import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../runtime/paths';
import { casesThrough, measuredClosedLoop } from './closed-loop';
import type { FloorTemplate } from './floor-server';
import { createJsonClient } from './http-client';
import { npmStartNodeFlags } from './target';
import { round, summary } from './stats';

/**
 * The floor phase: the floor server (floor-server.ts) as a process of its own, warmed up with as many
 * cases as Tongban had before its saturation phase, then driven by the same closed loop of clients.
 * What this machine allows at all for the same cases, measured in the same run as Tongban.
 */
export interface FloorFigures {
  readonly applicationsPerSecond: number;
  readonly latencyP50Ms: number;
  readonly serverCpuMsPerCase: number | null;
  readonly eventLoopCpuMsPerCase: number | null;
  /** The share of the machine's time the hypervisor took meanwhile (stolen-time.ts). */
  readonly stolenShare: number | null;
}

export interface FloorPhaseOptions {
  readonly template: FloorTemplate;
  readonly latencyMs: Readonly<Record<string, number>>;
  readonly concurrency: number;
  readonly seconds: number;
  readonly warmUpCases: number;
  readonly body: unknown;
  /** Called when the warm-up is over and the measured closed loop starts. */
  readonly onMeasuring?: () => void;
}

async function startFloorProcess(dir: string, options: FloorPhaseOptions): Promise<{ url: string; pid: number | null; stop(): Promise<void> }> {
  const templateFile = path.join(dir, 'template.json');
  fs.writeFileSync(templateFile, JSON.stringify(options.template));
  // With the flags Tongban runs with in the benchmark (`npm start`'s, bench/target.ts).
  const child = spawn(process.execPath, [...npmStartNodeFlags(), path.join(PROJECT_ROOT, 'dist', 'bench', 'floor-process.js'), dir, templateFile, JSON.stringify(options.latencyMs)], {
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  };
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error('the floor server did not start within 30 s')), 30_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      child.stdout!.resume(); // nothing more is printed; never let the pipe fill up
      resolve(line.trim());
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the floor server exited with ${code}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, pid: child.pid ?? null, stop };
}

export async function measureFloor(options: FloorPhaseOptions): Promise<FloorFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-floor-'));
  try {
    const floor = await startFloorProcess(dir, options);
    const client = createJsonClient(floor.url, options.concurrency);
    try {
      const openCase = async (): Promise<number> => {
        const started = performance.now();
        const response = await client.post<{ status?: unknown }>('/v1/applications', options.body, {});
        if (response.status !== 200 || response.body.status !== 'completed') throw new Error(`the floor answered ${response.status} ${String(response.body.status)}`);
        return performance.now() - started;
      };
      await casesThrough(options.concurrency, options.warmUpCases, openCase);
      await client.connect('/readyz'); // as for Tongban: every client's socket open before the clock starts
      options.onMeasuring?.();
      const { results, seconds, serverCpu: cpu, stolenShare: stolen } = await measuredClosedLoop(floor.pid, options.concurrency, options.seconds, openCase);
      const perCase = (ms: number): number | null => (results.length === 0 ? null : round(ms / results.length, 2));
      return {
        applicationsPerSecond: round(results.length / seconds),
        latencyP50Ms: round(summary(results).p50),
        serverCpuMsPerCase: cpu === null ? null : perCase(cpu.totalMs),
        eventLoopCpuMsPerCase: cpu === null ? null : perCase(cpu.mainMs),
        stolenShare: stolen,
      };
    } finally {
      client.close();
      await floor.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
