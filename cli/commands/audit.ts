import fs from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { accessHistory } from '../../audit/access-history';
import { contractViewOf, type ContractView } from '../../audit/contract-view';
import type { IntegrityBreak } from '../../audit/integrity-break';
import { accessCsv, accessTable } from '../../audit/render/access-output';
import { createProgressLine } from '../../audit/render/progress-line';
import { slaCsv, slaTable } from '../../audit/render/sla-output';
import { formatBreak, formatVerifySummary, verifyJson } from '../../audit/render/verify-output';
import { replayAll } from '../../audit/replay-all';
import { slaReport } from '../../audit/sla-report';
import type { ChainHead } from '../../audit/source-chains';
import { parseInstant } from '../../audit/time-window';
import { verifyLog } from '../../audit/verify-log';
import { loadContractCatalog } from '../../catalog/contract-catalog';
import { loadKeyStore, type KeyStore } from '../../crypto/keys';
import type { EventLog } from '../../eventlog/event-log';
import { parseSubjectId } from '../../identity/subject';
import { loadConfig, type Config } from '../../runtime/config';
import { createLogger } from '../../runtime/logger';
import { CliError } from '../cli-error';
import { openEventLog } from '../compose/open-event-log';

/**
 * `tongban audit verify | access | sla`: the auditors' commands. They only read: the log (embedded or
 * Kafka, as configured), the producers' public keys and the contracts. All the logic lives in audit/;
 * this file parses options, opens what is needed and prints. Exit codes: 0 done (verify: intact),
 * 1 verify found breaks, 2 bad usage or configuration, 3 the log could not be reached.
 */
const LISTED_BREAKS_LIMIT = 10_000;

interface FormatOptions {
  readonly json?: boolean;
  readonly csv?: boolean;
}

/** Where the public keys are: TONGBAN_KEYS_DIR, else the development location `<data dir>/keys`. */
async function loadPublicKeys(config: Config): Promise<KeyStore> {
  const dir = config.keysDir ?? path.join(config.dataDir, 'keys');
  if (!fs.existsSync(path.join(dir, 'jwks.json'))) {
    // Never generate keys here: new keys cannot verify old events, and would hide the real problem.
    throw new CliError(`no producer public keys at ${path.join(dir, 'jwks.json')}; set TONGBAN_KEYS_DIR to the directory that holds them`);
  }
  return loadKeyStore(dir, []);
}

/** Opening a missing embedded file would create an empty log and "verify" it: say what is wrong instead. */
function assertLogExists(config: Config): void {
  if (config.kafkaBrokers !== undefined) return;
  const file = path.join(config.dataDir, 'events.db');
  if (!fs.existsSync(file)) throw new CliError(`no event log at ${file}; set TONGBAN_DATA_DIR to the data directory to audit`);
}

async function withLog<T>(config: Config, use: (log: EventLog) => Promise<T>): Promise<T> {
  assertLogExists(config);
  // Logs go to stderr: stdout carries the result, which may be JSON or CSV for another program.
  const logger = createLogger({ level: 'warn', name: 'tongban-audit', destination: process.stderr });
  let log: EventLog;
  try {
    log = await openEventLog(config, logger);
  } catch (error) {
    throw new CliError(`cannot open the event log: ${error instanceof Error ? error.message : String(error)}`, 3);
  }
  try {
    return await use(log);
  } finally {
    await log.close();
  }
}

function formatOptions(command: Command): Command {
  return command
    .addOption(new Option('--json', 'print JSON for programs').conflicts('csv'))
    .addOption(new Option('--csv', 'print CSV for spreadsheets').conflicts('json'));
}

/** The heads of an earlier `audit verify --json` (the whole result, or just its `heads` array). */
function readAnchors(file: string): ChainHead[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliError(`--anchor ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const heads: unknown = Array.isArray(parsed) ? parsed : (parsed as { heads?: unknown } | null)?.heads;
  const valid =
    Array.isArray(heads) &&
    heads.every((h: unknown) => {
      const head = h as Partial<ChainHead> | null;
      return typeof head?.source === 'string' && Number.isSafeInteger(head.seq) && typeof head.hash === 'string';
    });
  if (!valid) throw new CliError(`--anchor ${file}: not the JSON of an earlier \`tongban audit verify --json\` (no "heads" with source, seq and hash)`);
  return heads as ChainHead[];
}

async function verifyCommand(options: { json?: boolean; progress?: boolean; anchor?: string }): Promise<void> {
  const anchors = options.anchor === undefined ? undefined : readAnchors(options.anchor);
  const config = loadConfig();
  assertLogExists(config);
  const keys = await loadPublicKeys(config);
  const contracts: ContractView = contractViewOf(loadContractCatalog(config.contractsDir));
  const showProgress = options.progress === true || process.stderr.isTTY === true;
  const progress = createProgressLine(process.stderr, { interactive: process.stderr.isTTY === true });
  const listed: IntegrityBreak[] = [];
  const summary = await withLog(config, (log) =>
    verifyLog(replayAll(log), {
      keys,
      contracts,
      ...(anchors ? { anchors } : {}),
      onBreak(found) {
        if (options.json === true) {
          if (listed.length < LISTED_BREAKS_LIMIT) listed.push(found);
          return;
        }
        progress.clear();
        process.stdout.write(`${formatBreak(found)}\n`);
      },
      ...(showProgress ? { onProgress: ({ events, at }) => progress.update(events, at) } : {}),
    }),
  );
  progress.done();
  process.stdout.write(options.json === true ? verifyJson(summary, listed) : `${formatVerifySummary(summary)}\n`);
  // Not process.exit: stdout may be a pipe, and exiting at once could cut the report short.
  if (!summary.intact) process.exitCode = 1;
}

async function accessCommand(options: FormatOptions & { subject?: string; consumer?: string }): Promise<void> {
  if (options.subject === undefined && options.consumer === undefined) {
    throw new CliError('say whose access history: --subject <id number | USCC> or --consumer <consumer id>');
  }
  const subject = options.subject === undefined ? undefined : parseSubjectId(options.subject.trim());
  if (options.subject !== undefined && subject === undefined) {
    throw new CliError(`--subject must be a resident id number (GB 11643) or a unified social credit code (GB 32100); "${options.subject}" is neither`);
  }
  if (options.consumer !== undefined && !/^[a-z][a-z0-9-]{1,62}$/.test(options.consumer)) {
    throw new CliError(`--consumer must be a consumer id such as demo-hall (got "${options.consumer}")`);
  }
  const config = loadConfig();
  const entries = await withLog(config, (log) =>
    accessHistory(replayAll(log), { ...(subject ? { subject } : {}), ...(options.consumer ? { consumer: options.consumer } : {}) }),
  );
  if (options.json === true) process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  else if (options.csv === true) process.stdout.write(accessCsv(entries));
  else process.stdout.write(accessTable(entries));
}

function instantOption(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const ms = parseInstant(raw);
  if (ms === undefined) {
    throw new CliError(`${name} must be an ISO 8601 date or time, e.g. 2026-11-01 or 2026-11-01T08:00+08:00 (got "${raw}")`);
  }
  return ms;
}

async function slaCommand(options: FormatOptions & { since?: string; until?: string }): Promise<void> {
  const since = instantOption('--since', options.since);
  const until = instantOption('--until', options.until);
  if (since !== undefined && until !== undefined && until <= since) throw new CliError('--until must be later than --since');
  const config = loadConfig();
  const report = await withLog(config, (log) =>
    slaReport(replayAll(log), { ...(since !== undefined ? { since } : {}), ...(until !== undefined ? { until } : {}) }),
  );
  if (options.json === true) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (options.csv === true) process.stdout.write(slaCsv(report));
  else process.stdout.write(slaTable(report));
}

export function registerAuditCommands(program: Command): void {
  const audit = program
    .command('audit')
    .description('replay the event log: is it intact, who saw whose data, which department holds cases up');

  audit
    .command('verify')
    .description('check every event of every topic: signatures, per-producer chains, order, and that each disclosure answers a request a contract allowed (exit 1 on any break)')
    .option('--json', 'print the result as JSON')
    .option('--progress', 'show progress on stderr even when it is not a terminal')
    .option('--anchor <file>', 'the --json result of an earlier verification: also check that no source lost or rewrote events since')
    .action(verifyCommand);

  formatOptions(
    audit
      .command('access')
      .description('every case about one subject (or opened by one consumer), in time order: consumer, matter, purpose, departments, fields disclosed, outcome')
      .option('--subject <id>', 'resident id number or unified social credit code (USCC)')
      .option('--consumer <id>', 'consumer contract id, e.g. demo-hall'),
  ).action(accessCommand);

  formatOptions(
    audit
      .command('sla')
      .description('per department: requests, p50/p95/p99 answer time, timeouts, failures, deadline breaches, bottleneck first; per matter: end-to-end time')
      .option('--since <date>', 'only cases opened at or after this instant (ISO 8601; UTC unless an offset is given)')
      .option('--until <date>', 'only cases opened before this instant (ISO 8601; UTC unless an offset is given)'),
  ).action(slaCommand);
}
