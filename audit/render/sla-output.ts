import type { SlaReport } from '../sla-report';
import { renderCsv, type Cell } from './csv';
import { formatCount, formatMs, renderTable } from './text-table';

function windowText(report: SlaReport): string {
  if (report.since === null && report.until === null) return 'all cases in the log';
  return `cases opened ${report.since ?? 'from the start'} to ${report.until ?? 'the end of the log'}`;
}

export function slaTable(report: SlaReport): string {
  const out: string[] = [`Department service levels, ${windowText(report)} (${formatCount(report.cases)} cases); bottleneck first`, ''];
  out.push(
    renderTable(
      [
        { header: 'rank', align: 'right' },
        { header: 'department' },
        { header: 'requests', align: 'right' },
        { header: 'answered', align: 'right' },
        { header: 'p50 ms', align: 'right' },
        { header: 'p95 ms', align: 'right' },
        { header: 'p99 ms', align: 'right' },
        { header: 'timeouts', align: 'right' },
        { header: 'failures', align: 'right' },
        { header: 'breaches', align: 'right' },
      ],
      report.departments.map((d) => [
        String(d.rank),
        d.department,
        formatCount(d.requests),
        formatCount(d.answered),
        formatMs(d.p50Ms),
        formatMs(d.p95Ms),
        formatMs(d.p99Ms),
        formatCount(d.timeouts),
        formatCount(d.failures),
        formatCount(d.breaches),
      ]),
    ),
  );
  out.push('Matters, end to end (submitted to completed)', '');
  out.push(
    renderTable(
      [
        { header: 'matter' },
        { header: 'cases', align: 'right' },
        { header: 'closed', align: 'right' },
        { header: 'completed', align: 'right' },
        { header: 'partial', align: 'right' },
        { header: 'failed', align: 'right' },
        { header: 'p50 ms', align: 'right' },
        { header: 'p95 ms', align: 'right' },
      ],
      report.matters.map((m) => [
        m.matter,
        formatCount(m.cases),
        formatCount(m.closed),
        formatCount(m.completed),
        formatCount(m.partial),
        formatCount(m.failed),
        formatMs(m.p50Ms),
        formatMs(m.p95Ms),
      ]),
    ),
  );
  const first = report.departments[0];
  if (first !== undefined) {
    const late = first.late > 0 ? `${formatCount(first.late)} of ${formatCount(first.requests)} requests late` : 'no late requests';
    out.push(`bottleneck: ${first.department} (${late}, p95 ${formatMs(first.p95Ms)} ms)`);
  } else out.push('no cases in this window');
  return `${out.join('\n')}\n`;
}

/** One table for both scopes, told apart by the first column, so it opens as one sheet. */
export function slaCsv(report: SlaReport): string {
  const header = ['scope', 'name', 'rank', 'requests', 'answered', 'p50Ms', 'p95Ms', 'p99Ms', 'timeouts', 'failures', 'breaches', 'cases', 'closed', 'completed', 'partial', 'failed'];
  const rows: Cell[][] = [
    ...report.departments.map((d): Cell[] => ['department', d.department, d.rank, d.requests, d.answered, d.p50Ms, d.p95Ms, d.p99Ms, d.timeouts, d.failures, d.breaches, null, null, null, null, null]),
    ...report.matters.map((m): Cell[] => ['matter', m.matter, null, null, null, m.p50Ms, m.p95Ms, null, null, null, null, m.cases, m.closed, m.completed, m.partial, m.failed]),
  ];
  return renderCsv(header, rows);
}
