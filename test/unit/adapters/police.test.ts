import type { NativeRequest } from '../../../adapters/kit/native-system';
import { createPoliceAdapter } from '../../../adapters/police/adapter';
import { ETHNICITY_CODES, HOUSEHOLD_TYPE_CODES, MIGRATION_DIRECTION_CODES, RELATION_CODES, SEX_CODES, STATUS_TEXTS, VERIFICATION_CODES } from '../../../adapters/police/codes';
import { HukouFormatError, parseHukouText, writeHukouText, type HukouDocument } from '../../../adapters/police/hukou-text';
import { mapHouseholdRegister, mapLegalRepresentative } from '../../../adapters/police/mapping';
import { answerPolice, createPoliceSimulator, FDDBR_COLUMNS, policeFacts, RK_COLUMNS } from '../../../adapters/police/simulator';
import { DEMO_FAMILY } from '../../../adapters/simulation/demo-data';
import { DEMO_CITIZEN_ID, DEMO_ENTERPRISE_USCC, UNKNOWN_CITIZEN_ID } from '../../../adapters/simulation/demo-subjects';
import { defaultPopulation } from '../../../adapters/simulation/population';
import { foundRecord, nativeError, schemaErrors } from './record-schemas';

const population = defaultPopulation();

function simulatorText(path: string, query: Record<string, string>, corrupt = false): string {
  const response = answerPolice(population, { method: 'GET', path, query }, corrupt);
  expect(response.status).toBe(200);
  return response.body;
}

const householdText = (id: string, corrupt = false): string => simulatorText('/rkxx/query', { gmsfhm: id, cxbh: 'q-1' }, corrupt);

const BASE_ROW: Readonly<Record<string, string>> = {
  GMSFHM: DEMO_CITIZEN_ID,
  XM: '王秀英',
  XB: '2',
  CSRQ: '19491231',
  HH: '105012731',
  YHZGX: '02',
  HJDZ: '北京市朝阳区建外街道光华路7号院2号楼3单元402室',
  RYZT: '正常',
};

/** A hand-written answer with one person row and the given columns. */
function handWritten(row: Readonly<Record<string, string>>, columns: readonly string[] = Object.keys(row), extra: HukouDocument['sections'] = {}): string {
  return writeHukouText({ code: '0000', message: '查询成功', queryId: 'q-1', sections: { RK: { columns, rows: [row] }, ...extra } });
}

const mapOne = (row: Readonly<Record<string, string>>, columns?: readonly string[]) => foundRecord(mapHouseholdRegister(handWritten(row, columns), DEMO_CITIZEN_ID));

describe('hukou-text', () => {
  const document: HukouDocument = {
    code: '0000',
    message: '查询成功',
    queryId: 'abc',
    sections: { RK: { columns: ['GMSFHM', 'XM'], rows: [{ GMSFHM: '1', XM: 'a|b' }, { GMSFHM: '2', XM: '' }] }, QY: { columns: ['GMSFHM'], rows: [] } },
  };

  test('writes and reads back a document (a stray "|" becomes "｜")', () => {
    const text = writeHukouText(document);
    expect(text).toBe('RESULT|0000|查询成功|abc\r\n[RK]\r\nGMSFHM|XM\r\n1|a｜b\r\n2|\r\n[QY]\r\nGMSFHM\r\nEND|2\r\n');
    expect(parseHukouText(text)).toEqual({ ...document, sections: { ...document.sections, RK: { columns: ['GMSFHM', 'XM'], rows: [{ GMSFHM: '1', XM: 'a｜b' }, { GMSFHM: '2', XM: '' }] } } });
    expect(parseHukouText(text.replace(/\r\n/g, '\n')).sections.RK?.rows).toHaveLength(2);
  });

  test.each([
    ['an empty answer', ''],
    ['no RESULT line', 'HELLO\r\nEND|0\r\n'],
    ['a short RESULT line', 'RESULT|0000\r\nEND|0\r\n'],
    ['a non-numeric code', 'RESULT|OK|x|y\r\nEND|0\r\n'],
    ['no END line (truncated)', 'RESULT|0000|x|y\r\n[RK]\r\nA|B\r\n1|2\r\n'],
    ['an END count that does not match', 'RESULT|0000|x|y\r\n[RK]\r\nA|B\r\n1|2\r\nEND|2\r\n'],
    ['content after END', 'RESULT|0000|x|y\r\nEND|0\r\nmore\r\n'],
    ['a row with too few fields', 'RESULT|0000|x|y\r\n[RK]\r\nA|B\r\n1\r\nEND|1\r\n'],
    ['a row before any section', 'RESULT|0000|x|y\r\n1|2\r\nEND|1\r\n'],
    ['a section twice', 'RESULT|0000|x|y\r\n[RK]\r\nA\r\n[RK]\r\nA\r\nEND|0\r\n'],
    ['a bad column line', 'RESULT|0000|x|y\r\n[RK]\r\nA|a b\r\nEND|0\r\n'],
    ['a repeated column', 'RESULT|0000|x|y\r\n[RK]\r\nA|A\r\nEND|0\r\n'],
    ['a section without a column line', 'RESULT|0000|x|y\r\n[RK]'],
  ])('rejects %s', (_name, text) => {
    expect(() => parseHukouText(text)).toThrow(HukouFormatError);
  });
});

describe('police mapping: real simulator answers', () => {
  test('the demo citizen: full household register record', () => {
    const record = foundRecord(mapHouseholdRegister(householdText(DEMO_CITIZEN_ID), DEMO_CITIZEN_ID, 'q-1'));
    expect(schemaErrors('police', 'household-register', record)).toBe('');
    expect(record).toMatchObject({
      idNumber: DEMO_CITIZEN_ID,
      name: '王秀英',
      formerName: '王桂英',
      sex: 'female',
      birthDate: '1949-12-31',
      ethnicity: { code: '01', name: '汉族' },
      birthPlace: { regionCode: '110105', name: '北京市朝阳区' },
      householdNumber: '105012731',
      householdType: 'family',
      relationToHead: { code: '02', name: '户主' },
      address: '北京市朝阳区建外街道光华路7号院2号楼3单元402室',
      registrationRegionCode: '110105',
      policeStation: '北京市公安局朝阳分局建外派出所',
      status: 'active',
      migrations: [],
    });
    expect(record.deregisteredOn).toBeUndefined();
    const members = record.householdMembers as { idNumber: string; relationToHead: { name: string } }[];
    expect(members.map((m) => [m.idNumber, m.relationToHead.name])).toEqual([
      [DEMO_FAMILY.husband, '夫'],
      [DEMO_FAMILY.son, '独生子'],
      [DEMO_FAMILY.daughterInLaw, '儿媳'],
      [DEMO_FAMILY.grandson, '孙子'],
    ]);
  });

  test('a household member is looked up in the same household answer; her move is listed', () => {
    const record = foundRecord(mapHouseholdRegister(householdText(DEMO_FAMILY.daughterInLaw), DEMO_FAMILY.daughterInLaw));
    expect(schemaErrors('police', 'household-register', record)).toBe('');
    expect(record.relationToHead).toEqual({ code: '38', name: '儿媳' });
    expect(record.migrations).toEqual([expect.objectContaining({ direction: 'in', regionCode: '350102', place: '福建省福州市鼓楼区', reason: '婚姻迁入' })]);
  });

  test('the deceased and the moved-out carry their status and date', () => {
    const dead = population.persons.find((p) => p.deathDate !== undefined)!;
    const deadRecord = foundRecord(mapHouseholdRegister(householdText(dead.idNumber), dead.idNumber));
    expect(deadRecord).toMatchObject({ status: 'deceased', deregisteredOn: dead.deathDate });
    const movedOut = population.persons.find((p) => policeFacts(p, population.household(p.householdNumber)!).status === '迁出注销')!;
    const movedRecord = foundRecord(mapHouseholdRegister(householdText(movedOut.idNumber), movedOut.idNumber));
    expect(movedRecord.status).toBe('moved-out');
    expect(movedRecord.migrations).toEqual(expect.arrayContaining([expect.objectContaining({ direction: 'out' })]));
    expect(schemaErrors('police', 'household-register', deadRecord)).toBe('');
    expect(schemaErrors('police', 'household-register', movedRecord)).toBe('');
  });

  test('every person of a sample of households maps to a valid record', () => {
    for (const household of population.households.slice(0, 60)) {
      for (const id of household.memberIds) {
        const record = foundRecord(mapHouseholdRegister(householdText(id), id));
        expect([id, schemaErrors('police', 'household-register', record)]).toEqual([id, '']);
      }
    }
  });

  test('the legal representative of the demo enterprise is the demo citizen, verified', () => {
    const text = simulatorText('/rkxx/fddbr', { tyshxydm: DEMO_ENTERPRISE_USCC, cxbh: 'q-2' });
    const record = foundRecord(mapLegalRepresentative(text, DEMO_ENTERPRISE_USCC, 'q-2'));
    expect(schemaErrors('police', 'legal-representative', record)).toBe('');
    expect(record).toEqual({
      uscc: DEMO_ENTERPRISE_USCC,
      enterpriseName: '福州闽江数据服务有限公司',
      representativeIdNumber: DEMO_CITIZEN_ID,
      representativeName: '王秀英',
      representativeSex: 'female',
      representativeBirthDate: '1949-12-31',
      verificationResult: 'consistent',
      householdStatus: 'active',
      registrationRegionCode: '110105',
      policeStation: '北京市公安局朝阳分局建外派出所',
    });
  });

  test('unknown subjects: RESULT 0404 is not-found', () => {
    expect(mapHouseholdRegister(householdText(UNKNOWN_CITIZEN_ID), UNKNOWN_CITIZEN_ID)).toEqual({ kind: 'not-found' });
    const text = simulatorText('/rkxx/fddbr', { tyshxydm: '91440300MA5GUNKN2J' });
    expect(mapLegalRepresentative(text, '91440300MA5GUNKN2J')).toEqual({ kind: 'not-found' });
  });

  test('corrupt answers are passed through unrepaired', () => {
    const record = foundRecord(mapHouseholdRegister(householdText(DEMO_CITIZEN_ID, true), DEMO_CITIZEN_ID));
    expect(record.birthDate).toBe('1949-13-32');
    expect(schemaErrors('police', 'household-register', record)).toMatch(/birthDate/);
  });
});

describe('police mapping: code tables', () => {
  test.each(Object.entries(SEX_CODES))('XB %s → %s', (code, sex) => {
    const record = mapOne({ ...BASE_ROW, XB: code });
    expect(record.sex).toBe(sex);
    expect(schemaErrors('police', 'household-register', record)).toBe('');
  });

  test.each(Object.entries(ETHNICITY_CODES))('MZ %s → %s', (code, name) => {
    const record = mapOne({ ...BASE_ROW, MZ: code });
    expect(record.ethnicity).toEqual({ code, name });
    expect(schemaErrors('police', 'household-register', record)).toBe('');
  });

  test.each(Object.entries(RELATION_CODES))('YHZGX %s → %s', (code, name) => {
    const record = mapOne({ ...BASE_ROW, YHZGX: code });
    expect(record.relationToHead).toEqual({ code, name });
    expect(schemaErrors('police', 'household-register', record)).toBe('');
  });

  test.each(Object.entries(STATUS_TEXTS))('RYZT %s → %s', (text, status) => {
    const record = mapOne({ ...BASE_ROW, RYZT: text, ZXRQ: text === '正常' ? '' : '20200101' });
    expect(record.status).toBe(status);
    expect(schemaErrors('police', 'household-register', record)).toBe('');
  });

  test.each(Object.entries(HOUSEHOLD_TYPE_CODES))('HLX %s → %s', (code, type) => {
    expect(mapOne({ ...BASE_ROW, HLX: code }).householdType).toBe(type);
  });

  test.each(Object.entries(MIGRATION_DIRECTION_CODES))('QYLB %s → %s', (code, direction) => {
    const text = handWritten(BASE_ROW, Object.keys(BASE_ROW), {
      QY: { columns: ['GMSFHM', 'QYLB', 'QYRQ', 'QYDQDM', 'QYDQ', 'QYYY'], rows: [{ GMSFHM: DEMO_CITIZEN_ID, QYLB: code, QYRQ: '19900101', QYDQDM: '350102', QYDQ: '福建省福州市鼓楼区', QYYY: '工作调动' }] },
    });
    const record = foundRecord(mapHouseholdRegister(text, DEMO_CITIZEN_ID));
    expect(record.migrations).toEqual([{ date: '1990-01-01', direction, regionCode: '350102', place: '福建省福州市鼓楼区', reason: '工作调动' }]);
    expect(schemaErrors('police', 'household-register', record)).toBe('');
  });

  test.each(Object.entries(VERIFICATION_CODES))('HYJG %s → %s', (code, result) => {
    const text = writeHukouText({
      code: '0000',
      message: '',
      queryId: '',
      sections: { FDDBR: { columns: FDDBR_COLUMNS, rows: [{ TYSHXYDM: DEMO_ENTERPRISE_USCC, QYMC: '福州闽江数据服务有限公司', GMSFHM: DEMO_CITIZEN_ID, HYJG: code }] } },
    });
    const record = foundRecord(mapLegalRepresentative(text, DEMO_ENTERPRISE_USCC));
    expect(record).toEqual({ uscc: DEMO_ENTERPRISE_USCC, enterpriseName: '福州闽江数据服务有限公司', representativeIdNumber: DEMO_CITIZEN_ID, verificationResult: result });
    expect(schemaErrors('police', 'legal-representative', record)).toBe('');
  });

  test('unknown codes are passed through and fail the schema', () => {
    const record = mapOne({ ...BASE_ROW, XB: '3', MZ: '77', YHZGX: '98', RYZT: '失踪' });
    expect(record).toMatchObject({ sex: '3', ethnicity: { code: '77' }, relationToHead: { code: '98' }, status: '失踪' });
    expect(schemaErrors('police', 'household-register', record)).not.toBe('');
  });
});

describe('police mapping: missing and malformed answers', () => {
  test('only the required columns: optional fields are simply absent', () => {
    const record = mapOne(BASE_ROW);
    expect(record).toEqual({
      idNumber: DEMO_CITIZEN_ID,
      name: '王秀英',
      sex: 'female',
      birthDate: '1949-12-31',
      householdNumber: '105012731',
      relationToHead: { code: '02', name: '户主' },
      address: BASE_ROW.HJDZ,
      status: 'active',
      householdMembers: [],
      migrations: [],
    });
    expect(schemaErrors('police', 'household-register', record)).toBe('');
  });

  test('empty optional fields are absent, not empty strings', () => {
    const row = Object.fromEntries(RK_COLUMNS.map((c) => [c, BASE_ROW[c] ?? '']));
    const record = mapOne(row, RK_COLUMNS);
    expect(Object.values(record)).not.toContain('');
    expect(record.formerName).toBeUndefined();
  });

  test('columns are read by name, in any order', () => {
    const columns = [...Object.keys(BASE_ROW)].reverse();
    expect(mapOne(BASE_ROW, columns)).toEqual(mapOne(BASE_ROW));
  });

  test.each([
    ['garbage', '<html>502 Bad Gateway</html>'],
    ['a truncated answer', householdText(DEMO_CITIZEN_ID).slice(0, 200)],
    ['no [RK] section', writeHukouText({ code: '0000', message: '', queryId: '', sections: {} })],
    ['a required column missing', handWritten({ GMSFHM: DEMO_CITIZEN_ID, XM: '王秀英' })],
    ['an answer about someone else', householdText(population.persons[40]!.idNumber)],
  ])('%s is a non-retriable error', (_name, text) => {
    const error = nativeError(() => mapHouseholdRegister(text, DEMO_CITIZEN_ID));
    expect(error.retriable).toBe(false);
  });

  test('an answer to another query id is rejected', () => {
    expect(nativeError(() => mapHouseholdRegister(householdText(DEMO_CITIZEN_ID), DEMO_CITIZEN_ID, 'q-other')).retriable).toBe(false);
  });

  test('result codes: 0403 refused with the reason, 0503 retriable, others not retriable', () => {
    const withCode = (code: string, message: string): string => writeHukouText({ code, message, queryId: '', sections: {} });
    expect(mapHouseholdRegister(withCode('0403', '该人员信息已加密'), DEMO_CITIZEN_ID)).toEqual({ kind: 'refused', reason: '该人员信息已加密' });
    expect(nativeError(() => mapHouseholdRegister(withCode('0503', '系统忙'), DEMO_CITIZEN_ID)).retriable).toBe(true);
    expect(nativeError(() => mapHouseholdRegister(withCode('0400', '参数错误'), DEMO_CITIZEN_ID)).retriable).toBe(false);
  });
});

describe('police adapter', () => {
  test('asks the query service with the id number and the request id as query number', async () => {
    const seen: NativeRequest[] = [];
    const simulator = createPoliceSimulator({ latencyMs: 0 });
    const adapter = createPoliceAdapter({ handle: (request, signal) => (seen.push(request), simulator.handle(request, signal)) });
    await adapter.lookup({ recordType: 'household-register', subject: { idNumber: DEMO_CITIZEN_ID }, requestId: 'r-9' });
    await adapter.lookup({ recordType: 'legal-representative', subject: { uscc: DEMO_ENTERPRISE_USCC }, requestId: 'r-10' });
    expect(seen).toEqual([
      { method: 'GET', path: '/rkxx/query', query: { gmsfhm: DEMO_CITIZEN_ID, cxbh: 'r-9' } },
      { method: 'GET', path: '/rkxx/fddbr', query: { tyshxydm: DEMO_ENTERPRISE_USCC, cxbh: 'r-10' } },
    ]);
  });

  test('an HTTP 404 is a wrong path, never a missing person', async () => {
    const adapter = createPoliceAdapter({ handle: async () => ({ status: 404, contentType: 'text/plain', body: 'no such service' }) });
    await expect(adapter.lookup({ recordType: 'household-register', subject: { idNumber: DEMO_CITIZEN_ID }, requestId: 'r' })).rejects.toMatchObject({ retriable: false });
  });
});
