import type { KeyStore } from '../crypto/keys';
import { EventTypes } from '../eventlog/cloudevent';
import type { StoredEvent } from '../eventlog/event-log';
import { checkEvent, type SignatureVerdict } from '../eventlog/event-signature';
import { createAnchorCheck } from './anchor-check';
import type { ContractView } from './contract-view';
import { createDisclosureCheck } from './disclosure-check';
import { ANSWER_OUTCOMES, readAnswer, readCompleted, readRequested } from './event-data';
import { checkEnvelope, checkPlacement, type Envelope } from './event-placement';
import type { BreakKind, IntegrityBreak } from './integrity-break';
import { formatPosition, positionOf, type LogPosition } from './log-position';
import { mapInOrder } from './ordered-concurrency';
import { createPartitionOrder } from './partition-order';
import { createSourceChains, type ChainHead } from './source-chains';

/**
 * `audit verify` as a function over a stream of stored events: signatures, per-source chains, order
 * within partitions, placement, and that every disclosure answers a lawful request. Breaks are handed
 * to `onBreak` as they are found (gaps and unanswered questions only at the end, when they are
 * certain); nothing but per-source and per-open-request state is kept, so a log of any length fits.
 */
export interface VerifyOptions {
  readonly keys: KeyStore;
  readonly contracts: ContractView;
  readonly onBreak?: (found: IntegrityBreak) => void;
  readonly onProgress?: (progress: VerifyProgress) => void;
  /** Events between two progress calls (default 1,000). */
  readonly progressEvery?: number;
  /** Signature checks in flight at once (default 64). */
  readonly concurrency?: number;
  /** Answered requests remembered for repeated deliveries (default 10,000). */
  readonly answeredMemory?: number;
  /**
   * Heads recorded by an earlier verification. Chains alone cannot show that a source's newest events
   * were cut off, or that a key holder re-signed a whole tail; an anchor can.
   */
  readonly anchors?: readonly ChainHead[];
}

export interface VerifyProgress {
  readonly events: number;
  readonly at: LogPosition;
}

export interface VerifySummary {
  readonly events: number;
  readonly sources: number;
  /** Topic partitions that held at least one event. */
  readonly partitions: number;
  readonly breaks: number;
  readonly byKind: Readonly<Partial<Record<BreakKind, number>>>;
  /** False when the log could not be read to its end (an `unreadable` break says where). */
  readonly complete: boolean;
  readonly intact: boolean;
  /** Each source's newest event: keep them, and pass them as anchors to the next verification. */
  readonly heads: readonly ChainHead[];
}

interface Checked {
  readonly stored: StoredEvent;
  readonly envelope: Envelope | IntegrityBreak;
  readonly verdict?: SignatureVerdict;
  readonly hash?: string;
}

async function checkSignature(stored: StoredEvent, keys: KeyStore): Promise<Checked> {
  const envelope = checkEnvelope(stored);
  if ('kind' in envelope) return { stored, envelope };
  // One text serves both the signature check and the chain hash: the stored one, or the canonical form.
  const { verdict, hash } = await checkEvent(stored.event, keys, stored.signedText);
  return { stored, envelope, verdict, ...(verdict.ok ? { hash } : {}) };
}

/**
 * Whether a replay error is about the log's content, and where. The embedded engine throws the JSON
 * parser's SyntaxError (no position: the event after the last one read); the Kafka engine throws an
 * error that names its topic, partition and offset.
 */
function unreadableAt(error: unknown): { message: string; at?: LogPosition } | undefined {
  if (!(error instanceof Error)) return undefined;
  const e = error as Error & Partial<Record<'topic' | 'partition' | 'offset', unknown>>;
  if (typeof e.topic === 'string' && typeof e.partition === 'number' && typeof e.offset === 'string') {
    return { message: e.message, at: { topic: e.topic, partition: e.partition, offset: e.offset } };
  }
  return error instanceof SyntaxError ? { message: error.message } : undefined;
}

export async function verifyLog(events: AsyncIterable<StoredEvent>, options: VerifyOptions): Promise<VerifySummary> {
  const chains = createSourceChains();
  const order = createPartitionOrder();
  const disclosures = createDisclosureCheck({
    contracts: options.contracts,
    ...(options.answeredMemory !== undefined ? { answeredMemory: options.answeredMemory } : {}),
  });
  const byKind: Partial<Record<BreakKind, number>> = {};
  const partitions = new Set<string>();
  const anchors = createAnchorCheck(options.anchors ?? []);
  const progressEvery = options.progressEvery ?? 1_000;
  let breaks = 0;
  let count = 0;
  let complete = true;
  let last: LogPosition | undefined;

  function report(found: IntegrityBreak): void {
    breaks += 1;
    byKind[found.kind] = (byKind[found.kind] ?? 0) + 1;
    options.onBreak?.(found);
  }

  function examine({ stored, envelope, verdict, hash }: Checked): void {
    if ('kind' in envelope) return report(envelope);
    const at = positionOf(stored);
    const where = { ...at, source: envelope.source, eventId: envelope.id, seq: envelope.seq };
    if (verdict === undefined || !verdict.ok || hash === undefined) {
      const reason = verdict !== undefined && !verdict.ok ? verdict.reason : 'not checked';
      chains.claimUntrusted(envelope.source, envelope.seq);
      return report({ kind: 'bad-signature', ...where, detail: reason });
    }
    if (verdict.producer !== envelope.producer) {
      chains.claimUntrusted(envelope.source, envelope.seq);
      return report({
        kind: 'wrong-producer',
        ...where,
        detail: `signed with key ${verdict.kid} of ${verdict.producer || 'an unknown producer'}, but the source is ${envelope.producer}'s`,
      });
    }
    const placement = checkPlacement(stored, envelope);
    if (placement !== undefined) report(placement);
    const added = chains.add({ source: envelope.source, seq: envelope.seq, id: envelope.id, prevhash: envelope.prevhash, hash, at });
    added.breaks.forEach(report);
    // A duplicate is reported once, as a duplicate: not a reordering, a rewrite or a new disclosure.
    if (added.duplicate) return;
    const rewritten = anchors.onEvent(where, hash);
    if (rewritten !== undefined) report(rewritten);
    const reordered = order.check(stored, envelope.source, envelope.seq);
    if (reordered !== undefined) report(reordered);
    if (placement?.kind === 'malformed') return;
    const context = { at, source: envelope.source, eventId: envelope.id, seq: envelope.seq };
    const { type, data } = stored.event;
    if (type === EventTypes.dataRequested) {
      const request = readRequested(data);
      if (request !== undefined) disclosures.onRequest(request, context).forEach(report);
    } else if (ANSWER_OUTCOMES[type] !== undefined) {
      const answer = readAnswer(type, data);
      if (answer !== undefined) disclosures.onAnswer(answer, context).forEach(report);
    } else if (type === EventTypes.applicationCompleted) {
      const completed = readCompleted(data);
      if (completed !== undefined) disclosures.onCompleted(completed.applicationId);
    }
  }

  try {
    for await (const checked of mapInOrder(events, options.concurrency ?? 64, (stored) => checkSignature(stored, options.keys))) {
      count += 1;
      last = positionOf(checked.stored);
      partitions.add(`${last.topic}\u0000${last.partition}`);
      examine(checked);
      if (options.onProgress !== undefined && count % progressEvery === 0) options.onProgress({ events: count, at: last });
    }
  } catch (error) {
    // A stored event that cannot be decoded is evidence of tampering: report it. Anything else (a broker
    // that went away) is not a finding about the log, and is left to the caller as an error.
    const unreadable = unreadableAt(error);
    if (unreadable === undefined) throw error;
    // Nothing after it can be read through the port, so nothing after it is verified.
    complete = false;
    const where = unreadable.at ?? last;
    const place = unreadable.at ? `at ${formatPosition(unreadable.at)}` : last ? `after ${formatPosition(last)}` : 'from its start';
    report({
      kind: 'unreadable',
      ...(where ?? { topic: '-', partition: 0, offset: '-' }),
      detail: `the log could not be read ${place}: ${unreadable.message}; verification stopped here, and gaps were not checked`,
    });
  }
  if (complete) {
    // Gaps and unanswered disclosures are only certain once every event has been read.
    chains.finish().forEach(report);
    disclosures.finish().forEach(report);
    anchors.finish(chains).forEach(report);
  }
  return {
    events: count,
    sources: chains.sourceCount,
    partitions: partitions.size,
    breaks,
    byKind,
    complete,
    intact: breaks === 0,
    heads: chains.heads(),
  };
}
