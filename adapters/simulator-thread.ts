import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { TongbanError } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import { PROJECT_ROOT } from '../runtime/paths';
import type { AnswerRenderer } from './kit/department-adapter';
import { NativeSystemError, type NativeRequest, type NativeResponse } from './kit/native-system';

/**
 * The built-in simulators' legacy systems on a thread of their own. A real department's system
 * answers from its own machine; simulated in the gateway's process, rendering the five native answers
 * of a case took about a millisecond of the event loop's time, the one thread every request needs. Here
 * the simulators keep their latency and faults on the calling thread (simulated-system.ts) and hand
 * only the rendering over: 11 % more cases per second at saturation on the two-core benchmark machine
 * (204 against 184, seven alternating pairs; bench/README.md).
 *
 * One thread serves every simulator of the process. Should it die, the answers it owed fail as
 * retriable native-system errors (the adapters retry them) and the next request starts another.
 */
export interface SimulatorThread extends AnswerRenderer {
  close(): Promise<void>;
}

/** What the thread is asked: one request to one department's simulated system. */
export interface AnswerMessage {
  readonly id: number;
  readonly department: string;
  readonly request: NativeRequest;
  readonly corrupt: boolean;
}

export type ReplyMessage = { readonly id: number; readonly response: NativeResponse } | { readonly id: number; readonly error: string };

const ENTRY = 'simulator-thread-entry.js';

const closedError = (): NativeSystemError => new NativeSystemError('the simulator thread is closed', { retriable: false });

/**
 * The thread's compiled entry. A worker runs JavaScript only: from dist/ it lies beside this file;
 * from the TypeScript sources (the tests, which `npm test` runs after building) it is the build's.
 */
export function simulatorThreadEntry(): string {
  const beside = path.join(__dirname, ENTRY);
  if (fs.existsSync(beside)) return beside;
  const built = path.join(PROJECT_ROOT, 'dist', path.relative(PROJECT_ROOT, __dirname), ENTRY);
  if (fs.existsSync(built)) return built;
  throw new TongbanError('TB_CONFIG_INVALID', `the simulator thread's code is not built (${built}): run \`npm run build\`, or set TONGBAN_SIMULATOR_THREAD=off`);
}

/** `entry`: the thread's code, the built one by default (tests give one that fails on purpose). */
export function startSimulatorThread(options: { logger: Logger; entry?: string }): SimulatorThread {
  const { logger } = options;
  const entry = options.entry ?? simulatorThreadEntry();
  const waiting = new Map<number, { resolve(response: NativeResponse): void; reject(error: Error): void }>();
  let nextId = 0;
  let closed = false;
  let worker: Worker | undefined;

  function failWaiting(error: Error): void {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  }

  function spawn(): Worker {
    const started = new Worker(entry);
    // The thread never keeps the process alive: the adapters waiting on it do, while they wait.
    started.unref();
    started.on('message', (reply: ReplyMessage) => {
      const w = waiting.get(reply.id);
      if (w === undefined) return;
      waiting.delete(reply.id);
      if ('error' in reply) w.reject(new Error(reply.error));
      else w.resolve(reply.response);
    });
    started.on('error', (error) => logger.error({ err: error }, 'the simulator thread failed'));
    started.on('exit', (code) => {
      if (worker === started) worker = undefined;
      if (closed) {
        failWaiting(closedError());
        return;
      }
      logger.warn({ code }, 'the simulator thread stopped; the next simulated request starts another');
      failWaiting(new NativeSystemError(`the simulator thread stopped (exit code ${code})`, { retriable: true }));
    });
    return started;
  }

  worker = spawn();
  return {
    answer(department, request, corrupt) {
      if (closed) return Promise.reject(closedError());
      const target = (worker ??= spawn());
      const id = nextId++;
      return new Promise<NativeResponse>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        target.postMessage({ id, department, request, corrupt } satisfies AnswerMessage);
      });
    },
    async close() {
      closed = true;
      const running = worker;
      worker = undefined;
      if (running !== undefined) await running.terminate();
      failWaiting(closedError());
    },
  };
}
