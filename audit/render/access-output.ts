import type { AccessEntry } from '../access-history';
import { renderCsv, type Cell } from './csv';
import { renderTable } from './text-table';

/**
 * The access history as a table: one row per record asked for, the case's own columns on its first
 * row only, so each case reads as a block and each department's disclosed fields sit on their own line.
 */
const shortTime = (iso: string): string => iso.replace('T', ' ').replace(/\.\d{3}Z$/, 'Z');

function fieldsOf(fields: readonly string[]): string {
  return fields.length === 0 ? '-' : fields.join(', ');
}

export function accessTable(entries: readonly AccessEntry[]): string {
  if (entries.length === 0) return 'no cases found\n';
  const rows: string[][] = [];
  for (const e of entries) {
    const lines = [
      ...e.records.map((r) => [`${r.department}/${r.type}`, r.status, fieldsOf(r.fieldsDisclosed)]),
      ...e.withheld.map((w) => [`${w.department}/${w.type}`, 'withheld', '-']),
    ];
    lines.forEach((line, i) => {
      const head = i === 0 ? [shortTime(e.time), e.applicationId, e.consumer, e.matter, e.purpose, e.outcome] : ['', '', '', '', '', ''];
      rows.push([...head, ...line]);
    });
    if (lines.length === 0) rows.push([shortTime(e.time), e.applicationId, e.consumer, e.matter, e.purpose, e.outcome, '-', '-', '-']);
  }
  const columns = ['time', 'application', 'consumer', 'matter', 'purpose', 'outcome', 'department/record', 'status', 'fields disclosed'];
  const cases = `${entries.length} case${entries.length === 1 ? '' : 's'}`;
  return renderTable(columns.map((header) => ({ header })), rows) + `${cases}\n`;
}

/** One row per record: the shape a spreadsheet filter or pivot table wants. */
export function accessCsv(entries: readonly AccessEntry[]): string {
  const header = ['time', 'applicationId', 'consumer', 'matter', 'purpose', 'subject', 'outcome', 'department', 'recordType', 'recordStatus', 'fieldsDisclosed'];
  const rows: Cell[][] = [];
  for (const e of entries) {
    const head: Cell[] = [e.time, e.applicationId, e.consumer, e.matter, e.purpose, e.subject, e.outcome];
    for (const r of e.records) rows.push([...head, r.department, r.type, r.status, r.fieldsDisclosed.join(' ')]);
    for (const w of e.withheld) rows.push([...head, w.department, w.type, 'withheld', '']);
  }
  return renderCsv(header, rows);
}
