import type { IntegrityBreak } from './integrity-break';
import type { LogPosition } from './log-position';
import type { ChainHead, SourceChains } from './source-chains';

/**
 * Anchors: the heads an earlier verification recorded. A hash chain shows every hole in its middle but
 * not a cut-off end, nor a tail that a key holder re-signed consistently; a head recorded earlier
 * shows both. Each recorded head must still be in the log, as the same event.
 */
export interface AnchorCheck {
  /** A trusted, first-seen event of a source: compared with the head recorded at its place, if any. */
  onEvent(where: LogPosition & { source: string; eventId: string; seq: number }, hash: string): IntegrityBreak | undefined;
  /** Recorded heads never met: the log no longer reaches them. */
  finish(chains: SourceChains): IntegrityBreak[];
}

export function createAnchorCheck(anchors: readonly ChainHead[]): AnchorCheck {
  const waiting = new Map(anchors.map((a) => [`${a.source}\u0000${a.seq}`, a]));
  return {
    onEvent(where, hash) {
      const key = `${where.source}\u0000${where.seq}`;
      const anchor = waiting.get(key);
      if (anchor === undefined) return undefined;
      waiting.delete(key);
      if (anchor.hash === hash) return undefined;
      return { kind: 'anchor-mismatch', ...where, detail: 'not the event an earlier verification recorded at this place: the history was rewritten since' };
    },
    finish(chains) {
      return [...waiting.values()].map((anchor): IntegrityBreak => {
        const seen = chains.lastSeen(anchor.source);
        return {
          kind: 'anchor-mismatch',
          ...(seen?.at ?? { topic: '-', partition: 0, offset: '-' }),
          source: anchor.source,
          ...(seen ? { eventId: seen.id, seq: seen.seq } : {}),
          detail: `an earlier verification saw this source up to seq ${anchor.seq}, but the log now ${seen ? `ends at seq ${seen.seq}` : 'holds none of its events'}: truncated since`,
        };
      });
    },
  };
}
