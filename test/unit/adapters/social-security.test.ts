import type { NativeRequest } from '../../../adapters/kit/native-system';
import { DEMO_FAMILY } from '../../../adapters/simulation/demo-data';
import { DEMO_CITIZEN_ID, DEMO_ENTERPRISE_USCC, UNKNOWN_CITIZEN_ID, UNKNOWN_ENTERPRISE_USCC } from '../../../adapters/simulation/demo-subjects';
import { defaultPopulation } from '../../../adapters/simulation/population';
import { createSocialSecurityAdapter } from '../../../adapters/social-security/adapter';
import { EMPLOYER_STATUS_CODES, INSURANCE_STATUS_CODES, PERSON_STATUS_CODES, SCHEME_CODES } from '../../../adapters/social-security/codes';
import { FixedWidthError, formatRecord, gbkWidth, layoutWidth, parseRecord } from '../../../adapters/social-security/fixed-width';
import { EMPLOYER_HEADER, EMPLOYER_INSURANCE, PERSON_HEADER, PERSON_INSURANCE, TRAILER } from '../../../adapters/social-security/layouts';
import { mapEmployerContributions, mapInsuranceRecord, type SocialSecurityAnswer } from '../../../adapters/social-security/mapping';
import { answerSocialSecurity, createSocialSecuritySimulator, personInsuranceFacts } from '../../../adapters/social-security/simulator';
import { foundRecord, nativeError, schemaErrors } from './record-schemas';

const population = defaultPopulation();

function personAnswer(id: string, corrupt = false): SocialSecurityAnswer {
  return answerSocialSecurity(population, { method: 'GET', path: '/si/grcbxx', query: { zjhm: id } }, corrupt);
}

function employerAnswer(uscc: string, corrupt = false): SocialSecurityAnswer {
  return answerSocialSecurity(population, { method: 'GET', path: '/si/dwcbxx', query: { tyshxydm: uscc } }, corrupt);
}

/** A hand-written answer: the header, detail records, and a correct trailer. */
function file(records: readonly string[]): SocialSecurityAnswer {
  return { status: 200, body: [...records, formatRecord(TRAILER, { JLS: String(records.length) })].join('\r\n') + '\r\n' };
}

const header = (values: Record<string, string> = {}): string => formatRecord(PERSON_HEADER, { GMSFHM: DEMO_CITIZEN_ID, ...values });
const insurance = (values: Record<string, string>): string => formatRecord(PERSON_INSURANCE, values);

describe('fixed-width records', () => {
  test('widths count GBK bytes: Chinese characters take two columns', () => {
    expect(gbkWidth('王秀英')).toBe(6);
    expect(gbkWidth('A1')).toBe(2);
    expect(gbkWidth('李·A')).toBe(5);
    expect(layoutWidth(PERSON_HEADER)).toBe(166);
    expect(layoutWidth(PERSON_INSURANCE)).toBe(24);
    expect(layoutWidth(EMPLOYER_HEADER)).toBe(134);
    expect(layoutWidth(EMPLOYER_INSURANCE)).toBe(17);
    expect(layoutWidth(TRAILER)).toBe(8);
  });

  test('text is space-padded, numbers zero-padded, blanks stay blank; parsing trims', () => {
    const line = formatRecord(PERSON_INSURANCE, { XZLX: '110', CBZT: '1', CBRQ: '20200101', JFYS: '12', ZHJFNY: '' });
    expect(line).toBe('021101202001010012      ');
    expect(gbkWidth(line)).toBe(24);
    expect(parseRecord(PERSON_INSURANCE, line, 1)).toEqual({ XZLX: '110', CBZT: '1', CBRQ: '20200101', JFYS: '0012', ZHJFNY: '' });
    expect(formatRecord(TRAILER, { JLS: '' })).toBe('99      ');
  });

  test('long text is cut at a character boundary, never in the middle of a Chinese character', () => {
    const line = formatRecord(PERSON_HEADER, { XM: '阿依古丽·吐尔逊买买提艾力' });
    const name = parseRecord(PERSON_HEADER, line, 1).XM!;
    expect(gbkWidth(name)).toBeLessThanOrEqual(20);
    expect('阿依古丽·吐尔逊买买提艾力'.startsWith(name)).toBe(true);
    expect(() => formatRecord(TRAILER, { JLS: '1234567' })).toThrow(RangeError);
    expect(() => formatRecord(TRAILER, { JLS: '12a' })).toThrow(RangeError);
  });

  test.each([
    ['a short record', '9900000'],
    ['a long record', '990000000'],
    ['the wrong record type', '98000000'],
  ])('rejects %s', (_name, line) => {
    expect(() => parseRecord(TRAILER, line, 1)).toThrow(FixedWidthError);
  });

  test('rejects a Chinese character straddling a field boundary', () => {
    const line = `0211王${'1'.repeat(18)}`;
    expect(gbkWidth(line)).toBe(24);
    expect(() => parseRecord(PERSON_INSURANCE, line, 1)).toThrow(/straddles the end of XZLX/);
  });
});

describe('social-security mapping: real simulator answers', () => {
  test('the demo citizen: a retiree drawing an employee pension', () => {
    const record = foundRecord(mapInsuranceRecord(personAnswer(DEMO_CITIZEN_ID), DEMO_CITIZEN_ID));
    expect(schemaErrors('social-security', 'insurance-record', record)).toBe('');
    expect(record).toMatchObject({ idNumber: DEMO_CITIZEN_ID, name: '王秀英', insuredStatus: 'receiving-pension', insuredRegionCode: '110105' });
    expect(record.cardNumber).toMatch(/^[A-Z][0-9]{8}$/);
    expect(record.monthlyPensionFen).toBeGreaterThan(200_000);
    expect(record.employerUscc).toBeUndefined();
    expect((record.insurances as { scheme: string; status: string }[]).map((i) => [i.scheme, i.status])).toEqual([
      ['employee-pension', 'receiving-benefits'],
      ['employee-medical', 'receiving-benefits'],
    ]);
  });

  test('the demo citizen\'s son: an employee of the demo enterprise, all five insurances', () => {
    const record = foundRecord(mapInsuranceRecord(personAnswer(DEMO_FAMILY.son), DEMO_FAMILY.son));
    expect(schemaErrors('social-security', 'insurance-record', record)).toBe('');
    expect(record).toMatchObject({ insuredStatus: 'contributing', employerUscc: DEMO_ENTERPRISE_USCC, employerName: '福州闽江数据服务有限公司' });
    expect((record.insurances as { category: string }[]).map((i) => i.category)).toEqual(['pension', 'medical', 'unemployment', 'work-injury', 'maternity']);
  });

  test('the demo enterprise: employees and base are the sums of its employees\' records', () => {
    const record = foundRecord(mapEmployerContributions(employerAnswer(DEMO_ENTERPRISE_USCC), DEMO_ENTERPRISE_USCC));
    expect(schemaErrors('social-security', 'employer-contributions', record)).toBe('');
    const employees = population.employeesOf(DEMO_ENTERPRISE_USCC);
    const base = employees.reduce((sum, p) => sum + (personInsuranceFacts(population, p).baseFen ?? 0), 0);
    expect(record).toMatchObject({ uscc: DEMO_ENTERPRISE_USCC, employerName: '福州闽江数据服务有限公司', registrationStatus: 'registered', insuredEmployees: employees.length, totalContributionBaseFen: base, arrearsFen: 0, arrearsMonths: 0 });
    expect((record.insurances as unknown[]).length).toBe(5);
  });

  test('everybody and every employer maps to a valid record; strangers are not found', () => {
    for (const person of population.persons.slice(0, 500)) {
      const record = foundRecord(mapInsuranceRecord(personAnswer(person.idNumber), person.idNumber));
      expect([person.idNumber, schemaErrors('social-security', 'insurance-record', record)]).toEqual([person.idNumber, '']);
    }
    for (const enterprise of population.enterprises) {
      const record = foundRecord(mapEmployerContributions(employerAnswer(enterprise.uscc), enterprise.uscc));
      expect([enterprise.uscc, schemaErrors('social-security', 'employer-contributions', record)]).toEqual([enterprise.uscc, '']);
    }
    expect(mapInsuranceRecord(personAnswer(UNKNOWN_CITIZEN_ID), UNKNOWN_CITIZEN_ID)).toEqual({ kind: 'not-found' });
    expect(mapEmployerContributions(employerAnswer(UNKNOWN_ENTERPRISE_USCC), UNKNOWN_ENTERPRISE_USCC)).toEqual({ kind: 'not-found' });
  });

  test('corrupt answers are passed through unrepaired', () => {
    const person = foundRecord(mapInsuranceRecord(personAnswer(DEMO_CITIZEN_ID, true), DEMO_CITIZEN_ID));
    expect(person.insuredStatus).toBe('7');
    expect(schemaErrors('social-security', 'insurance-record', person)).toMatch(/insuredStatus/);
    const employer = foundRecord(mapEmployerContributions(employerAnswer(DEMO_ENTERPRISE_USCC, true), DEMO_ENTERPRISE_USCC));
    expect(employer.registeredOn).toMatch(/^[0-9]{4}-13-32$/);
    expect(schemaErrors('social-security', 'employer-contributions', employer)).toMatch(/registeredOn/);
  });
});

describe('social-security mapping: code tables', () => {
  test.each(Object.entries(PERSON_STATUS_CODES))('参保状态 %s → %s', (code, status) => {
    const record = foundRecord(mapInsuranceRecord(file([header({ CBZT: code })]), DEMO_CITIZEN_ID));
    expect(record.insuredStatus).toBe(status);
    expect(schemaErrors('social-security', 'insurance-record', record)).toBe('');
  });

  test.each(Object.entries(SCHEME_CODES))('险种 %s → %j', (code, scheme) => {
    const record = foundRecord(mapInsuranceRecord(file([header(), insurance({ XZLX: code, CBZT: '1', CBRQ: '20200101', JFYS: '60', ZHJFNY: '202505' })]), DEMO_CITIZEN_ID));
    expect(record.insurances).toEqual([{ code, scheme: scheme.scheme, category: scheme.category, status: 'contributing', since: '2020-01-01', months: 60, lastPaidMonth: '2025-05' }]);
    expect(schemaErrors('social-security', 'insurance-record', record)).toBe('');
  });

  test.each(Object.entries(INSURANCE_STATUS_CODES))('险种参保状态 %s → %s', (code, status) => {
    const record = foundRecord(mapInsuranceRecord(file([header(), insurance({ XZLX: '310', CBZT: code })]), DEMO_CITIZEN_ID));
    expect((record.insurances as { status: string }[])[0]!.status).toBe(status);
    expect(schemaErrors('social-security', 'insurance-record', record)).toBe('');
  });

  test.each(Object.entries(EMPLOYER_STATUS_CODES))('登记状态 %s → %s', (code, status) => {
    const answer = file([formatRecord(EMPLOYER_HEADER, { DWTYDM: DEMO_ENTERPRISE_USCC, DJZT: code })]);
    const record = foundRecord(mapEmployerContributions(answer, DEMO_ENTERPRISE_USCC));
    expect(record).toEqual({ uscc: DEMO_ENTERPRISE_USCC, registrationStatus: status, insurances: [] });
    expect(schemaErrors('social-security', 'employer-contributions', record)).toBe('');
  });

  test('an unknown insurance code keeps only its code and fails the schema', () => {
    const record = foundRecord(mapInsuranceRecord(file([header(), insurance({ XZLX: '999', CBZT: '1' })]), DEMO_CITIZEN_ID));
    expect(record.insurances).toEqual([{ code: '999', status: 'contributing' }]);
    expect(schemaErrors('social-security', 'insurance-record', record)).not.toBe('');
  });
});

describe('social-security mapping: missing and malformed answers', () => {
  test('blank fields are absent: a header with only the id number', () => {
    const record = foundRecord(mapInsuranceRecord(file([header()]), DEMO_CITIZEN_ID));
    expect(record).toEqual({ idNumber: DEMO_CITIZEN_ID, insurances: [] });
    expect(schemaErrors('social-security', 'insurance-record', record)).toBe('');
  });

  test('amounts are whole fen', () => {
    const record = foundRecord(mapInsuranceRecord(file([header({ JFJS: '850000', LJJFYS: '120', YYLJ: '0' })]), DEMO_CITIZEN_ID));
    expect(record).toMatchObject({ contributionBaseFen: 850_000, contributionMonths: 120, monthlyPensionFen: 0 });
  });

  test.each([
    ['garbage', { status: 200, body: 'Internal error' }],
    ['a truncated answer', { status: 200, body: personAnswer(DEMO_CITIZEN_ID).body.slice(0, 180) }],
    ['a trailer that counts wrong', { status: 200, body: `${header()}\r\n${formatRecord(TRAILER, { JLS: '5' })}\r\n` }],
    ['a missing trailer', { status: 200, body: `${header()}\r\n${insurance({ XZLX: '110' })}\r\n` }],
    ['an employer answer to a person question', employerAnswer(DEMO_ENTERPRISE_USCC)],
    ['an answer about another person', personAnswer(DEMO_FAMILY.son)],
    ['a bare 404 (wrong path)', { status: 404, body: 'E404 NO SUCH SERVICE' }],
    ['a 400', { status: 400, body: '' }],
  ])('%s is a non-retriable error', (_name, answer) => {
    expect(nativeError(() => mapInsuranceRecord(answer, DEMO_CITIZEN_ID)).retriable).toBe(false);
  });
});

describe('social-security adapter', () => {
  test('asks by id number or USCC with the request id as 流水号; 404 99000000 is not-found', async () => {
    const seen: NativeRequest[] = [];
    const simulator = createSocialSecuritySimulator({ latencyMs: 0 });
    const adapter = createSocialSecurityAdapter({ handle: (request, signal) => (seen.push(request), simulator.handle(request, signal)) });
    expect(await adapter.lookup({ recordType: 'insurance-record', subject: { idNumber: UNKNOWN_CITIZEN_ID }, requestId: 'r-1' })).toEqual({ kind: 'not-found' });
    expect((await adapter.lookup({ recordType: 'employer-contributions', subject: { uscc: DEMO_ENTERPRISE_USCC }, requestId: 'r-2' })).kind).toBe('found');
    expect(seen).toEqual([
      { method: 'GET', path: '/si/grcbxx', query: { zjhm: UNKNOWN_CITIZEN_ID, lsh: 'r-1' } },
      { method: 'GET', path: '/si/dwcbxx', query: { tyshxydm: DEMO_ENTERPRISE_USCC, lsh: 'r-2' } },
    ]);
  });
});
