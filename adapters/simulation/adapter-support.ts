/**
 * Helpers the five department adapters share: calling the native system and turning its transport
 * outcome into Tongban's terms, and building records without undefined members.
 *
 * This is adapter-side code; it sits in adapters/simulation/ only because adapters/kit/ belongs to the
 * adapter kit. It depends on nothing but the kit's interfaces, so it can move there unchanged.
 *
 * The rules, the same for every department:
 * - the call throws (network, abort) → NativeSystemError, retriable;
 * - 5xx → NativeSystemError, retriable (httpNativeSystem already throws for these; an in-process
 *   simulator returns them as values);
 * - how "not found" and "refused" look is the department's own convention (an HTTP 404 with a body
 *   in its format, or a result code inside a 200): each adapter checks for it, and any other status
 *   → NativeSystemError, not retriable (`unexpectedStatus`). A bare 404 from a wrong path must never
 *   read as "this citizen does not exist";
 * - an answer whose body cannot be read → NativeSystemError, not retriable (`malformed`).
 */
import { NativeSystemError, type NativeRequest, type NativeResponse, type NativeSystem } from '../kit/native-system';
import type { LookupOutcome } from '../kit/department-adapter';

/** Calls the native system; throws NativeSystemError for transport failures and 5xx, returns anything else. */
export async function callNative(department: string, native: NativeSystem, request: NativeRequest, signal?: AbortSignal): Promise<NativeResponse> {
  let response: NativeResponse;
  try {
    response = await native.handle(request, signal);
  } catch (error) {
    if (error instanceof NativeSystemError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new NativeSystemError(`${department}: native call failed: ${message}`, { retriable: true, cause: error });
  }
  if (response.status >= 500) {
    throw new NativeSystemError(`${department}: native system answered ${response.status}`, { retriable: true });
  }
  return response;
}

/** A status the department's convention does not use for this call: our request or its routing is wrong. */
export function unexpectedStatus(department: string, response: NativeResponse): NativeSystemError {
  return new NativeSystemError(`${department}: native system answered ${response.status}: ${response.body.slice(0, 200)}`, { retriable: false });
}

/** The error for an answer that does not follow the department's format. Never retriable. */
export function malformed(department: string, detail: string, cause?: unknown): NativeSystemError {
  return new NativeSystemError(`${department}: malformed native answer: ${detail}`, { retriable: false, ...(cause === undefined ? {} : { cause }) });
}

/** Checks the media type (ignoring parameters such as charset). */
export function expectMediaType(department: string, response: NativeResponse, mediaTypes: readonly string[]): void {
  const actual = response.contentType.split(';')[0]!.trim().toLowerCase();
  if (!mediaTypes.includes(actual)) {
    throw malformed(department, `content type "${response.contentType}", expected ${mediaTypes.join(' or ')}`);
  }
}

/** A lookup for a record type the adapter does not keep, or for the wrong kind of subject. */
export function unsupported(department: string, detail: string): NativeSystemError {
  return new NativeSystemError(`${department}: ${detail}`, { retriable: false });
}

export function refusedOutcome(reason: string): LookupOutcome {
  return { kind: 'refused', reason: reason.trim() === '' ? 'the department refused the disclosure' : reason.trim().slice(0, 500) };
}

export type RecordValue = string | number | boolean | CanonicalRecord | readonly RecordValue[];
export interface CanonicalRecord {
  readonly [field: string]: RecordValue;
}

/**
 * Builds a record from optional members: undefined members are dropped, so an absent native value is an
 * absent field (records are minimised by field name; "present but undefined" would be a lie). Give it
 * named members: on Node 20 an object literal that begins with a spread (`{ ...x, a, b }`) can make a
 * hidden class (map) for every object it builds, as it did in two adapters (eventlog/event-signature.ts,
 * withSignature).
 */
export function record(members: Readonly<Record<string, RecordValue | undefined>>): CanonicalRecord {
  const out: Record<string, RecordValue> = {};
  for (const [key, value] of Object.entries(members)) if (value !== undefined) out[key] = value;
  return out;
}

/*
 * Value translation. The rule for every department: translate what has the expected shape, pass
 * anything else through as the native text. A department answering a birth date of "19491332" gets
 * "1949-13-32" in the record, and an unknown code stays the code; the kit's schema check then rejects
 * the record and dead-letters it with the exact value, instead of an adapter silently repairing or
 * dropping data it does not understand.
 */

/** yyyymmdd → yyyy-mm-dd (not validated as a calendar date, on purpose). */
export function isoFromCompactDate(raw: string): string {
  return /^[0-9]{8}$/.test(raw) ? `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}` : raw;
}

/** yyyymm → yyyy-mm. */
export function isoFromCompactMonth(raw: string): string {
  return /^[0-9]{6}$/.test(raw) ? `${raw.slice(0, 4)}-${raw.slice(4, 6)}` : raw;
}

/** A decimal amount of yuan ("1234.5", "-35.00") → integer fen; other text passes through. */
export function fenFromYuan(raw: string): number | string {
  const match = /^(-?)([0-9]{1,13})(?:\.([0-9]{1,2}))?$/.exec(raw.trim());
  if (match === null) return raw;
  const fen = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] === '-' ? -fen : fen;
}

/** Decimal digits → a number; other text passes through. */
export function integerFrom(raw: string): number | string {
  return /^-?[0-9]{1,15}$/.test(raw.trim()) ? Number(raw.trim()) : raw;
}

/** A code table lookup; an unknown code passes through as itself. */
export function translateCode<T>(table: Readonly<Record<string, T>>, code: string): T | string {
  return Object.prototype.hasOwnProperty.call(table, code) ? table[code]! : code;
}

/** A standard code with its official label, e.g. { code: '01', name: '汉族' }; unknown codes keep no label. */
export function codedValue(table: Readonly<Record<string, string>>, code: string): CanonicalRecord {
  return Object.prototype.hasOwnProperty.call(table, code) ? { code, name: table[code]! } : { code };
}
