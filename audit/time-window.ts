/**
 * Instants typed by auditors on the command line. A date alone, or a time without an offset, is read
 * as UTC, never as the local time of whatever machine runs the audit, so the same command gives the
 * same figures everywhere; write an offset for Beijing time (2026-11-01T00:00+08:00).
 */
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export function parseInstant(raw: string): number | undefined {
  const text = raw.trim();
  if (!INSTANT.test(text)) return undefined;
  const withTime = text.includes('T') ? text : `${text}T00:00`;
  const withOffset = /(Z|[+-]\d{2}:\d{2})$/.test(withTime) ? withTime : `${withTime}Z`;
  const ms = Date.parse(withOffset);
  // Date.parse rolls 2026-02-30 over to March; a calendar date that does not exist is a typo.
  if (Number.isNaN(ms) || new Date(Date.parse(`${text.slice(0, 10)}T00:00Z`)).toISOString().slice(0, 10) !== text.slice(0, 10)) return undefined;
  return ms;
}
