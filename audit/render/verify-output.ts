import { BREAK_KINDS, type IntegrityBreak } from '../integrity-break';
import { formatPosition } from '../log-position';
import type { VerifySummary } from '../verify-log';
import { formatCount } from './text-table';

/** One line per break, greppable: kind first, then where, who and what. */
export function formatBreak(found: IntegrityBreak): string {
  const who = found.source === undefined ? '' : `  ${found.source}${found.seq === undefined ? '' : ` seq ${found.seq}`}`;
  const id = found.eventId === undefined ? '' : `  event ${found.eventId}`;
  return `BREAK ${found.kind.padEnd(22)} ${formatPosition(found)}${who}${id}: ${found.detail}`;
}

export function formatVerifySummary(summary: VerifySummary): string {
  const scope = `${formatCount(summary.events)} events from ${formatCount(summary.sources)} sources in ${formatCount(summary.partitions)} topic partitions`;
  if (summary.intact) return `verified ${scope}: intact, no breaks`;
  const kinds = BREAK_KINDS.filter((k) => summary.byKind[k] !== undefined)
    .map((k) => `${summary.byKind[k]} ${k}`)
    .join(', ');
  const partial = summary.complete ? '' : ' (the log could not be read to its end)';
  return `verified ${scope}${partial}: ${formatCount(summary.breaks)} break${summary.breaks === 1 ? '' : 's'} (${kinds})`;
}

export interface VerifyJson extends VerifySummary {
  readonly breakList: readonly IntegrityBreak[];
  /** Breaks beyond the listed ones (the list is capped so a ruined log cannot exhaust memory). */
  readonly breaksNotListed: number;
}

export function verifyJson(summary: VerifySummary, listed: readonly IntegrityBreak[]): string {
  const body: VerifyJson = { ...summary, breakList: listed, breaksNotListed: summary.breaks - listed.length };
  return `${JSON.stringify(body, null, 2)}\n`;
}
