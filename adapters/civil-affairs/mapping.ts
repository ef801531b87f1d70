/**
 * Translation of the civil affairs CSV answer into the canonical record civil-status.v1.
 * A pure function of the native text.
 */
import type { LookupOutcome } from '../kit/department-adapter';
import { NativeSystemError } from '../kit/native-system';
import { codedValue, fenFromYuan, integerFrom, malformed, record, refusedOutcome, translateCode, type CanonicalRecord } from '../simulation/adapter-support';
import { ALLOWANCE_STATUS_CODES, MARITAL_STATUS_CODES, REGISTRATION_KIND_CODES } from './codes';
import { CsvSyntaxError, parseCsv } from './csv';

const DEPARTMENT = 'civil-affairs';
/** Number of fields of each record kind, including the kind itself. */
const WIDTHS: Readonly<Record<string, number>> = { HYZK: 6, HYDJ: 10, DBXX: 8, JSHJ: 2, CWXX: 3 };
/** GB/T 2261.2 codes under which the person currently has a spouse. */
const MARRIED_CODES = new Set(['20', '21', '22', '23']);

function empty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function records(text: string): string[][] {
  try {
    return parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw malformed(DEPARTMENT, error.message, error);
    throw error;
  }
}

export function mapCivilStatus(text: string, idNumber: string): LookupOutcome {
  const rows = records(text);
  const first = rows[0];
  if (first === undefined) throw malformed(DEPARTMENT, 'empty answer');
  for (const [index, row] of rows.entries()) {
    const width = WIDTHS[row[0] ?? ''];
    if (width !== undefined && row.length !== width) throw malformed(DEPARTMENT, `record ${index + 1} (${row[0]}) has ${row.length} fields, expected ${width}`);
  }
  if (first[0] === 'CWXX') {
    const [, code, message] = first as [string, string, string];
    if (code === 'E404') return { kind: 'not-found' };
    if (code === 'E403') return refusedOutcome(message);
    if (code === 'E503') throw new NativeSystemError(`${DEPARTMENT}: system busy: ${message}`, { retriable: true });
    throw new NativeSystemError(`${DEPARTMENT}: query rejected with ${code} ${message}`, { retriable: false });
  }
  const trailer = rows.at(-1)!;
  if (trailer[0] !== 'JSHJ' || trailer[1] !== String(rows.length - 1)) {
    throw malformed(DEPARTMENT, `missing or wrong JSHJ trailer (answer has ${rows.length - 1} records; truncated?)`);
  }
  const body = rows.slice(0, -1);
  const statuses = body.filter((row) => row[0] === 'HYZK');
  if (statuses.length !== 1) throw malformed(DEPARTMENT, `expected one HYZK record, got ${statuses.length}`);
  const [, personId, name, statusCode, , statusSince] = statuses[0]! as [string, string, string, string, string, string];
  if (personId.toUpperCase() !== idNumber.toUpperCase()) throw malformed(DEPARTMENT, `answer is about ${personId}, not ${idNumber}`);

  const registrations: CanonicalRecord[] = body
    .filter((row) => row[0] === 'HYDJ')
    .map((row) => {
      const [, kind, , date, authority, certificate, manId, manName, womanId, womanName] = row as [string, string, string, string, string, string, string, string, string, string];
      // The register names both parties by sex; the record names the other one.
      const subjectIsMan = manId.toUpperCase() === idNumber.toUpperCase();
      if (!subjectIsMan && womanId.toUpperCase() !== idNumber.toUpperCase()) {
        throw malformed(DEPARTMENT, `registration ${certificate} does not involve ${idNumber}`);
      }
      return record({
        kind: translateCode(REGISTRATION_KIND_CODES, kind),
        date: empty(date),
        authority: empty(authority),
        certificateNumber: empty(certificate),
        spouseIdNumber: empty(subjectIsMan ? womanId : manId)?.toUpperCase(),
        spouseName: empty(subjectIsMan ? womanName : manName),
      });
    });
  const last = registrations.at(-1);
  const currentSpouse =
    MARRIED_CODES.has(statusCode) && last !== undefined && last.kind !== 'divorce'
      ? record({ idNumber: last.spouseIdNumber, name: last.spouseName })
      : undefined;

  const allowances = body.filter((row) => row[0] === 'DBXX');
  if (allowances.length > 1) throw malformed(DEPARTMENT, `expected at most one DBXX record, got ${allowances.length}`);
  const allowance = allowances[0] as [string, string, string, string, string, string, string, string] | undefined;
  return {
    kind: 'found',
    record: record({
      idNumber: personId.toUpperCase(),
      name: empty(name),
      maritalStatus: empty(statusCode) === undefined ? undefined : codedValue(MARITAL_STATUS_CODES, statusCode),
      maritalStatusSince: empty(statusSince),
      currentSpouse,
      marriageRegistrations: registrations,
      subsistenceAllowance:
        allowance === undefined
          ? undefined
          : record({
              status: translateCode(ALLOWANCE_STATUS_CODES, allowance[1]),
              certificateNumber: empty(allowance[3]),
              householdSize: empty(allowance[4]) === undefined ? undefined : integerFrom(allowance[4]),
              monthlyAmountFen: empty(allowance[5]) === undefined ? undefined : fenFromYuan(allowance[5]),
              since: empty(allowance[6]),
              until: empty(allowance[7]),
            }),
    }),
  };
}
