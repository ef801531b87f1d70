import type { DataRequested } from '../catalog/generated/events--data-requested.v1';
import type { ContractView } from './contract-view';
import type { Answer } from './event-data';
import type { IntegrityBreak } from './integrity-break';
import { formatPosition, type LogPosition } from './log-position';

/**
 * Every disclosure must answer a request that a contract allowed. A data.requested is judged against
 * the contracts when it is read (consumer, matter, grant, purpose, fields) and kept while it is open;
 * the data.provided that answers it is then checked against the request: same application, department
 * and record type, a lawful request, and no field beyond those requested.
 *
 * Memory: open requests only. A request leaves when it is answered or its case is completed, into a
 * bounded memory of recent ones, so an answer delivered twice (delivery is at least once) still finds
 * its request. An answer read before its request (possible across Kafka partitions) waits until the
 * request turns up, or is reported at the end.
 */
interface Request {
  readonly applicationId: string;
  readonly department: string;
  readonly type: string;
  readonly fields: ReadonlySet<string>;
  /** Why the contracts did not allow this request; empty when they did. */
  readonly problems: readonly string[];
  readonly eventId: string;
  readonly at: LogPosition;
}

export interface AnswerContext {
  readonly at: LogPosition;
  readonly source: string;
  readonly eventId: string;
  readonly seq: number;
}

export interface DisclosureCheck {
  onRequest(request: DataRequested, context: AnswerContext): IntegrityBreak[];
  onAnswer(answer: Answer, context: AnswerContext): IntegrityBreak[];
  onCompleted(applicationId: string): void;
  /** Answers whose request never turned up. */
  finish(): IntegrityBreak[];
}

export interface DisclosureCheckOptions {
  readonly contracts: ContractView;
  /** How many answered or closed requests to remember for repeated deliveries (default 10,000). */
  readonly answeredMemory?: number;
}

/** Why the contracts in force do not allow this request (empty when they do). */
export function contractProblems(request: DataRequested, contracts: ContractView): string[] {
  const { consumer, matter, department, type } = request;
  const matters = contracts.mattersOf(consumer);
  if (matters === undefined) return [`no contract for consumer ${consumer}`];
  const problems: string[] = [];
  if (!matters.includes(matter)) problems.push(`the contract of ${consumer} does not cover the matter ${matter}`);
  const asks = contracts.matterAsks(matter, department, type);
  if (asks === undefined) problems.push(`no matter ${matter}`);
  else if (!asks) problems.push(`the matter ${matter} does not ask ${department} for ${type}`);
  const grant = contracts.grant(consumer, department, type);
  if (grant === undefined) return [...problems, `the contract of ${consumer} grants no ${department} ${type} records`];
  if (grant.category === 'conditional' && grant.purposes !== undefined && !grant.purposes.includes(request.purpose)) {
    problems.push(`the purpose ${JSON.stringify(request.purpose)} is not one the conditional grant allows`);
  }
  const granted = new Set(grant.fields);
  const beyond = request.fields.filter((f) => !granted.has(f));
  if (beyond.length > 0) problems.push(`the request asks for fields beyond the grant: ${beyond.join(', ')}`);
  return problems;
}

export function createDisclosureCheck(options: DisclosureCheckOptions): DisclosureCheck {
  const memory = options.answeredMemory ?? 10_000;
  const open = new Map<string, Request>();
  const openByCase = new Map<string, string[]>();
  const answered = new Map<string, Request>();
  const waiting = new Map<string, { answer: Answer; context: AnswerContext }[]>();

  function remember(requestId: string, request: Request): void {
    answered.delete(requestId);
    answered.set(requestId, request);
    if (answered.size > memory) answered.delete(answered.keys().next().value as string);
  }

  function close(requestId: string): void {
    const request = open.get(requestId);
    if (request === undefined) return;
    open.delete(requestId);
    remember(requestId, request);
  }

  function judge(answer: Answer, context: AnswerContext, request: Request): IntegrityBreak[] {
    const where = { ...context.at, source: context.source, eventId: context.eventId, seq: context.seq };
    if (request.applicationId !== answer.applicationId || request.department !== answer.department || request.type !== answer.type) {
      return [
        {
          kind: 'unrequested-disclosure',
          ...where,
          detail: `request ${answer.requestId} (event ${request.eventId} at ${formatPosition(request.at)}) asked ${request.department} for ${request.type} in application ${request.applicationId}, not for this record`,
        },
      ];
    }
    const breaks: IntegrityBreak[] = [];
    if (request.problems.length > 0) {
      breaks.push({ kind: 'ungranted-disclosure', ...where, detail: `request ${answer.requestId}: ${request.problems.join('; ')}` });
    }
    const extra = Object.keys(answer.record ?? {}).filter((f) => !request.fields.has(f));
    if (extra.length > 0) {
      breaks.push({ kind: 'excess-fields', ...where, detail: `fields beyond those requested: ${extra.join(', ')}` });
    }
    return breaks;
  }

  return {
    onRequest(data, context) {
      const request: Request = {
        applicationId: data.applicationId,
        department: data.department,
        type: data.type,
        fields: new Set(data.fields),
        problems: contractProblems(data, options.contracts),
        eventId: context.eventId,
        at: context.at,
      };
      open.set(data.requestId, request);
      const ids = openByCase.get(data.applicationId);
      if (ids === undefined) openByCase.set(data.applicationId, [data.requestId]);
      else ids.push(data.requestId);
      const early = waiting.get(data.requestId);
      if (early === undefined) return [];
      waiting.delete(data.requestId);
      const breaks = early.flatMap((w) => (w.answer.outcome === 'provided' ? judge(w.answer, w.context, request) : []));
      close(data.requestId);
      return breaks;
    },

    onAnswer(answer, context) {
      const request = open.get(answer.requestId) ?? answered.get(answer.requestId);
      if (request === undefined) {
        const list = waiting.get(answer.requestId);
        if (list === undefined) waiting.set(answer.requestId, [{ answer, context }]);
        else list.push({ answer, context });
        return [];
      }
      close(answer.requestId);
      return answer.outcome === 'provided' ? judge(answer, context, request) : [];
    },

    onCompleted(applicationId) {
      for (const requestId of openByCase.get(applicationId) ?? []) close(requestId);
      openByCase.delete(applicationId);
    },

    finish() {
      const breaks: IntegrityBreak[] = [];
      for (const [requestId, list] of waiting) {
        for (const { answer, context } of list) {
          if (answer.outcome !== 'provided') continue;
          breaks.push({
            kind: 'unrequested-disclosure',
            ...context.at,
            source: context.source,
            eventId: context.eventId,
            seq: context.seq,
            detail: `no data.requested with request id ${requestId} in the log`,
          });
        }
      }
      waiting.clear();
      return breaks;
    },
  };
}
