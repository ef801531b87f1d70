import fs from 'node:fs';
import { slaCsv, slaTable } from '../../audit/render/sla-output';
import { slaReport, type SlaReport } from '../../audit/sla-report';
import { fixtureContracts } from './support/fixture-contracts';
import { KNOWN_CASES } from './support/known-cases';
import { withReplay } from './support/read-log';
import { CITIZEN, T0, writeScriptedLog } from './support/scripted-log';
import { topicByTopic } from './support/verify-helpers';

/**
 * `audit sla` on the scripted day of support/known-cases.ts. Every expected figure below is worked out
 * by hand from the table there (nearest-rank percentiles: p of n values is the ceil(p/100·n)-th smallest).
 */
let dir: string;
const made: string[] = [];

beforeAll(async () => {
  const written = await writeScriptedLog(KNOWN_CASES, fixtureContracts());
  await written.close();
  dir = written.dir;
  made.push(dir);
});

afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

const row = (report: SlaReport, department: string) => report.departments.find((d) => d.department === department);

describe('audit sla', () => {
  test('per department: requests, percentiles, timeouts, failures, breaches; the bottleneck first', async () => {
    const report = await withReplay(dir, (events) => slaReport(events));
    expect(report.cases).toBe(7);
    expect(report.departments.map((d) => d.department)).toEqual(['police', 'tax', 'social-security', 'civil-affairs', 'commerce']);

    // police: answers 700, 900, 1100, 1300, 1500, 6200 (late); case 6 still pending.
    expect(row(report, 'police')).toEqual({
      rank: 1,
      department: 'police',
      requests: 7,
      answered: 6,
      p50Ms: 1100,
      p95Ms: 6200,
      p99Ms: 6200,
      timeouts: 1,
      failures: 0,
      breaches: 1,
      late: 1,
      pending: 1,
      outcomes: { provided: 5, notFound: 1, refused: 0, failed: 0 },
    });
    // tax is fast (p95 100 ms) but missed one deadline: it ranks above departments that never did.
    expect(row(report, 'tax')).toMatchObject({ rank: 2, requests: 6, answered: 5, p50Ms: 44, p95Ms: 100, p99Ms: 100, timeouts: 1, breaches: 0, late: 1, pending: 0 });
    expect(row(report, 'social-security')).toMatchObject({ rank: 3, requests: 6, answered: 6, p50Ms: 260, p95Ms: 290, timeouts: 0, late: 0 });
    expect(row(report, 'civil-affairs')).toMatchObject({ rank: 4, requests: 7, answered: 7, p50Ms: 170, p95Ms: 200, p99Ms: 200 });
    expect(row(report, 'commerce')).toMatchObject({
      rank: 5,
      requests: 6,
      answered: 6,
      p50Ms: 110,
      p95Ms: 140,
      failures: 1,
      outcomes: { provided: 4, notFound: 1, refused: 0, failed: 1 },
    });
  });

  test('per matter: cases and end-to-end p50/p95, submitted to completed', async () => {
    const report = await withReplay(dir, (events) => slaReport(events));
    expect(report.matters).toEqual([
      { matter: 'subsistence-allowance', cases: 6, closed: 5, completed: 2, partial: 3, failed: 0, p50Ms: 1300, p95Ms: 5000 },
      { matter: 'newborn', cases: 1, closed: 1, completed: 0, partial: 1, failed: 0, p50Ms: 700, p95Ms: 700 },
    ]);
  });

  test('--since/--until select the cases opened in the window', async () => {
    const window = { since: T0 + 150_000, until: T0 + 270_000 };
    const report = await withReplay(dir, (events) => slaReport(events, window));
    expect(report).toMatchObject({ since: '2026-11-02T01:02:30.000Z', until: '2026-11-02T01:04:30.000Z', cases: 2 });
    expect(report.departments.map((d) => d.department)).toEqual(['police', 'tax', 'social-security', 'civil-affairs', 'commerce']);
    expect(row(report, 'police')).toMatchObject({ requests: 2, answered: 2, p50Ms: 1500, p95Ms: 6200, timeouts: 1, breaches: 1 });
    expect(row(report, 'tax')).toMatchObject({ requests: 2, answered: 1, p50Ms: 46, timeouts: 1 });
    expect(report.matters).toEqual([{ matter: 'subsistence-allowance', cases: 2, closed: 2, completed: 0, partial: 2, failed: 0, p50Ms: 5000, p95Ms: 5000 }]);
  });

  test('a request never answered in a case never closed is a timeout once the log runs past its deadline', async () => {
    const written = await writeScriptedLog(
      [
        { matter: 'newborn', subject: CITIZEN, purpose: 'x', openedAt: T0, close: false, answers: { police: { outcome: 'none', afterMs: 0 } } },
        { matter: 'newborn', subject: CITIZEN, purpose: 'y', openedAt: T0 + 60_000 },
      ],
      fixtureContracts(),
    );
    await written.close();
    made.push(written.dir);
    const report = await withReplay(written.dir, (events) => slaReport(events));
    expect(row(report, 'police')).toMatchObject({ rank: 1, requests: 2, answered: 1, timeouts: 1, pending: 0, late: 1 });
  });

  test('the same figures when partitions arrive in another order (Kafka)', async () => {
    const inOrder = await withReplay(dir, (events) => slaReport(events));
    expect(await withReplay(dir, (events) => slaReport(events), topicByTopic('reverse'))).toEqual(inOrder);
  });

  test('table and CSV', async () => {
    const report = await withReplay(dir, (events) => slaReport(events));
    const table = slaTable(report);
    expect(table).toMatch(/^rank\s+department\s+requests\s+answered\s+p50 ms\s+p95 ms\s+p99 ms\s+timeouts\s+failures\s+breaches$/m);
    expect(table).toMatch(/^\s+1\s+police\s+7\s+6\s+1,100\s+6,200\s+6,200\s+1\s+0\s+1$/m);
    expect(table).toMatch(/^subsistence-allowance\s+6\s+5\s+2\s+3\s+0\s+1,300\s+5,000$/m);
    expect(table.trimEnd().split('\n').pop()).toBe('bottleneck: police (1 of 7 requests late, p95 6,200 ms)');
    const csv = slaCsv(report).trimEnd().split('\r\n');
    expect(csv[0]).toBe('scope,name,rank,requests,answered,p50Ms,p95Ms,p99Ms,timeouts,failures,breaches,cases,closed,completed,partial,failed');
    expect(csv[1]).toBe('department,police,1,7,6,1100,6200,6200,1,0,1,,,,,');
    expect(csv[6]).toBe('matter,subsistence-allowance,,,,1300,5000,,,,,6,5,2,3,0');
  });
});
