import path from 'node:path';
import { replayAll } from '../../../audit/replay-all';
import type { StoredEvent } from '../../../eventlog/event-log';
import { openSqliteEventLog } from '../../../eventlog/sqlite/sqlite-event-log';

/** Opens a data directory's embedded log, hands its replay to `use`, and closes it. */
export async function withReplay<T>(
  dir: string,
  use: (events: AsyncIterable<StoredEvent>) => Promise<T>,
  reorder?: (events: AsyncIterable<StoredEvent>) => AsyncIterable<StoredEvent>,
): Promise<T> {
  const log = openSqliteEventLog({ file: path.join(dir, 'events.db') });
  try {
    const events = replayAll(log);
    return await use(reorder ? reorder(events) : events);
  } finally {
    await log.close();
  }
}
