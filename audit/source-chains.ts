import { genesisHash } from '../eventlog/cloudevent';
import type { IntegrityBreak } from './integrity-break';
import { formatPosition, type LogPosition } from './log-position';

/**
 * Per-source hash chains, checked without holding the log in memory.
 *
 * Kafka gives no order across partitions, so a source's events may arrive in any order. Each source
 * keeps the runs of consecutive sequence numbers seen so far, and for each run only the two ends: the
 * prevhash its first event names and the hash of its last event. An event that extends or joins runs
 * is checked against its neighbours' hashes as it arrives; gaps are known only once the whole log has
 * been read. On a log replayed in append order every source has one run, so memory stays proportional
 * to the number of sources, not to the number of events.
 */
export interface ChainEntry {
  readonly source: string;
  readonly seq: number;
  readonly id: string;
  readonly prevhash: string;
  /** What the source's next event must name as prevhash (eventHash). */
  readonly hash: string;
  readonly at: LogPosition;
}

interface Link {
  readonly seq: number;
  readonly id: string;
  readonly hash: string;
  readonly at: LogPosition;
}

interface Run {
  first: number;
  last: number;
  firstPrevhash: string;
  firstLink: Link;
  lastLink: Link;
}

interface SourceState {
  readonly runs: Run[];
  /** The newest events, to tell an exact replay from a second event claiming the same place. */
  readonly recent: Map<number, Link>;
  /** Sequence numbers claimed by events whose signature failed: already reported, not gaps. */
  readonly untrusted: Set<number>;
}

/** Enough to name the original of a replayed event in the usual case (a copy appended soon after). */
const RECENT_PER_SOURCE = 64;

export interface AddResult {
  readonly breaks: IntegrityBreak[];
  readonly duplicate: boolean;
}

/** The newest event of a source: what a later verification can be anchored on. */
export interface ChainHead {
  readonly source: string;
  readonly seq: number;
  readonly hash: string;
}

export interface SourceChains {
  /** Records an event whose signature checked out. */
  add(entry: ChainEntry): AddResult;
  /** Notes the place an untrustworthy event claimed, so its absence from the chain is not a second break. */
  claimUntrusted(source: string, seq: number): void;
  /** The gaps: known only once every event has been read. */
  finish(): IntegrityBreak[];
  /** Each source's newest event seen. */
  heads(): ChainHead[];
  /** Where a source's newest event seen sits in the log, to report what happened after it. */
  lastSeen(source: string): { readonly id: string; readonly seq: number; readonly at: LogPosition } | undefined;
  readonly sourceCount: number;
}

function lastRunStartingAtOrBefore(runs: readonly Run[], seq: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.first <= seq) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function describeRanges(ranges: readonly [number, number][]): string {
  return ranges.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
}

/** The parts of [from, to] not claimed by untrusted events. */
function missingRanges(from: number, to: number, untrusted: ReadonlySet<number>): [number, number][] {
  const claimed = [...untrusted].filter((s) => s >= from && s <= to).sort((a, b) => a - b);
  const out: [number, number][] = [];
  let next = from;
  for (const seq of claimed) {
    if (seq > next) out.push([next, seq - 1]);
    next = seq + 1;
  }
  if (next <= to) out.push([next, to]);
  return out;
}

export function createSourceChains(): SourceChains {
  const sources = new Map<string, SourceState>();

  function stateOf(source: string): SourceState {
    let state = sources.get(source);
    if (state === undefined) {
      state = { runs: [], recent: new Map(), untrusted: new Set() };
      sources.set(source, state);
    }
    return state;
  }

  function duplicateBreak(entry: ChainEntry, original: Link | undefined): IntegrityBreak {
    const base = { kind: 'duplicate' as const, ...entry.at, source: entry.source, eventId: entry.id, seq: entry.seq };
    if (original === undefined) {
      return { ...base, detail: `seq ${entry.seq} of this source was already seen earlier in the log: a replayed or inserted event` };
    }
    if (original.hash === entry.hash) {
      return { ...base, detail: `replay of event ${original.id} first seen at ${formatPosition(original.at)}` };
    }
    return {
      ...base,
      detail: `seq ${entry.seq} is already taken by event ${original.id} at ${formatPosition(original.at)}: two different events claim one place in the chain`,
    };
  }

  return {
    get sourceCount() {
      return sources.size;
    },

    add(entry) {
      const state = stateOf(entry.source);
      const { runs } = state;
      const n = entry.seq;
      const i = lastRunStartingAtOrBefore(runs, n);
      const left = i >= 0 ? runs[i] : undefined;
      if (left !== undefined && left.last >= n) {
        return { breaks: [duplicateBreak(entry, state.recent.get(n))], duplicate: true };
      }
      const right = runs[i + 1];
      const joinsLeft = left !== undefined && left.last === n - 1;
      const joinsRight = right !== undefined && right.first === n + 1;
      const link: Link = { seq: n, id: entry.id, hash: entry.hash, at: entry.at };
      const breaks: IntegrityBreak[] = [];
      const here = { ...entry.at, source: entry.source, eventId: entry.id, seq: n };

      if (n === 1 && entry.prevhash !== genesisHash(entry.source)) {
        breaks.push({ kind: 'chain-break', ...here, detail: `seq 1 must name the genesis hash of its source, but names ${entry.prevhash}` });
      }
      if (joinsLeft && entry.prevhash !== left.lastLink.hash) {
        breaks.push({
          kind: 'chain-break',
          ...here,
          detail: `prevhash does not match seq ${n - 1} (event ${left.lastLink.id} at ${formatPosition(left.lastLink.at)})`,
        });
      }
      if (joinsRight && right.firstPrevhash !== entry.hash) {
        const next = right.firstLink;
        breaks.push({
          kind: 'chain-break',
          ...next.at,
          source: entry.source,
          eventId: next.id,
          seq: next.seq,
          detail: `prevhash does not match seq ${n} (event ${entry.id} at ${formatPosition(entry.at)})`,
        });
      }

      if (joinsLeft && joinsRight) {
        left.last = right.last;
        left.lastLink = right.lastLink;
        runs.splice(i + 1, 1);
      } else if (joinsLeft) {
        left.last = n;
        left.lastLink = link;
      } else if (joinsRight) {
        right.first = n;
        right.firstPrevhash = entry.prevhash;
        right.firstLink = link;
      } else {
        runs.splice(i + 1, 0, { first: n, last: n, firstPrevhash: entry.prevhash, firstLink: link, lastLink: link });
      }

      state.recent.set(n, link);
      if (state.recent.size > RECENT_PER_SOURCE) state.recent.delete(state.recent.keys().next().value as number);
      return { breaks, duplicate: false };
    },

    heads() {
      return [...sources].flatMap(([source, state]) => {
        const last = state.runs[state.runs.length - 1];
        return last === undefined ? [] : [{ source, seq: last.last, hash: last.lastLink.hash }];
      });
    },

    lastSeen(source) {
      const runs = sources.get(source)?.runs;
      const last = runs?.[runs.length - 1]?.lastLink;
      return last === undefined ? undefined : { id: last.id, seq: last.seq, at: last.at };
    },

    claimUntrusted(source, seq) {
      stateOf(source).untrusted.add(seq);
    },

    finish() {
      const breaks: IntegrityBreak[] = [];
      for (const [source, state] of sources) {
        let expected = 1;
        for (const run of state.runs) {
          if (run.first > expected) {
            const missing = missingRanges(expected, run.first - 1, state.untrusted);
            if (missing.length > 0) {
              breaks.push({
                kind: 'seq-gap',
                ...run.firstLink.at,
                source,
                eventId: run.firstLink.id,
                seq: run.first,
                detail: `seq ${describeRanges(missing)} missing before this event: deleted events`,
              });
            }
          }
          expected = run.last + 1;
        }
      }
      return breaks;
    },
  };
}
