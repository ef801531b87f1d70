import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContractCatalog } from '../../catalog/contract-catalog';
import { EventTypes } from '../../eventlog/cloudevent';
import { DEFAULT_CONTRACTS_DIR } from '../../runtime/paths';
import { runCli } from '../support/processes';
import { catalogContracts } from './support/fixture-contracts';
import { CITIZEN, T0, UNKNOWN_CITIZEN, writeScriptedLog, type ScriptedCase } from './support/scripted-log';
import { copyDataDir, deleteEvent, editOneByte, rows } from './support/tamper';

/**
 * The real `tongban audit …` commands (built dist/, as `npm test` builds it) on a scripted log that
 * follows the real contracts: exit codes, the one-line errors, and the three output formats.
 */
const SCRIPT: ScriptedCase[] = [
  { matter: 'subsistence-allowance', subject: CITIZEN, purpose: '低保申请审核', openedAt: T0, answers: { police: { outcome: 'provided', afterMs: 800 } } },
  { matter: 'subsistence-allowance', subject: UNKNOWN_CITIZEN, purpose: '低保申请审核', openedAt: T0 + 60_000 },
  {
    matter: 'household-transfer',
    subject: CITIZEN,
    purpose: '户口迁移',
    openedAt: T0 + 120_000,
    answers: { police: { outcome: 'provided', afterMs: 900 }, 'civil-affairs': { outcome: 'none', afterMs: 0 } },
  },
];
// 2 × (1 + 5 + 5 + 1) + (1 + 3 + 2 answered + 1), in 11 partitions (the dead-letter topic is empty).
const EVENTS = 2 * 12 + 7;

let dir: string;
const made: string[] = [];
const env = (dataDir: string): Record<string, string> => ({ TONGBAN_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
const audit = (dataDir: string, ...args: string[]) => runCli(['audit', ...args], env(dataDir));

beforeAll(async () => {
  const written = await writeScriptedLog(SCRIPT, catalogContracts(loadContractCatalog(DEFAULT_CONTRACTS_DIR)));
  await written.close();
  dir = written.dir;
  made.push(dir);
});

afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

describe('tongban audit verify', () => {
  test('an untouched log: exit 0 and one summary line', () => {
    const result = audit(dir, 'verify');
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`verified ${EVENTS} events from 6 sources in 11 topic partitions: intact, no breaks\n`);
    expect(result.status).toBe(0);
  });

  test('one edited byte: exit 1, the break on its own line, then the summary', () => {
    const tampered = copyDataDir(dir);
    made.push(tampered);
    const target = rows(tampered).find((r) => r.event.type === EventTypes.dataProvided && r.topic === 'tongban.responses.tax')!;
    editOneByte(tampered, target.offset, '-of-', '+');
    const result = audit(tampered, 'verify');
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      `BREAK bad-signature          tongban.responses.tax[0]@${target.offset}  /tongban/tax/embedded seq ${target.event.seq}  event ${target.event.id}: signature does not match the event`,
      `verified ${EVENTS} events from 6 sources in 11 topic partitions: 1 break (1 bad-signature)`,
      '',
    ]);
  });

  test('--json, and --anchor catching a truncation the chain alone cannot see', () => {
    const clean = audit(dir, 'verify', '--json');
    expect(clean.status).toBe(0);
    const result = JSON.parse(clean.stdout) as { intact: boolean; events: number; heads: { source: string; seq: number }[]; breakList: unknown[] };
    expect(result).toMatchObject({ intact: true, events: EVENTS, breakList: [] });
    expect(result.heads.map((h) => h.source).sort()).toEqual(
      ['civil-affairs', 'commerce', 'gateway', 'police', 'social-security', 'tax'].map((p) => `/tongban/${p}/embedded`),
    );
    const anchorFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-anchor-')), 'verified.json');
    made.push(path.dirname(anchorFile));
    fs.writeFileSync(anchorFile, clean.stdout);

    const truncated = copyDataDir(dir);
    made.push(truncated);
    const newest = rows(truncated).filter((r) => r.event.source === '/tongban/police/embedded').pop()!;
    deleteEvent(truncated, newest.offset);
    expect(audit(truncated, 'verify').status).toBe(0);
    const anchored = audit(truncated, 'verify', '--json', '--anchor', anchorFile);
    expect(anchored.status).toBe(1);
    expect(JSON.parse(anchored.stdout)).toMatchObject({ intact: false, byKind: { 'anchor-mismatch': 1 }, breakList: [{ kind: 'anchor-mismatch', source: '/tongban/police/embedded' }] });
  });

  test('--progress writes progress to stderr only, never into the result', () => {
    const result = audit(dir, 'verify', '--progress');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/intact, no breaks\n$/);
  });
});

describe('tongban audit access and sla', () => {
  test('access --subject: a table by default, CSV and JSON on request', () => {
    const table = audit(dir, 'access', '--subject', '11010519491231002x');
    expect(table.status).toBe(0);
    expect(table.stdout.trimEnd().split('\n').pop()).toBe('2 cases');
    expect(table.stdout).toContain('户口迁移');
    const csv = audit(dir, 'access', '--subject', '11010519491231002X', '--csv');
    expect(csv.stdout.trimEnd().split('\r\n')).toHaveLength(1 + 5 + 3);
    const json = JSON.parse(audit(dir, 'access', '--consumer', 'demo-hall', '--json').stdout) as { outcome: string; records: { status: string }[] }[];
    expect(json.map((e) => e.outcome)).toEqual(['completed', 'completed', 'partial']);
    expect(json[2]!.records.map((r) => r.status)).toEqual(['provided', 'timeout', 'provided']);
  });

  test('sla: police first, with its figures; JSON and CSV', () => {
    const report = JSON.parse(audit(dir, 'sla', '--json').stdout) as { departments: { department: string; requests: number; p50Ms: number; p95Ms: number; timeouts: number }[] };
    expect(report.departments[0]).toMatchObject({ department: 'civil-affairs', requests: 3, timeouts: 1 });
    expect(report.departments[1]).toMatchObject({ department: 'police', requests: 3, p50Ms: 800, p95Ms: 900 });
    const table = audit(dir, 'sla');
    expect(table.status).toBe(0);
    expect(table.stdout.trimEnd().split('\n').pop()).toBe('bottleneck: civil-affairs (1 of 3 requests late, p95 100 ms)');
    const windowed = audit(dir, 'sla', '--since', '2026-11-02T01:01:00Z', '--until', '2026-11-02T09:01:30+08:00', '--csv');
    expect(windowed.stdout.split('\r\n').find((l) => l.startsWith('matter,'))).toBe('matter,subsistence-allowance,,,,100,100,,,,,1,1,1,0,0');
  });
});

describe('tongban audit: usage and configuration errors are one line and exit 2', () => {
  test.each([
    [['sla', '--since', 'yesterday'], /^tongban: --since must be an ISO 8601 date or time, e\.g\. 2026-11-01 or 2026-11-01T08:00\+08:00 \(got "yesterday"\)\n$/],
    [['sla', '--since', '2026-11-02', '--until', '2026-11-01'], /^tongban: --until must be later than --since\n$/],
    [['access'], /^tongban: say whose access history: --subject <id number \| USCC> or --consumer <consumer id>\n$/],
    [['access', '--subject', '123456'], /^tongban: --subject must be a resident id number \(GB 11643\) or a unified social credit code \(GB 32100\); "123456" is neither\n$/],
    [['access', '--consumer', 'Demo Hall'], /^tongban: --consumer must be a consumer id/],
    [['verify', '--anchor', '/nonexistent/verified.json'], /^tongban: --anchor \/nonexistent\/verified.json: ENOENT/],
  ])('audit %j', (args, message) => {
    const result = audit(dir, ...args);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
  });

  test('--json and --csv together', () => {
    const result = audit(dir, 'sla', '--json', '--csv');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot be used with/);
  });

  test('a data directory without a log is named, and nothing is created in it', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-empty-'));
    made.push(empty);
    for (const command of [['verify'], ['sla'], ['access', '--consumer', 'demo-hall']]) {
      const result = audit(empty, ...command);
      expect(result.stderr).toBe(`tongban: no event log at ${path.join(empty, 'events.db')}; set TONGBAN_DATA_DIR to the data directory to audit\n`);
      expect(result.status).toBe(2);
    }
    expect(fs.readdirSync(empty)).toEqual([]);
  });

  test('missing public keys are named, and none are generated', () => {
    const keyless = copyDataDir(dir);
    made.push(keyless);
    fs.rmSync(path.join(keyless, 'keys'), { recursive: true });
    const result = audit(keyless, 'verify');
    expect(result.stderr).toBe(`tongban: no producer public keys at ${path.join(keyless, 'keys', 'jwks.json')}; set TONGBAN_KEYS_DIR to the directory that holds them\n`);
    expect(result.status).toBe(2);
    expect(fs.existsSync(path.join(keyless, 'keys'))).toBe(false);
  });
});
