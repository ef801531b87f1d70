/**
 * Translation of the fixed-width answers into the canonical records insurance-record.v1 and
 * employer-contributions.v1. Pure functions of the native status and text.
 */
import type { LookupOutcome } from '../kit/department-adapter';
import { NativeSystemError } from '../kit/native-system';
import { integerFrom, isoFromCompactDate, isoFromCompactMonth, malformed, record, translateCode, type CanonicalRecord } from '../simulation/adapter-support';
import { EMPLOYER_STATUS_CODES, INSURANCE_STATUS_CODES, PERSON_STATUS_CODES, SCHEME_CODES } from './codes';
import { FixedWidthError, parseRecord, splitRecords, type RecordLayout } from './fixed-width';
import { EMPLOYER_HEADER, EMPLOYER_INSURANCE, PERSON_HEADER, PERSON_INSURANCE, TRAILER } from './layouts';

const DEPARTMENT = 'social-security';

export interface SocialSecurityAnswer {
  readonly status: number;
  readonly body: string;
}

interface Parsed {
  readonly header: Record<string, string>;
  readonly details: readonly Record<string, string>[];
}

/** Reads header, detail records and trailer; checks the record count against the trailer. */
function parse(text: string, header: RecordLayout, detail: RecordLayout): Parsed {
  try {
    const lines = splitRecords(text);
    if (lines.length < 2) throw new FixedWidthError(lines.length, 'expected a header and a trailer record');
    const head = parseRecord(header, lines[0]!, 1);
    const details = lines.slice(1, -1).map((line, i) => parseRecord(detail, line, i + 2));
    const trailer = parseRecord(TRAILER, lines.at(-1)!, lines.length);
    if (Number(trailer.JLS) !== lines.length - 1) {
      throw new FixedWidthError(lines.length, `trailer counts ${trailer.JLS} records, the answer has ${lines.length - 1} (truncated?)`);
    }
    return { header: head, details };
  } catch (error) {
    if (error instanceof FixedWidthError) throw malformed(DEPARTMENT, error.message, error);
    throw error;
  }
}

/** 404 with the empty trailer is "nobody"; a 404 with anything else is a wrong path, not an answer. */
function settleStatus(answer: SocialSecurityAnswer): LookupOutcome | undefined {
  if (answer.status === 404 && answer.body.trim() === '99000000') return { kind: 'not-found' };
  if (answer.status !== 200) {
    throw new NativeSystemError(`${DEPARTMENT}: native system answered ${answer.status}: ${answer.body.slice(0, 200)}`, { retriable: false });
  }
  return undefined;
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function scheme(code: string): { code: string; scheme?: string; category?: string } {
  const known = SCHEME_CODES[code];
  return known === undefined ? { code } : { code, scheme: known.scheme, category: known.category };
}

function number(value: string | undefined): number | string | undefined {
  const raw = blankToUndefined(value);
  return raw === undefined ? undefined : integerFrom(raw);
}

export function mapInsuranceRecord(answer: SocialSecurityAnswer, idNumber: string): LookupOutcome {
  const settled = settleStatus(answer);
  if (settled !== undefined) return settled;
  const { header, details } = parse(answer.body, PERSON_HEADER, PERSON_INSURANCE);
  if ((header.GMSFHM ?? '').toUpperCase() !== idNumber.toUpperCase()) throw malformed(DEPARTMENT, `answer is about ${header.GMSFHM}, not ${idNumber}`);
  const insurances: CanonicalRecord[] = details.map((row) => {
    // Named members, not a leading spread of scheme(): see record().
    const { code, scheme: name, category } = scheme(row.XZLX ?? '');
    return record({
      code,
      scheme: name,
      category,
      status: row.CBZT === undefined || row.CBZT === '' ? undefined : translateCode(INSURANCE_STATUS_CODES, row.CBZT),
      since: blankToUndefined(row.CBRQ) === undefined ? undefined : isoFromCompactDate(row.CBRQ!),
      months: number(row.JFYS),
      lastPaidMonth: blankToUndefined(row.ZHJFNY) === undefined ? undefined : isoFromCompactMonth(row.ZHJFNY!),
    });
  });
  return {
    kind: 'found',
    record: record({
      idNumber: header.GMSFHM!.toUpperCase(),
      name: blankToUndefined(header.XM),
      cardNumber: blankToUndefined(header.SBKH),
      insuredStatus: blankToUndefined(header.CBZT) === undefined ? undefined : translateCode(PERSON_STATUS_CODES, header.CBZT!),
      employerUscc: blankToUndefined(header.DWTYDM),
      employerName: blankToUndefined(header.DWMC),
      contributionBaseFen: number(header.JFJS),
      contributionMonths: number(header.LJJFYS),
      firstInsuredOn: blankToUndefined(header.SCCBRQ) === undefined ? undefined : isoFromCompactDate(header.SCCBRQ!),
      insuredRegionCode: blankToUndefined(header.CBDQ),
      monthlyPensionFen: number(header.YYLJ),
      insurances,
    }),
  };
}

export function mapEmployerContributions(answer: SocialSecurityAnswer, uscc: string): LookupOutcome {
  const settled = settleStatus(answer);
  if (settled !== undefined) return settled;
  const { header, details } = parse(answer.body, EMPLOYER_HEADER, EMPLOYER_INSURANCE);
  if ((header.DWTYDM ?? '').toUpperCase() !== uscc.toUpperCase()) throw malformed(DEPARTMENT, `answer is about ${header.DWTYDM}, not ${uscc}`);
  return {
    kind: 'found',
    record: record({
      uscc: header.DWTYDM!.toUpperCase(),
      employerName: blankToUndefined(header.DWMC),
      registrationNumber: blankToUndefined(header.DWBH),
      registrationStatus: blankToUndefined(header.DJZT) === undefined ? undefined : translateCode(EMPLOYER_STATUS_CODES, header.DJZT!),
      registeredOn: blankToUndefined(header.DJRQ) === undefined ? undefined : isoFromCompactDate(header.DJRQ!),
      insuredEmployees: number(header.CBRS),
      totalContributionBaseFen: number(header.JFJSZE),
      arrearsFen: number(header.QFJE),
      arrearsMonths: number(header.QFYS),
      insurances: details.map((row) =>
        record({
          ...scheme(row.XZLX ?? ''),
          insuredEmployees: number(row.CBRS),
          lastPaidMonth: blankToUndefined(row.ZHJFNY) === undefined ? undefined : isoFromCompactMonth(row.ZHJFNY!),
        }),
      ),
    }),
  };
}
