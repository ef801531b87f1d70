import { EventTypes } from '../eventlog/cloudevent';
import type { StoredEvent } from '../eventlog/event-log';

/**
 * The slowest department's native call of each case, in ms by application id, from the log: every
 * `data.provided` carries its call's duration. Tongban's overhead is a case's latency minus this.
 */
export async function slowestDepartmentMs(events: AsyncIterable<StoredEvent> | Iterable<StoredEvent>): Promise<Map<string, number>> {
  const slowest = new Map<string, number>();
  for await (const { event } of events) {
    if (event.type !== EventTypes.dataProvided) continue;
    const { nativeElapsedMs } = event.data as { nativeElapsedMs: number };
    slowest.set(event.correlationid, Math.max(slowest.get(event.correlationid) ?? 0, nativeElapsedMs));
  }
  return slowest;
}
