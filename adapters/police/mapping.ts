/**
 * Translation of the police hukou-text answers into the canonical records
 * household-register.v1 and legal-representative.v1. Pure functions of the native text.
 */
import type { LookupOutcome } from '../kit/department-adapter';
import { NativeSystemError } from '../kit/native-system';
import { codedValue, isoFromCompactDate, malformed, record, refusedOutcome, translateCode, type CanonicalRecord } from '../simulation/adapter-support';
import {
  ETHNICITY_CODES,
  HOUSEHOLD_TYPE_CODES,
  MIGRATION_DIRECTION_CODES,
  RELATION_CODES,
  SEX_CODES,
  STATUS_TEXTS,
  VERIFICATION_CODES,
} from './codes';
import { HukouFormatError, parseHukouText, type HukouDocument, type HukouSection } from './hukou-text';

const DEPARTMENT = 'police';

/** Parses the answer and settles the RESULT code; returns the document only when records follow. */
function readAnswer(text: string, queryId: string | undefined): HukouDocument | LookupOutcome {
  let document: HukouDocument;
  try {
    document = parseHukouText(text);
  } catch (error) {
    if (error instanceof HukouFormatError) throw malformed(DEPARTMENT, error.message, error);
    throw error;
  }
  // The query id is echoed back; a different one means we are reading someone else's answer.
  if (queryId !== undefined && document.queryId !== '' && document.queryId !== queryId) {
    throw malformed(DEPARTMENT, `answer is for query ${document.queryId}, not ${queryId}`);
  }
  switch (document.code) {
    case '0000':
      return document;
    case '0404':
      return { kind: 'not-found' };
    case '0403':
      return refusedOutcome(document.message);
    case '0503':
      throw new NativeSystemError(`${DEPARTMENT}: system busy: ${document.message}`, { retriable: true });
    default:
      throw new NativeSystemError(`${DEPARTMENT}: query rejected with ${document.code} ${document.message}`, { retriable: false });
  }
}

function section(document: HukouDocument, name: string, required: readonly string[]): HukouSection {
  const found = document.sections[name];
  if (found === undefined) throw malformed(DEPARTMENT, `section [${name}] is missing`);
  const missing = required.filter((column) => !found.columns.includes(column));
  if (missing.length > 0) throw malformed(DEPARTMENT, `section [${name}] lacks columns ${missing.join(', ')}`);
  return found;
}

/** A field's value, or undefined when the column is absent or the field empty. */
function field(row: Readonly<Record<string, string>>, column: string): string | undefined {
  const value = row[column]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function sameId(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toUpperCase() === b.toUpperCase();
}

function mapped<T>(value: string | undefined, translate: (raw: string) => T): T | undefined {
  return value === undefined ? undefined : translate(value);
}

export function mapHouseholdRegister(text: string, idNumber: string, queryId?: string): LookupOutcome {
  const answer = readAnswer(text, queryId);
  if ('kind' in answer) return answer;
  const people = section(answer, 'RK', ['GMSFHM', 'XM', 'XB', 'CSRQ', 'HH', 'YHZGX', 'HJDZ', 'RYZT']);
  const subject = people.rows.find((row) => sameId(field(row, 'GMSFHM'), idNumber));
  if (subject === undefined) throw malformed(DEPARTMENT, `answer does not list the queried person ${idNumber}`);
  const moves = answer.sections.QY;
  const birthPlaceCode = field(subject, 'CSDSSXDM');
  const members = people.rows
    .filter((row) => row !== subject)
    .map((row) =>
      record({
        idNumber: field(row, 'GMSFHM'),
        name: field(row, 'XM'),
        sex: mapped(field(row, 'XB'), (code) => translateCode(SEX_CODES, code)),
        birthDate: mapped(field(row, 'CSRQ'), isoFromCompactDate),
        relationToHead: mapped(field(row, 'YHZGX'), (code) => codedValue(RELATION_CODES, code)),
        status: mapped(field(row, 'RYZT'), (text) => translateCode(STATUS_TEXTS, text)),
      }),
    );
  const migrations = (moves?.rows ?? [])
    .filter((row) => sameId(field(row, 'GMSFHM'), idNumber))
    .map((row) =>
      record({
        date: mapped(field(row, 'QYRQ'), isoFromCompactDate),
        direction: mapped(field(row, 'QYLB'), (code) => translateCode(MIGRATION_DIRECTION_CODES, code)),
        regionCode: field(row, 'QYDQDM'),
        place: field(row, 'QYDQ'),
        reason: field(row, 'QYYY'),
      }),
    );
  const result: CanonicalRecord = record({
    idNumber: field(subject, 'GMSFHM')?.toUpperCase(),
    name: field(subject, 'XM'),
    formerName: field(subject, 'CYM'),
    sex: mapped(field(subject, 'XB'), (code) => translateCode(SEX_CODES, code)),
    birthDate: mapped(field(subject, 'CSRQ'), isoFromCompactDate),
    ethnicity: mapped(field(subject, 'MZ'), (code) => codedValue(ETHNICITY_CODES, code)),
    birthPlace: birthPlaceCode === undefined ? undefined : record({ regionCode: birthPlaceCode, name: field(subject, 'CSDSSX') }),
    householdNumber: field(subject, 'HH'),
    householdType: mapped(field(subject, 'HLX'), (code) => translateCode(HOUSEHOLD_TYPE_CODES, code)),
    relationToHead: mapped(field(subject, 'YHZGX'), (code) => codedValue(RELATION_CODES, code)),
    address: field(subject, 'HJDZ'),
    registrationRegionCode: field(subject, 'SSXQ'),
    policeStation: field(subject, 'PCS'),
    status: mapped(field(subject, 'RYZT'), (text) => translateCode(STATUS_TEXTS, text)),
    deregisteredOn: mapped(field(subject, 'ZXRQ'), isoFromCompactDate),
    householdMembers: members,
    migrations,
  });
  return { kind: 'found', record: result };
}

export function mapLegalRepresentative(text: string, uscc: string, queryId?: string): LookupOutcome {
  const answer = readAnswer(text, queryId);
  if ('kind' in answer) return answer;
  const checks = section(answer, 'FDDBR', ['TYSHXYDM', 'GMSFHM', 'HYJG']);
  const row = checks.rows.find((candidate) => sameId(field(candidate, 'TYSHXYDM'), uscc));
  if (row === undefined) throw malformed(DEPARTMENT, `answer does not concern the queried enterprise ${uscc}`);
  return {
    kind: 'found',
    record: record({
      uscc: field(row, 'TYSHXYDM')?.toUpperCase(),
      enterpriseName: field(row, 'QYMC'),
      representativeIdNumber: field(row, 'GMSFHM')?.toUpperCase(),
      representativeName: field(row, 'XM'),
      representativeSex: mapped(field(row, 'XB'), (code) => translateCode(SEX_CODES, code)),
      representativeBirthDate: mapped(field(row, 'CSRQ'), isoFromCompactDate),
      verificationResult: mapped(field(row, 'HYJG'), (code) => translateCode(VERIFICATION_CODES, code)),
      householdStatus: mapped(field(row, 'RYZT'), (text) => translateCode(STATUS_TEXTS, text)),
      registrationRegionCode: field(row, 'SSXQ'),
      policeStation: field(row, 'PCS'),
    }),
  };
}
