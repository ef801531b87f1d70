import path from 'node:path';
import type { ContractView } from '../../../audit/contract-view';
import type { IntegrityBreak } from '../../../audit/integrity-break';
import { replayAll } from '../../../audit/replay-all';
import type { ChainHead } from '../../../audit/source-chains';
import { verifyLog, type VerifySummary } from '../../../audit/verify-log';
import { loadKeyStore } from '../../../crypto/keys';
import type { StoredEvent } from '../../../eventlog/event-log';
import { openSqliteEventLog } from '../../../eventlog/sqlite/sqlite-event-log';

export interface Verified {
  readonly summary: VerifySummary;
  readonly breaks: IntegrityBreak[];
}

/** Runs verifyLog over a data directory, with the public keys found there. */
export async function verifyDataDir(
  dir: string,
  contracts: ContractView,
  reorder?: (events: AsyncIterable<StoredEvent>) => AsyncIterable<StoredEvent>,
  anchors?: readonly ChainHead[],
): Promise<Verified> {
  const log = openSqliteEventLog({ file: path.join(dir, 'events.db') });
  const keys = await loadKeyStore(path.join(dir, 'keys'), []);
  const breaks: IntegrityBreak[] = [];
  try {
    const events = replayAll(log);
    const summary = await verifyLog(reorder ? reorder(events) : events, {
      keys,
      contracts,
      onBreak: (b) => breaks.push(b),
      ...(anchors ? { anchors } : {}),
    });
    return { summary, breaks };
  } finally {
    await log.close();
  }
}

/** The log as Kafka may hand it over: one topic after another (in the given order), each in its own order. */
export function topicByTopic(order: 'reverse' | 'forward') {
  return async function* (events: AsyncIterable<StoredEvent>): AsyncGenerator<StoredEvent> {
    const byTopic = new Map<string, StoredEvent[]>();
    for await (const e of events) {
      const list = byTopic.get(e.topic) ?? [];
      list.push(e);
      byTopic.set(e.topic, list);
    }
    const topics = [...byTopic.keys()].sort();
    if (order === 'reverse') topics.reverse();
    for (const t of topics) yield* byTopic.get(t)!;
  };
}
