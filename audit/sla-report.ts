import type { StoredEvent } from '../eventlog/event-log';
import { createCaseAssembler, type AssembledCase, type CaseRequest } from './case-assembler';
import { percentile } from './percentile';

/**
 * Department service levels (限时办结) and bottlenecks (堵点), from the log alone.
 *
 * For each request: answer time is the department's answer event time minus the request event time.
 * A request is a timeout when the case closed it as `timeout`, or when it has no answer and its
 * deadline passed before the end of the log; a deadline breach when the answer came after the
 * deadline (so a late answer to a case that had already closed counts as both); a failure when the
 * department answered `failed` or the gateway rejected the record as invalid. Departments are ranked
 * by late requests (timeouts or breaches), then by p95 and p50 answer time: the first holds cases up
 * the most. Matters report end-to-end time, submission event to closing event.
 *
 * The window selects cases by when they were opened: [since, until).
 */
export interface SlaWindow {
  readonly since?: number;
  readonly until?: number;
}

export interface DepartmentSla {
  readonly rank: number;
  readonly department: string;
  readonly requests: number;
  readonly answered: number;
  readonly p50Ms: number | null;
  readonly p95Ms: number | null;
  readonly p99Ms: number | null;
  readonly timeouts: number;
  readonly failures: number;
  readonly breaches: number;
  /** Requests not answered within their deadline: timeouts and breaches, each request once. */
  readonly late: number;
  /** Requests with no answer whose deadline had not passed when the log ends. */
  readonly pending: number;
  readonly outcomes: { readonly provided: number; readonly notFound: number; readonly refused: number; readonly failed: number };
}

export interface MatterSla {
  readonly matter: string;
  readonly cases: number;
  readonly closed: number;
  readonly completed: number;
  readonly partial: number;
  readonly failed: number;
  readonly p50Ms: number | null;
  readonly p95Ms: number | null;
}

export interface SlaReport {
  readonly since: string | null;
  readonly until: string | null;
  readonly cases: number;
  /** Ranked: the bottleneck first. */
  readonly departments: readonly DepartmentSla[];
  /** Slowest end-to-end p95 first. */
  readonly matters: readonly MatterSla[];
}

interface DepartmentTally {
  requests: number;
  durations: number[];
  timeouts: number;
  failures: number;
  breaches: number;
  late: number;
  pending: number;
  provided: number;
  notFound: number;
  refused: number;
  failed: number;
}

interface MatterTally {
  cases: number;
  durations: number[];
  completed: number;
  partial: number;
  failed: number;
}

const byNumber = (a: number, b: number): number => a - b;

function newDepartmentTally(): DepartmentTally {
  return { requests: 0, durations: [], timeouts: 0, failures: 0, breaches: 0, late: 0, pending: 0, provided: 0, notFound: 0, refused: 0, failed: 0 };
}

function countRequest(t: DepartmentTally, r: CaseRequest, logEnd: number): void {
  t.requests += 1;
  const answer = r.answer;
  const timeout = r.closedAs === 'timeout' || (answer === undefined && r.closedAs === undefined && r.deadlineAt <= logEnd);
  const breach = answer !== undefined && answer.at > r.deadlineAt;
  if (answer !== undefined) {
    t.durations.push(Math.max(0, answer.at - r.requestedAt));
    if (answer.outcome === 'provided') t.provided += 1;
    else if (answer.outcome === 'not-found') t.notFound += 1;
    else if (answer.outcome === 'refused') t.refused += 1;
    else t.failed += 1;
  }
  if (timeout) t.timeouts += 1;
  if (breach) t.breaches += 1;
  if (timeout || breach) t.late += 1;
  if (answer === undefined && !timeout) t.pending += 1;
  if (answer?.outcome === 'failed' || r.closedAs === 'invalid' || r.closedAs === 'failed') t.failures += 1;
}

function countCase(tally: MatterTally, c: AssembledCase): void {
  tally.cases += 1;
  if (c.completion === undefined) return;
  tally.durations.push(Math.max(0, c.completion.at - c.createdAt));
  tally[c.completion.status] += 1;
}

const orNull = (v: number | undefined): number | null => v ?? null;
const desc = (a: number | null, b: number | null): number => (b ?? -1) - (a ?? -1);

export async function slaReport(events: AsyncIterable<StoredEvent>, window: SlaWindow = {}): Promise<SlaReport> {
  const inWindow = (createdAt: number): boolean =>
    (window.since === undefined || createdAt >= window.since) && (window.until === undefined || createdAt < window.until);
  const assembler = createCaseAssembler({ accept: (s) => inWindow(Date.parse(s.createdAt)) });
  const departments = new Map<string, DepartmentTally>();
  const matters = new Map<string, MatterTally>();
  let cases = 0;

  function count(c: AssembledCase, logEnd: number): void {
    cases += 1;
    for (const r of c.requests) {
      let t = departments.get(r.department);
      if (t === undefined) departments.set(r.department, (t = newDepartmentTally()));
      countRequest(t, r, logEnd);
    }
    let m = matters.get(c.matter);
    if (m === undefined) matters.set(c.matter, (m = { cases: 0, durations: [], completed: 0, partial: 0, failed: 0 }));
    countCase(m, c);
  }

  // A case handed out while reading is closed with every request answered, so it can be counted at
  // once. The ones left at the end are judged against the end of the log: a request with no answer is
  // a timeout only if its deadline passed before the last event. Memory: open cases, plus one number
  // per answered request for the percentiles.
  for await (const stored of events) for (const c of assembler.push(stored)) count(c, Number.POSITIVE_INFINITY);
  for (const c of assembler.finish()) count(c, assembler.lastEventTime);

  const departmentRows = [...departments].map(([department, t]) => {
    const sorted = t.durations.sort(byNumber);
    return {
      department,
      requests: t.requests,
      answered: sorted.length,
      p50Ms: orNull(percentile(sorted, 50)),
      p95Ms: orNull(percentile(sorted, 95)),
      p99Ms: orNull(percentile(sorted, 99)),
      timeouts: t.timeouts,
      failures: t.failures,
      breaches: t.breaches,
      late: t.late,
      pending: t.pending,
      outcomes: { provided: t.provided, notFound: t.notFound, refused: t.refused, failed: t.failed },
    };
  });
  departmentRows.sort(
    (a, b) => b.late - a.late || desc(a.p95Ms, b.p95Ms) || desc(a.p50Ms, b.p50Ms) || a.department.localeCompare(b.department),
  );

  const matterRows = [...matters].map(([matter, m]): MatterSla => {
    const sorted = m.durations.sort(byNumber);
    return {
      matter,
      cases: m.cases,
      closed: sorted.length,
      completed: m.completed,
      partial: m.partial,
      failed: m.failed,
      p50Ms: orNull(percentile(sorted, 50)),
      p95Ms: orNull(percentile(sorted, 95)),
    };
  });
  matterRows.sort((a, b) => desc(a.p95Ms, b.p95Ms) || a.matter.localeCompare(b.matter));

  return {
    since: window.since === undefined ? null : new Date(window.since).toISOString(),
    until: window.until === undefined ? null : new Date(window.until).toISOString(),
    cases,
    departments: departmentRows.map((row, i) => ({ rank: i + 1, ...row })),
    matters: matterRows,
  };
}
