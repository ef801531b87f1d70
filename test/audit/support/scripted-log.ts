import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApplicationCompleted } from '../../../catalog/generated/events--application-completed.v1';
import type { ApplicationSubmitted } from '../../../catalog/generated/events--application-submitted.v1';
import type { DataRequested } from '../../../catalog/generated/events--data-requested.v1';
import { initKeys, loadKeyStore, type KeyStore } from '../../../crypto/keys';
import { signProof } from '../../../crypto/record-proof';
import { EventTypes, type CloudEvent } from '../../../eventlog/cloudevent';
import type { EventLog } from '../../../eventlog/event-log';
import { createEventProducer, type EventDraft, type EventProducer } from '../../../eventlog/event-producer';
import { openSqliteEventLog } from '../../../eventlog/sqlite/sqlite-event-log';
import { Topics } from '../../../eventlog/topics';
import type { Subject } from '../../../identity/subject';
import type { Clock } from '../../../runtime/clock';
import { isoTime } from '../../../runtime/clock';
import type { FixtureContracts } from './fixture-contracts';

/**
 * Writes a log of scripted cases with the real producers: real keys, signatures, proofs and hash
 * chains, over the embedded engine, with a clock the script controls, so every event time (and so
 * every answer time and deadline the SLA report measures) is known to the millisecond.
 */
export const PRODUCER_IDS = ['gateway', 'police', 'commerce', 'tax', 'social-security', 'civil-affairs'] as const;

export interface ScriptedAnswer {
  readonly outcome: 'provided' | 'not-found' | 'refused' | 'failed' | 'none';
  /** Answer event time after the request event time. */
  readonly afterMs: number;
  /** data.failed's code (default native-error; `invalid-record` closes the record as invalid). */
  readonly code?: string;
  /** Fields a misbehaving department adds beyond those requested. */
  readonly extraFields?: readonly string[];
  /** Values for some fields of the record (the others get a placeholder). */
  readonly values?: Readonly<Record<string, unknown>>;
}

export interface ScriptedCase {
  readonly matter: string;
  readonly consumer?: string;
  readonly subject: Subject;
  readonly purpose: string;
  /** Submission time, ms since the epoch. */
  readonly openedAt: number;
  /** By department; a department not named answers `provided` after 100 ms. */
  readonly answers?: Readonly<Record<string, ScriptedAnswer>>;
  /** False: the gateway never closes the case (it went away). */
  readonly close?: boolean;
}

export interface ScriptedLog {
  /** The data directory: events.db and keys/. */
  readonly dir: string;
  readonly file: string;
  readonly keysDir: string;
  /** Public keys of every producer and their signing keys. */
  readonly keys: KeyStore;
  readonly log: EventLog;
  /** Application ids, in script order. */
  readonly applicationIds: readonly string[];
  close(): Promise<void>;
}

export interface ScriptOptions {
  /** Write into this data directory (keys kept, chains continued) instead of a new one. */
  readonly dir?: string;
  /** Producer instance: the last part of every source (default embedded). */
  readonly instance?: string;
  /** Producers that do not see their chain's head, as a second process writing as the same source. */
  readonly startFresh?: boolean;
  /** Write to this log (e.g. the Kafka engine) instead of the embedded file in the data directory. */
  readonly log?: EventLog;
}

interface Action {
  readonly at: number;
  readonly order: number;
  run(): Promise<void>;
}

const SETTLED_OK = new Set(['provided', 'not-found']);

export async function writeScriptedLog(
  cases: readonly ScriptedCase[],
  contracts: FixtureContracts,
  options: ScriptOptions = {},
): Promise<ScriptedLog> {
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-audit-'));
  const keysDir = path.join(dir, 'keys');
  await initKeys(keysDir, PRODUCER_IDS);
  const keys = await loadKeyStore(keysDir, PRODUCER_IDS);
  const file = path.join(dir, 'events.db');
  const log = options.log ?? openSqliteEventLog({ file });
  let now = 0;
  const clock: Clock = { now: () => now, monotonic: () => now };
  const producers = new Map<string, EventProducer>();
  const headsFrom: EventLog = options.startFresh === true ? { ...log, lastEventOf: async () => undefined } : log;
  for (const producer of PRODUCER_IDS) {
    const instance = options.instance ?? 'embedded';
    producers.set(producer, await createEventProducer({ log: headsFrom, key: keys.signingKey(producer), instance, clock }));
  }
  const emit = async (producer: string, drafts: EventDraft[]): Promise<CloudEvent[]> => producers.get(producer)!.emit(drafts);

  const actions: Action[] = [];
  const schedule = (at: number, run: () => Promise<void>): void => void actions.push({ at, order: actions.length, run });
  const applicationIds: string[] = [];

  for (const scripted of cases) {
    const applicationId = randomUUID();
    applicationIds.push(applicationId);
    const consumer = scripted.consumer ?? 'demo-hall';
    const needed = contracts.matterRequests(scripted.matter);
    const requests: ApplicationSubmitted['requests'] = [];
    const withheld: ApplicationSubmitted['withheld'] = [];
    for (const n of needed) {
      const grant = contracts.view.grant(consumer, n.department, n.type);
      const schema = `https://tongban.dev/schemas/records/${n.department}/${n.type}.v1.json`;
      if (grant === undefined) {
        withheld.push({ department: n.department, type: n.type, schema, reason: `not granted by the contract of "${consumer}"` });
        continue;
      }
      requests.push({
        requestId: randomUUID(),
        department: n.department,
        type: n.type,
        schema,
        fields: [...grant.fields],
        deadlineAt: isoTime(scripted.openedAt + n.deadlineMs),
        grant: grant.category,
      });
    }
    const submitted: ApplicationSubmitted = {
      applicationId,
      matter: scripted.matter,
      consumer,
      purpose: scripted.purpose,
      subject: scripted.subject,
      gateway: 'embedded',
      requestHash: randomUUID(),
      createdAt: isoTime(scripted.openedAt),
      requests,
      withheld,
    };
    schedule(scripted.openedAt, async () => {
      await emit('gateway', [
        { topic: Topics.applications, type: EventTypes.applicationSubmitted, applicationId, data: submitted },
        ...requests.map((r): EventDraft => {
          const data: DataRequested = { ...r, applicationId, matter: scripted.matter, consumer, purpose: scripted.purpose, subject: scripted.subject };
          return { topic: Topics.requests(r.department), type: EventTypes.dataRequested, applicationId, data };
        }),
      ]);
    });

    const settled = new Map<string, { status: ApplicationCompleted['records'][number]['status']; eventId?: string }>();
    let closeAt = scripted.openedAt;
    for (const r of requests) {
      const answer = scripted.answers?.[r.department] ?? { outcome: 'provided', afterMs: 100 };
      const deadline = Date.parse(r.deadlineAt);
      const answeredAt = scripted.openedAt + answer.afterMs;
      const inTime = answer.outcome !== 'none' && answeredAt <= deadline;
      closeAt = Math.max(closeAt, inTime ? answeredAt : deadline);
      if (!inTime) settled.set(r.requestId, { status: 'timeout' });
      const outcome = answer.outcome;
      if (outcome === 'none') continue;
      schedule(answeredAt, async () => {
        const common = { applicationId, requestId: r.requestId, department: r.department, type: r.type, schema: r.schema };
        let draft: EventDraft;
        if (outcome === 'provided') {
          const record = Object.fromEntries(
            [...r.fields, ...(answer.extraFields ?? [])].map((f) => [f, answer.values?.[f] ?? `${f}-of-${applicationId.slice(0, 8)}`]),
          );
          const proof = await signProof(
            { applicationId, department: r.department, type: r.type, subject: scripted.subject, issuedAt: isoTime(now), data: record },
            keys.signingKey(r.department),
          );
          draft = { topic: Topics.responses(r.department), type: EventTypes.dataProvided, applicationId, data: { ...common, record, proof, nativeElapsedMs: answer.afterMs } };
        } else {
          const type = { 'not-found': EventTypes.dataNotFound, refused: EventTypes.dataRefused, failed: EventTypes.dataFailed }[outcome];
          const extra = outcome === 'failed' ? { code: answer.code ?? 'native-error', reason: 'scripted failure' } : {};
          draft = { topic: Topics.responses(r.department), type, applicationId, data: { ...common, ...extra, nativeElapsedMs: answer.afterMs } };
        }
        const [event] = await emit(r.department, [draft]);
        if (inTime) {
          const status = outcome === 'failed' && answer.code === 'invalid-record' ? 'invalid' : outcome;
          settled.set(r.requestId, { status, eventId: event!.id });
        }
      });
    }
    if (scripted.close === false) continue;
    schedule(closeAt, async () => {
      const records: ApplicationCompleted['records'] = [
        ...requests.map((r) => {
          const s = settled.get(r.requestId)!;
          return { requestId: r.requestId, department: r.department, type: r.type, status: s.status, ...(s.eventId ? { eventId: s.eventId } : {}) };
        }),
        ...withheld.map((w) => ({ department: w.department, type: w.type, status: 'refused' as const })),
      ];
      const ok = records.filter((r) => SETTLED_OK.has(r.status)).length;
      const status = ok === records.length ? 'completed' : ok === 0 ? 'failed' : 'partial';
      const data: ApplicationCompleted = { applicationId, status, completedAt: isoTime(closeAt), records };
      await emit('gateway', [{ topic: Topics.applications, type: EventTypes.applicationCompleted, applicationId, data }]);
    });
  }

  actions.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const action of actions) {
    now = action.at;
    await action.run();
  }
  return { dir, file, keysDir, keys, log, applicationIds, close: () => log.close() };
}

/** Cases in the shape the real demo uses, opened a minute apart from a fixed instant. */
export const T0 = Date.parse('2026-11-02T01:00:00Z');
export const CITIZEN: Subject = { idNumber: '11010519491231002X' };
export const UNKNOWN_CITIZEN: Subject = { idNumber: '440524188001010014' };
