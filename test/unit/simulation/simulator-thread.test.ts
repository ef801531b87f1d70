import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEPARTMENT_MODULES } from '../../../adapters/departments';
import type { AnswerRenderer } from '../../../adapters/kit/department-adapter';
import { NativeSystemError } from '../../../adapters/kit/native-system';
import { DEMO_CITIZEN_ID, DEMO_ENTERPRISE_USCC, UNKNOWN_CITIZEN_ID } from '../../../adapters/simulation/demo-subjects';
import { startSimulatorThread, type SimulatorThread } from '../../../adapters/simulator-thread';
import type { Subject } from '../../../identity/subject';
import { silentLogger } from '../../../runtime/logger';

const SUBJECTS: Subject[] = [{ idNumber: DEMO_CITIZEN_ID }, { uscc: DEMO_ENTERPRISE_USCC }, { idNumber: UNKNOWN_CITIZEN_ID }];

/** Every lookup an adapter can make of the demo subjects, as each settles (record, not-found, or error). */
async function lookUpEverything(module: (typeof DEPARTMENT_MODULES)[keyof typeof DEPARTMENT_MODULES], renderer: AnswerRenderer | undefined, corrupt: boolean): Promise<unknown[]> {
  const adapter = module.createAdapter(module.createSimulator({ latencyMs: 0, faults: { corrupt }, ...(renderer ? { renderer } : {}) }));
  const outcomes: unknown[] = [];
  for (const recordType of adapter.recordTypes) {
    for (const subject of SUBJECTS) {
      outcomes.push(
        await adapter.lookup({ recordType, subject, requestId: `r-${recordType}` }).then(
          (outcome) => outcome,
          (error: Error) => ({ error: error.message }),
        ),
      );
    }
  }
  return outcomes;
}

describe('the simulator thread', () => {
  let thread: SimulatorThread;
  beforeAll(() => {
    thread = startSimulatorThread({ logger: silentLogger() });
  });
  afterAll(() => thread.close());

  test.each(Object.keys(DEPARTMENT_MODULES))('%s: every lookup through the thread settles exactly as on the calling thread, corrupt or not', async (department) => {
    const module = DEPARTMENT_MODULES[department as keyof typeof DEPARTMENT_MODULES];
    let rendered = 0;
    const counting: AnswerRenderer = { answer: (...args) => (rendered++, thread.answer(...args)) };
    for (const corrupt of [false, true]) {
      const here = await lookUpEverything(module, undefined, corrupt);
      expect(here.some((o) => (o as { kind?: string }).kind === 'found')).toBe(true);
      expect(await lookUpEverything(module, counting, corrupt)).toEqual(here);
    }
    expect(rendered).toBeGreaterThanOrEqual(2 * module.createAdapter(module.createSimulator({ latencyMs: 0 })).recordTypes.length);
  });

  test('a department it does not have is an error, and the thread serves on', async () => {
    await expect(thread.answer('army', { method: 'GET', path: '/' }, false)).rejects.toThrow('no simulated department "army"');
    expect((await thread.answer('police', { method: 'GET', path: '/nowhere' }, false)).status).toBe(404);
  });
});

describe('the simulator thread failing', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-simthread-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('answers owed by a thread that died fail as retriable, and the next request starts another thread', async () => {
    // A stand-in for the thread's code that dies on request: exactly what a crash looks like from outside.
    const entry = path.join(dir, 'dying-entry.js');
    fs.writeFileSync(
      entry,
      `const { parentPort } = require('node:worker_threads');
       parentPort.on('message', ({ id, request }) => {
         if (request.path === '/die') process.exit(3);
         parentPort.postMessage({ id, response: { status: 200, contentType: 'text/plain', body: String(process.pid) + request.path } });
       });`,
    );
    const thread = startSimulatorThread({ logger: silentLogger(), entry });
    try {
      const owed = thread.answer('police', { method: 'GET', path: '/die' }, false);
      await expect(owed).rejects.toBeInstanceOf(NativeSystemError);
      await expect(owed).rejects.toMatchObject({ retriable: true, message: expect.stringContaining('exit code 3') });
      expect(await thread.answer('police', { method: 'GET', path: '/again' }, false)).toEqual({ status: 200, contentType: 'text/plain', body: `${process.pid}/again` });
    } finally {
      await thread.close();
    }
  });

  test('after close, waiting and new answers fail for good', async () => {
    const entry = path.join(dir, 'silent-entry.js');
    fs.writeFileSync(entry, `require('node:worker_threads').parentPort.on('message', () => {});`);
    const thread = startSimulatorThread({ logger: silentLogger(), entry });
    const waiting = thread.answer('police', { method: 'GET', path: '/' }, false);
    await thread.close();
    await expect(waiting).rejects.toMatchObject({ retriable: false, message: 'the simulator thread is closed' });
    await expect(thread.answer('police', { method: 'GET', path: '/' }, false)).rejects.toMatchObject({ retriable: false });
  });
});
