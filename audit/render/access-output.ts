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

const RELATION: Readonly<Record<NonNullable<AccessEntry['relation']>, string>> = { subject: 'subject', 'named-in-record': 'named in record' };

export function accessTable(entries: readonly AccessEntry[]): string {
  if (entries.length === 0) return 'no cases found\n';
  // The relation column only means something when the history was asked for one subject.
  const withRelation = entries.some((e) => e.relation !== undefined);
  const rows: string[][] = [];
  for (const e of entries) {
    const lines = [
      ...e.records.map((r) => [`${r.department}/${r.type}`, r.status, fieldsOf(r.fieldsDisclosed)]),
      ...e.withheld.map((w) => [`${w.department}/${w.type}`, 'withheld', '-']),
    ];
    if (lines.length === 0) lines.push(['-', '-', '-']);
    const head = [shortTime(e.time), e.applicationId, e.consumer, e.matter, e.purpose, ...(withRelation ? [RELATION[e.relation ?? 'subject']] : []), e.outcome];
    lines.forEach((line, i) => rows.push([...(i === 0 ? head : head.map(() => '')), ...line]));
  }
  const columns = ['time', 'application', 'consumer', 'matter', 'purpose', ...(withRelation ? ['relation'] : []), 'outcome', 'department/record', 'status', 'fields disclosed'];
  const cases = `${entries.length} case${entries.length === 1 ? '' : 's'}`;
  return renderTable(columns.map((header) => ({ header })), rows) + `${cases}\n`;
}

/** One row per record: the shape a spreadsheet filter or pivot table wants. */
export function accessCsv(entries: readonly AccessEntry[]): string {
  const header = ['time', 'applicationId', 'consumer', 'matter', 'purpose', 'subject', 'relation', 'outcome', 'department', 'recordType', 'recordStatus', 'fieldsDisclosed'];
  const rows: Cell[][] = [];
  for (const e of entries) {
    const head: Cell[] = [e.time, e.applicationId, e.consumer, e.matter, e.purpose, e.subject, e.relation ?? null, e.outcome];
    for (const r of e.records) rows.push([...head, r.department, r.type, r.status, r.fieldsDisclosed.join(' ')]);
    for (const w of e.withheld) rows.push([...head, w.department, w.type, 'withheld', '']);
  }
  return renderCsv(header, rows);
}
