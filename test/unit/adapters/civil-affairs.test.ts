import { createCivilAffairsAdapter } from '../../../adapters/civil-affairs/adapter';
import type { NativeRequest } from '../../../adapters/kit/native-system';
import { ALLOWANCE_STATUS_CODES, MARITAL_STATUS_CODES, REGISTRATION_KIND_CODES } from '../../../adapters/civil-affairs/codes';
import { CsvSyntaxError, parseCsv, writeCsv } from '../../../adapters/civil-affairs/csv';
import { mapCivilStatus } from '../../../adapters/civil-affairs/mapping';
import { answerCivilAffairs, createCivilAffairsSimulator, maritalStatus } from '../../../adapters/civil-affairs/simulator';
import { DEMO_FAMILY } from '../../../adapters/simulation/demo-data';
import { DEMO_CITIZEN_ID, UNKNOWN_CITIZEN_ID } from '../../../adapters/simulation/demo-subjects';
import { defaultPopulation } from '../../../adapters/simulation/population';
import { foundRecord, nativeError, schemaErrors } from './record-schemas';

const population = defaultPopulation();

function simulatorCsv(id: string, corrupt = false): string {
  const response = answerCivilAffairs(population, { method: 'GET', path: '/mzyw/rycx', query: { sfzjhm: id, ywlsh: 'c-1' } }, corrupt);
  expect(response.status).toBe(200);
  return response.body;
}

const HUSBAND = DEMO_FAMILY.husband;
const status = (code: string, since = '2001-05-01'): string[] => ['HYZK', DEMO_CITIZEN_ID, '王秀英', code, MARITAL_STATUS_CODES[code] ?? '', since];
const marriage = (kind: string, date = '2001-05-01'): string[] => ['HYDJ', kind, '', date, '北京市朝阳区民政局婚姻登记处', `J110105-${date.slice(0, 4)}-000123`, HUSBAND, '李振华', DEMO_CITIZEN_ID, '王秀英'];

/** A hand-written answer with a correct trailer. */
function answer(...records: string[][]): string {
  return writeCsv([...records, ['JSHJ', String(records.length)]]);
}

describe('CSV', () => {
  test('quotes what needs quoting and reads it back', () => {
    const records = [['a', 'b,c', 'say "hi"', 'line\nbreak', ' padded ', ''], ['中文']];
    const text = writeCsv(records);
    expect(text).toBe('a,"b,c","say ""hi""","line\nbreak"," padded ",\r\n中文\r\n');
    expect(parseCsv(text)).toEqual(records);
    expect(parseCsv('x,y\ny,z')).toEqual([['x', 'y'], ['y', 'z']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('a,\r\n')).toEqual([['a', '']]);
    expect(parseCsv('""\r\n')).toEqual([['']]);
  });

  test.each([
    ['an unterminated quote', 'a,"b\r\n'],
    ['a quote inside an unquoted field', 'a,b"c\r\n'],
    ['text after a closing quote', 'a,"b"c\r\n'],
  ])('rejects %s', (_name, text) => {
    expect(() => parseCsv(text)).toThrow(CsvSyntaxError);
  });
});

describe('civil-affairs mapping: real simulator answers', () => {
  test('the demo citizen: married since 1973, her husband, a past allowance', () => {
    const record = foundRecord(mapCivilStatus(simulatorCsv(DEMO_CITIZEN_ID), DEMO_CITIZEN_ID));
    expect(schemaErrors('civil-affairs', 'civil-status', record)).toBe('');
    expect(record).toEqual({
      idNumber: DEMO_CITIZEN_ID,
      name: '王秀英',
      maritalStatus: { code: '20', name: '已婚' },
      maritalStatusSince: '1973-05-01',
      currentSpouse: { idNumber: HUSBAND, name: '李振华' },
      marriageRegistrations: [
        { kind: 'marriage', date: '1973-05-01', authority: '北京市朝阳区民政局婚姻登记处', certificateNumber: expect.stringMatching(/^J110105-1973-[0-9]{6}$/) as string, spouseIdNumber: HUSBAND, spouseName: '李振华' },
      ],
      subsistenceAllowance: {
        status: 'terminated',
        certificateNumber: expect.stringMatching(/^DB1101051999[0-9]{4}$/) as string,
        householdSize: 4,
        monthlyAmountFen: expect.any(Number) as number,
        since: '1999-07-01',
        until: '2004-12-31',
      },
    });
  });

  test('her husband sees the same registration from the other side', () => {
    const wife = foundRecord(mapCivilStatus(simulatorCsv(DEMO_CITIZEN_ID), DEMO_CITIZEN_ID));
    const husband = foundRecord(mapCivilStatus(simulatorCsv(HUSBAND), HUSBAND));
    const [wifeRegistration] = wife.marriageRegistrations as Record<string, unknown>[];
    const [husbandRegistration] = husband.marriageRegistrations as Record<string, unknown>[];
    expect(husbandRegistration).toEqual({ ...wifeRegistration, spouseIdNumber: DEMO_CITIZEN_ID, spouseName: '王秀英' });
    expect(husband.subsistenceAllowance).toEqual(wife.subsistenceAllowance);
  });

  test('everybody maps to a valid record whose status agrees with the population', () => {
    const seen = new Set<string>();
    for (const person of population.persons) {
      const record = foundRecord(mapCivilStatus(simulatorCsv(person.idNumber), person.idNumber));
      expect([person.idNumber, schemaErrors('civil-affairs', 'civil-status', record)]).toEqual([person.idNumber, '']);
      const code = (record.maritalStatus as { code: string }).code;
      expect(code).toBe(maritalStatus(person).code);
      seen.add(code);
    }
    // The population exercises the whole GB/T 2261.2 table the simulator uses.
    expect([...seen].sort()).toEqual(['10', '20', '21', '22', '23', '30', '40', '90']);
    expect(mapCivilStatus(simulatorCsv(UNKNOWN_CITIZEN_ID), UNKNOWN_CITIZEN_ID)).toEqual({ kind: 'not-found' });
  });

  test('corrupt answers are passed through unrepaired', () => {
    const record = foundRecord(mapCivilStatus(simulatorCsv(DEMO_CITIZEN_ID, true), DEMO_CITIZEN_ID));
    expect(record.maritalStatus).toEqual({ code: '25' });
    expect(schemaErrors('civil-affairs', 'civil-status', record)).toMatch(/maritalStatus/);
  });
});

describe('civil-affairs mapping: code tables', () => {
  test.each(Object.entries(MARITAL_STATUS_CODES))('婚姻状况 %s → %s', (code, name) => {
    const record = foundRecord(mapCivilStatus(answer(status(code)), DEMO_CITIZEN_ID));
    expect(record.maritalStatus).toEqual({ code, name });
    expect(schemaErrors('civil-affairs', 'civil-status', record)).toBe('');
  });

  test.each(Object.entries(REGISTRATION_KIND_CODES))('业务类型 %s → %s', (code, kind) => {
    const record = foundRecord(mapCivilStatus(answer(status('21'), marriage(code)), DEMO_CITIZEN_ID));
    expect((record.marriageRegistrations as { kind: string }[])[0]!.kind).toBe(kind);
    expect(schemaErrors('civil-affairs', 'civil-status', record)).toBe('');
  });

  test.each(Object.entries(ALLOWANCE_STATUS_CODES))('低保状态 %s → %s', (code, allowance) => {
    const record = foundRecord(mapCivilStatus(answer(status('10', ''), ['DBXX', code, '', 'DB11010520200001', '3', '1234.50', '2020-01-01', '']), DEMO_CITIZEN_ID));
    expect(record.subsistenceAllowance).toEqual({ status: allowance, certificateNumber: 'DB11010520200001', householdSize: 3, monthlyAmountFen: 123_450, since: '2020-01-01' });
    expect(schemaErrors('civil-affairs', 'civil-status', record)).toBe('');
  });

  test('the current spouse is named only while married', () => {
    expect(foundRecord(mapCivilStatus(answer(status('21'), marriage('1')), DEMO_CITIZEN_ID)).currentSpouse).toEqual({ idNumber: HUSBAND, name: '李振华' });
    expect(foundRecord(mapCivilStatus(answer(status('40', '2010-01-01'), marriage('1'), marriage('2', '2010-01-01')), DEMO_CITIZEN_ID)).currentSpouse).toBeUndefined();
    expect(foundRecord(mapCivilStatus(answer(status('30'), marriage('1')), DEMO_CITIZEN_ID)).currentSpouse).toBeUndefined();
  });

  test('unknown codes are passed through and fail the schema', () => {
    const record = foundRecord(mapCivilStatus(answer(status('99'), marriage('7'), ['DBXX', '9', '', '', '', '', '', '']), DEMO_CITIZEN_ID));
    expect(record).toMatchObject({ maritalStatus: { code: '99' }, marriageRegistrations: [expect.objectContaining({ kind: '7' })], subsistenceAllowance: { status: '9' } });
    expect(schemaErrors('civil-affairs', 'civil-status', record)).not.toBe('');
  });
});

describe('civil-affairs mapping: missing and malformed answers', () => {
  test('empty fields are absent', () => {
    const record = foundRecord(mapCivilStatus(answer(['HYZK', DEMO_CITIZEN_ID, '', '', '', '']), DEMO_CITIZEN_ID));
    expect(record).toEqual({ idNumber: DEMO_CITIZEN_ID, marriageRegistrations: [] });
    expect(schemaErrors('civil-affairs', 'civil-status', record)).toBe('');
  });

  test('quoted fields are read like any other', () => {
    const registration = marriage('1');
    registration[4] = '北京市朝阳区民政局婚姻登记处, "涉外"窗口';
    const record = foundRecord(mapCivilStatus(answer(status('21'), registration), DEMO_CITIZEN_ID));
    expect((record.marriageRegistrations as { authority: string }[])[0]!.authority).toBe('北京市朝阳区民政局婚姻登记处, "涉外"窗口');
  });

  test('unknown record kinds are skipped (the department may add some)', () => {
    expect(mapCivilStatus(answer(status('10', ''), ['TKGY', 'x']), DEMO_CITIZEN_ID)).toEqual(mapCivilStatus(answer(status('10', '')), DEMO_CITIZEN_ID));
  });

  test('error records: E404 not found, E403 refused, E503 retriable, others not', () => {
    expect(mapCivilStatus(writeCsv([['CWXX', 'E404', '无']]), DEMO_CITIZEN_ID)).toEqual({ kind: 'not-found' });
    expect(mapCivilStatus(writeCsv([['CWXX', 'E403', '信息已封存']]), DEMO_CITIZEN_ID)).toEqual({ kind: 'refused', reason: '信息已封存' });
    expect(nativeError(() => mapCivilStatus(writeCsv([['CWXX', 'E503', '忙']]), DEMO_CITIZEN_ID)).retriable).toBe(true);
    expect(nativeError(() => mapCivilStatus(writeCsv([['CWXX', 'E400', '参数错误']]), DEMO_CITIZEN_ID)).retriable).toBe(false);
  });

  test.each([
    ['an empty answer', ''],
    ['garbage', '<html>error</html>'],
    ['a truncated answer', simulatorCsv(DEMO_CITIZEN_ID).split('\r\n').slice(0, 2).join('\r\n')],
    ['a wrong trailer count', writeCsv([status('10'), ['JSHJ', '5']])],
    ['no HYZK record', answer(marriage('1'))],
    ['two HYZK records', answer(status('10'), status('10'))],
    ['two DBXX records', answer(status('10'), ['DBXX', '1', '', '', '', '', '', ''], ['DBXX', '1', '', '', '', '', '', ''])],
    ['a record with too few fields', answer(status('10'), ['HYDJ', '1'])],
    ['a registration the person is not part of', answer(status('21'), ['HYDJ', '1', '', '2001-05-01', 'x', 'J110105-2001-000001', '110105194703150111', '李振华', '110105197804220261', '某人'])],
    ['an answer about someone else', simulatorCsv(DEMO_FAMILY.son)],
    ['a broken quote', 'HYZK,"1\r\n'],
  ])('%s is a non-retriable error', (_name, text) => {
    expect(nativeError(() => mapCivilStatus(text, DEMO_CITIZEN_ID)).retriable).toBe(false);
  });
});

describe('civil-affairs adapter', () => {
  test('asks by id number with the request id as 业务流水号', async () => {
    const seen: NativeRequest[] = [];
    const simulator = createCivilAffairsSimulator({ latencyMs: 0 });
    const adapter = createCivilAffairsAdapter({ handle: (request, signal) => (seen.push(request), simulator.handle(request, signal)) });
    expect((await adapter.lookup({ recordType: 'civil-status', subject: { idNumber: DEMO_CITIZEN_ID }, requestId: 'r-3' })).kind).toBe('found');
    expect(seen).toEqual([{ method: 'GET', path: '/mzyw/rycx', query: { sfzjhm: DEMO_CITIZEN_ID, ywlsh: 'r-3' } }]);
  });

  test('an HTTP 404 is a wrong path, never a missing person', async () => {
    const adapter = createCivilAffairsAdapter({ handle: async () => ({ status: 404, contentType: 'text/csv', body: 'CWXX,E400,接口不存在' }) });
    await expect(adapter.lookup({ recordType: 'civil-status', subject: { idNumber: DEMO_CITIZEN_ID }, requestId: 'r' })).rejects.toMatchObject({ retriable: false });
  });
});
