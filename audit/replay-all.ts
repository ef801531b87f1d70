import type { EventLog, StoredEvent } from '../eventlog/event-log';

/**
 * Every event of every topic, for the auditors. On the embedded engine one replay already returns the
 * whole log in its global append order. Kafka has no order across topics and partitions, and an engine
 * is free to return one topic after another; that would not make verification wrong (the checks do not
 * depend on order across partitions) but it would make the chain checker and the case reports hold
 * far more state. So on other engines each topic is replayed on its own and the streams are merged by
 * append time, which keeps a source's events and a case's events close together.
 */
export async function* replayAll(log: EventLog): AsyncGenerator<StoredEvent> {
  const topics = await log.listTopics();
  if (topics.length === 0) return;
  if (log.engine === 'sqlite') {
    yield* log.replay(topics);
    return;
  }
  yield* mergeByAppendTime(topics.map((topic) => log.replay([topic])));
}

/** A k-way merge by appendedAt; ties go to the earlier stream, and each stream keeps its own order. */
export async function* mergeByAppendTime(streams: readonly AsyncIterable<StoredEvent>[]): AsyncGenerator<StoredEvent> {
  const iterators = streams.map((s) => s[Symbol.asyncIterator]());
  const heads: (StoredEvent | undefined)[] = await Promise.all(iterators.map(async (it) => (await it.next()).value as StoredEvent | undefined));
  const live = new Set<number>(heads.flatMap((head, i) => (head === undefined ? [] : [i])));
  try {
    while (live.size > 0) {
      let pick = -1;
      for (const i of live) {
        if (pick === -1 || heads[i]!.appendedAt < heads[pick]!.appendedAt) pick = i;
      }
      yield heads[pick]!;
      const next = await iterators[pick]!.next();
      if (next.done === true) {
        heads[pick] = undefined;
        live.delete(pick);
      } else heads[pick] = next.value;
    }
  } finally {
    await Promise.all([...live].map((i) => iterators[i]!.return?.()));
  }
}
