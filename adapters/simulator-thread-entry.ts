/**
 * The simulator thread itself (started by simulator-thread.ts): every department's simulated legacy
 * system, rendering the answers the simulators on the main thread hand over.
 */
import { parentPort } from 'node:worker_threads';
import { DEPARTMENT_MODULES } from './departments';
import type { SimulatedDepartment } from './kit/department-adapter';
import type { AnswerMessage, ReplyMessage } from './simulator-thread';

const port = parentPort;
if (port === null) throw new Error('simulator-thread-entry runs as a worker thread only');

const departments = new Map<string, SimulatedDepartment>(Object.values(DEPARTMENT_MODULES).map((m) => [m.department, m.simulatedDepartment()]));

port.on('message', ({ id, department, request, corrupt }: AnswerMessage) => {
  let reply: ReplyMessage;
  try {
    const system = departments.get(department);
    if (system === undefined) throw new Error(`no simulated department "${department}"`);
    reply = { id, response: system.answer(request, { corrupt }) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
