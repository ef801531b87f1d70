import type { ApplicationCompleted } from '../catalog/generated/events--application-completed.v1';
import type { ApplicationSubmitted } from '../catalog/generated/events--application-submitted.v1';
import type { DataRequested } from '../catalog/generated/events--data-requested.v1';
import { EventTypes } from '../eventlog/cloudevent';
import type { Subject } from '../identity/subject';

/**
 * Readers for the event payloads the audit relies on. The audit replays logs that may be damaged or
 * forged, so it never casts `data`: each reader checks the members it uses and returns undefined
 * otherwise (verify reports such events; the reports skip them).
 */
export type AnswerOutcome = 'provided' | 'not-found' | 'refused' | 'failed';

export const ANSWER_OUTCOMES: Readonly<Record<string, AnswerOutcome>> = {
  [EventTypes.dataProvided]: 'provided',
  [EventTypes.dataNotFound]: 'not-found',
  [EventTypes.dataRefused]: 'refused',
  [EventTypes.dataFailed]: 'failed',
};

export interface Answer {
  readonly applicationId: string;
  readonly requestId: string;
  readonly department: string;
  readonly type: string;
  readonly outcome: AnswerOutcome;
  /** data.failed's code, e.g. `native-error` or `invalid-record`. */
  readonly code?: string;
  /** The disclosed record (data.provided only). */
  readonly record?: Readonly<Record<string, unknown>>;
}

type Json = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasStrings(value: Json, keys: readonly string[]): boolean {
  return keys.every((k) => typeof value[k] === 'string');
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

export function readSubject(value: unknown): Subject | undefined {
  if (!isObject(value)) return undefined;
  if (typeof value.idNumber === 'string') return { idNumber: value.idNumber };
  if (typeof value.uscc === 'string') return { uscc: value.uscc };
  return undefined;
}

export function readSubmitted(data: unknown): ApplicationSubmitted | undefined {
  if (!isObject(data) || !hasStrings(data, ['applicationId', 'matter', 'consumer', 'purpose', 'createdAt'])) return undefined;
  if (readSubject(data.subject) === undefined || !Array.isArray(data.requests)) return undefined;
  const requestsOk = data.requests.every(
    (r: unknown) => isObject(r) && hasStrings(r, ['requestId', 'department', 'type', 'deadlineAt']) && isStringArray(r.fields),
  );
  const withheld: unknown = data.withheld ?? [];
  const withheldOk = Array.isArray(withheld) && withheld.every((w: unknown) => isObject(w) && hasStrings(w, ['department', 'type']));
  return requestsOk && withheldOk ? ({ ...data, withheld } as unknown as ApplicationSubmitted) : undefined;
}

export function readRequested(data: unknown): DataRequested | undefined {
  if (!isObject(data)) return undefined;
  const keys = ['applicationId', 'requestId', 'matter', 'consumer', 'purpose', 'department', 'type', 'deadlineAt', 'grant'];
  if (!hasStrings(data, keys) || !isStringArray(data.fields) || readSubject(data.subject) === undefined) return undefined;
  return data as unknown as DataRequested;
}

export function readAnswer(type: string, data: unknown): Answer | undefined {
  const outcome = ANSWER_OUTCOMES[type];
  if (outcome === undefined || !isObject(data) || !hasStrings(data, ['applicationId', 'requestId', 'department', 'type'])) return undefined;
  const common = {
    applicationId: data.applicationId as string,
    requestId: data.requestId as string,
    department: data.department as string,
    type: data.type as string,
    outcome,
    ...(typeof data.code === 'string' ? { code: data.code } : {}),
  };
  if (outcome !== 'provided') return common;
  return isObject(data.record) ? { ...common, record: data.record } : undefined;
}

export function readCompleted(data: unknown): ApplicationCompleted | undefined {
  if (!isObject(data) || !hasStrings(data, ['applicationId', 'status', 'completedAt']) || !Array.isArray(data.records)) return undefined;
  const ok = data.records.every((r: unknown) => isObject(r) && hasStrings(r, ['department', 'type', 'status']));
  return ok ? (data as unknown as ApplicationCompleted) : undefined;
}
