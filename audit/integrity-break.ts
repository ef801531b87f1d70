import type { LogPosition } from './log-position';

/**
 * Everything `audit verify` can find wrong with a log. Each kind names one way the evidence can fail;
 * README.md ("For auditors") says how each is detected and what usually causes it.
 */
export const BREAK_KINDS = [
  /** The engine could not read an event (e.g. a body that is no longer JSON); verification stopped there. */
  'unreadable',
  /** An event without the envelope attributes a chain needs (id, source, seq, prevhash, signature, type). */
  'malformed',
  /** No signature, an unknown key, or a signature that does not match the event: edited or forged. */
  'bad-signature',
  /** A valid signature, but by another producer's key than the one the source names. */
  'wrong-producer',
  /** Sequence numbers missing from a source's chain: deleted events. */
  'seq-gap',
  /** A source's sequence number seen twice: a replayed (re-appended) or inserted event. */
  'duplicate',
  /** An event's prevhash does not name its predecessor: an edited, forked or re-written history. */
  'chain-break',
  /**
   * The log no longer holds the event an earlier verification recorded as a source's newest (its
   * anchor), or holds a different one there: truncated or rewritten since then.
   */
  'anchor-mismatch',
  /** Within one topic partition a source's sequence went backwards: reordered events. */
  'reordered',
  /** An event in a topic, under a key, or from a producer that its type does not allow. */
  'misplaced',
  /** A record disclosed without a matching data request. */
  'unrequested-disclosure',
  /** A record disclosed for a request that the consumer's contract did not allow. */
  'ungranted-disclosure',
  /** A record holding fields beyond those requested under the grant. */
  'excess-fields',
] as const;

export type BreakKind = (typeof BREAK_KINDS)[number];

export interface IntegrityBreak extends LogPosition {
  readonly kind: BreakKind;
  /** The event's source (`/tongban/<producer>/<instance>`), when it could be read. */
  readonly source?: string;
  readonly eventId?: string;
  readonly seq?: number;
  /** One sentence for a human: what was expected and what was found. */
  readonly detail: string;
}
