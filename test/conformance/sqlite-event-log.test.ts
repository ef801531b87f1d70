import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqliteEventLog } from '../../eventlog/sqlite/sqlite-event-log';
import type { EventLog } from '../../eventlog/event-log';
import { runEventLogConformance } from './event-log.conformance';

runEventLogConformance(
  'embedded SQLite engine',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-sqlite-'));
    const file = path.join(dir, 'events.db');
    let log: EventLog = openSqliteEventLog({ file });
    return {
      get log() {
        return log;
      },
      async reopen() {
        await log.close();
        log = openSqliteEventLog({ file });
        return log;
      },
      async cleanup() {
        await log.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
  { deliveryTimeoutMs: 2_000 },
);
