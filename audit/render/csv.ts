/**
 * RFC 4180 CSV for spreadsheets. Free text in the log (a purpose typed at a service counter) could
 * start with "=", "+", "-" or "@" and be run as a formula when the file is opened, so such text cells
 * are prefixed with an apostrophe (the OWASP advice for CSV injection); numbers are written as they are.
 */
export type Cell = string | number | null;

function escape(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(escape).join(',')).join('\r\n') + '\r\n';
}
