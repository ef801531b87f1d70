import { createCommerceAdapter } from '../../../adapters/commerce/adapter';
import type { NativeRequest } from '../../../adapters/kit/native-system';
import { classifyEnterpriseType, CURRENCY_WORDS, ROLE_TEXTS, SHAREHOLDER_KIND_TEXTS, STATUS_TEXTS } from '../../../adapters/commerce/codes';
import { isoFromChineseDate, mapBusinessLicence, mapEnterpriseRoles, moneyFromText, type CommerceAnswer } from '../../../adapters/commerce/mapping';
import { answerCommerce, createCommerceSimulator } from '../../../adapters/commerce/simulator';
import { DEMO_FAMILY } from '../../../adapters/simulation/demo-data';
import { DEMO_CITIZEN_ID, DEMO_ENTERPRISE_USCC, UNKNOWN_CITIZEN_ID, UNKNOWN_ENTERPRISE_USCC } from '../../../adapters/simulation/demo-subjects';
import { defaultPopulation } from '../../../adapters/simulation/population';
import { foundRecord, nativeError, schemaErrors } from './record-schemas';

const population = defaultPopulation();

function licenceAnswer(uscc: string, corrupt = false): CommerceAnswer {
  return answerCommerce(population, { method: 'GET', path: '/api/v2/qydj/jbxx', query: { tyshxydm: uscc, qqlsh: 'r-1' } }, corrupt);
}

function rolesAnswer(id: string, corrupt = false): CommerceAnswer {
  return answerCommerce(population, { method: 'GET', path: '/api/v2/qydj/rzxx', query: { zjhm: id, qqlsh: 'r-2' } }, corrupt);
}

const ok = (data: Record<string, unknown>): CommerceAnswer => ({ status: 200, body: JSON.stringify({ 返回码: '0000', 返回信息: '查询成功', 数据: data }) });

const MINIMAL_LICENCE = { 统一社会信用代码: DEMO_ENTERPRISE_USCC };
const MINIMAL_PERSON = { 证件号码: DEMO_CITIZEN_ID };

describe('commerce value translations', () => {
  test('Chinese dates', () => {
    expect(isoFromChineseDate('2016年03月18日')).toBe('2016-03-18');
    expect(isoFromChineseDate('2016年3月8日')).toBe('2016-03-08');
    expect(isoFromChineseDate('2016年13月32日')).toBe('2016-13-32');
    expect(isoFromChineseDate('长期')).toBe('长期');
  });

  test('money in 万 and in yuan, in every known currency', () => {
    expect(moneyFromText('1000.000000万人民币')).toEqual({ amount: 1_000_000_000, currency: 'CNY' });
    expect(moneyFromText('0.000100万人民币')).toEqual({ amount: 100, currency: 'CNY' });
    expect(moneyFromText('50万元人民币')).toEqual({ amount: 50_000_000, currency: 'CNY' });
    expect(moneyFromText('3000万')).toEqual({ amount: 3_000_000_000, currency: 'CNY' });
    expect(moneyFromText('12345.67元')).toEqual({ amount: 1_234_567, currency: 'CNY' });
    for (const [word, currency] of Object.entries(CURRENCY_WORDS)) expect(moneyFromText(`50.5万${word}`)).toEqual({ amount: 50_500_000, currency });
    expect(moneyFromText('一千万')).toBe('一千万');
    expect(moneyFromText('50万日元')).toBe('50万日元');
    expect(moneyFromText('1.5555元')).toBe('1.5555元');
  });

  test('enterprise types are classified from the registered text', () => {
    expect(classifyEnterpriseType('有限责任公司(自然人投资或控股)')).toBe('limited-liability');
    expect(classifyEnterpriseType('有限责任公司(自然人独资)')).toBe('limited-liability');
    expect(classifyEnterpriseType('股份有限公司(非上市、自然人投资或控股)')).toBe('joint-stock');
    expect(classifyEnterpriseType('有限责任公司(台港澳法人独资)')).toBe('foreign-invested');
    expect(classifyEnterpriseType('个人独资企业')).toBe('sole-proprietorship');
    expect(classifyEnterpriseType('有限合伙企业')).toBe('partnership');
    expect(classifyEnterpriseType('个体工商户')).toBe('individual-business');
    expect(classifyEnterpriseType('农民专业合作社')).toBe('farmer-cooperative');
    expect(classifyEnterpriseType('全民所有制')).toBe('other');
  });
});

describe('commerce mapping: real simulator answers', () => {
  test('the demo enterprise: full business licence', () => {
    const record = foundRecord(mapBusinessLicence(licenceAnswer(DEMO_ENTERPRISE_USCC), DEMO_ENTERPRISE_USCC, 'r-1'));
    expect(schemaErrors('commerce', 'business-licence', record)).toBe('');
    expect(record).toMatchObject({
      uscc: DEMO_ENTERPRISE_USCC,
      name: '福州闽江数据服务有限公司',
      enterpriseType: 'limited-liability',
      enterpriseTypeText: '有限责任公司(自然人投资或控股)',
      legalRepresentative: '王秀英',
      legalRepresentativeIdNumber: DEMO_CITIZEN_ID,
      registeredCapital: { amount: 1_000_000_000, currency: 'CNY' },
      establishedOn: '2016-03-18',
      operatingPeriod: { from: '2016-03-18' },
      address: '福建省福州市鼓楼区五四路158号环球广场18层1801室',
      registrationAuthority: '福州市市场监督管理局',
      approvedOn: '2023-11-06',
      status: 'active',
    });
    expect(record.statusChangedOn).toBeUndefined();
    expect(record.shareholders).toEqual([
      { name: '王秀英', kind: 'person', idNumber: DEMO_CITIZEN_ID, subscribedCapital: { amount: 600_000_000, currency: 'CNY' }, subscribedBy: '2036-03-18' },
      { name: '李卫东', kind: 'person', idNumber: DEMO_FAMILY.son, subscribedCapital: { amount: 400_000_000, currency: 'CNY' }, subscribedBy: '2036-03-18' },
    ]);
  });

  test('every enterprise maps to a valid licence', () => {
    for (const enterprise of population.enterprises) {
      const record = foundRecord(mapBusinessLicence(licenceAnswer(enterprise.uscc), enterprise.uscc));
      expect([enterprise.uscc, schemaErrors('commerce', 'business-licence', record)]).toEqual([enterprise.uscc, '']);
      expect(record.status).toBe(enterprise.status);
      if (enterprise.status !== 'active') expect(record.statusChangedOn).toBe(enterprise.statusDate);
      if (enterprise.operatingUntil !== undefined) expect(record.operatingPeriod).toEqual({ from: enterprise.establishedOn, to: enterprise.operatingUntil });
    }
  });

  test('the demo citizen: legal representative and shareholder of the demo enterprise, in one entry', () => {
    const record = foundRecord(mapEnterpriseRoles(rolesAnswer(DEMO_CITIZEN_ID), DEMO_CITIZEN_ID, 'r-2'));
    expect(schemaErrors('commerce', 'enterprise-roles', record)).toBe('');
    expect(record).toEqual({
      idNumber: DEMO_CITIZEN_ID,
      name: '王秀英',
      roles: [
        {
          uscc: DEMO_ENTERPRISE_USCC,
          enterpriseName: '福州闽江数据服务有限公司',
          roles: ['legal-representative', 'shareholder'],
          enterpriseStatus: 'active',
          establishedOn: '2016-03-18',
          subscribedCapital: { amount: 600_000_000, currency: 'CNY' },
        },
      ],
    });
  });

  test('a known person without roles has an empty list; an unknown person is not found', () => {
    const grandson = foundRecord(mapEnterpriseRoles(rolesAnswer(DEMO_FAMILY.grandson), DEMO_FAMILY.grandson));
    expect(grandson).toEqual({ idNumber: DEMO_FAMILY.grandson, name: '李浩然', roles: [] });
    expect(mapEnterpriseRoles(rolesAnswer(UNKNOWN_CITIZEN_ID), UNKNOWN_CITIZEN_ID)).toEqual({ kind: 'not-found' });
    expect(mapBusinessLicence(licenceAnswer(UNKNOWN_ENTERPRISE_USCC), UNKNOWN_ENTERPRISE_USCC)).toEqual({ kind: 'not-found' });
  });

  test('corrupt answers are passed through unrepaired', () => {
    const licence = foundRecord(mapBusinessLicence(licenceAnswer(DEMO_ENTERPRISE_USCC, true), DEMO_ENTERPRISE_USCC));
    expect(licence.establishedOn).toBe('2016-13-32');
    expect(schemaErrors('commerce', 'business-licence', licence)).toMatch(/establishedOn/);
    const nobody = foundRecord(mapEnterpriseRoles(rolesAnswer(DEMO_FAMILY.grandson, true), DEMO_FAMILY.grandson));
    expect(nobody.idNumber).toBe('110105050909057');
    expect(schemaErrors('commerce', 'enterprise-roles', nobody)).toMatch(/idNumber/);
  });
});

describe('commerce mapping: code tables', () => {
  test.each(Object.entries(STATUS_TEXTS))('登记状态 %s → %s', (word, status) => {
    const record = foundRecord(mapBusinessLicence(ok({ ...MINIMAL_LICENCE, 登记状态: word }), DEMO_ENTERPRISE_USCC));
    expect(record.status).toBe(status);
    expect(schemaErrors('commerce', 'business-licence', record)).toBe('');
  });

  test.each(Object.entries(ROLE_TEXTS))('任职类型 %s → %s', (word, role) => {
    const answer = ok({ ...MINIMAL_PERSON, 任职信息: [{ 统一社会信用代码: DEMO_ENTERPRISE_USCC, 任职类型: word }] });
    const record = foundRecord(mapEnterpriseRoles(answer, DEMO_CITIZEN_ID));
    expect(record.roles).toEqual([{ uscc: DEMO_ENTERPRISE_USCC, roles: [role] }]);
    expect(schemaErrors('commerce', 'enterprise-roles', record)).toBe('');
  });

  test.each(Object.entries(SHAREHOLDER_KIND_TEXTS))('股东类型 %s → %s', (word, kind) => {
    const identifier = kind === 'person' ? DEMO_CITIZEN_ID : DEMO_ENTERPRISE_USCC;
    const record = foundRecord(mapBusinessLicence(ok({ ...MINIMAL_LICENCE, 股东及出资信息: [{ 股东名称: '某股东', 股东类型: word, 证件号码: identifier }] }), DEMO_ENTERPRISE_USCC));
    expect(record.shareholders).toEqual([{ name: '某股东', kind, ...(kind === 'person' ? { idNumber: identifier } : { uscc: identifier }) }]);
    expect(schemaErrors('commerce', 'business-licence', record)).toBe('');
  });

  test('营业期限至 长期 / 永久 / a date', () => {
    const period = (to: string | undefined) => foundRecord(mapBusinessLicence(ok({ ...MINIMAL_LICENCE, 营业期限自: '2016年03月18日', ...(to === undefined ? {} : { 营业期限至: to }) }), DEMO_ENTERPRISE_USCC)).operatingPeriod;
    expect(period('长期')).toEqual({ from: '2016-03-18' });
    expect(period('永久')).toEqual({ from: '2016-03-18' });
    expect(period(undefined)).toEqual({ from: '2016-03-18' });
    expect(period('2046年03月17日')).toEqual({ from: '2016-03-18', to: '2046-03-17' });
  });

  test('unknown words are passed through and fail the schema', () => {
    const record = foundRecord(mapBusinessLicence(ok({ ...MINIMAL_LICENCE, 登记状态: '歇业', 注册资本: '五百万' }), DEMO_ENTERPRISE_USCC));
    expect(record).toMatchObject({ status: '歇业', registeredCapital: '五百万' });
    expect(schemaErrors('commerce', 'business-licence', record)).not.toBe('');
  });
});

describe('commerce mapping: missing and malformed answers', () => {
  test('a licence with only its code maps to a record with only the code', () => {
    const record = foundRecord(mapBusinessLicence(ok(MINIMAL_LICENCE), DEMO_ENTERPRISE_USCC));
    expect(record).toEqual({ uscc: DEMO_ENTERPRISE_USCC, shareholders: [] });
    expect(schemaErrors('commerce', 'business-licence', record)).toBe('');
  });

  test('empty and null members count as absent; numbers are read as text', () => {
    const record = foundRecord(mapBusinessLicence(ok({ ...MINIMAL_LICENCE, 企业名称: '', 住所: null, 登记机关: 12345 }), DEMO_ENTERPRISE_USCC));
    expect(record).toEqual({ uscc: DEMO_ENTERPRISE_USCC, registrationAuthority: '12345', shareholders: [] });
  });

  test('several roles in one enterprise are merged; roles in several enterprises are kept apart', () => {
    const answer = ok({
      ...MINIMAL_PERSON,
      任职信息: [
        { 统一社会信用代码: 'A1', 企业名称: '甲', 任职类型: '股东', 认缴出资额: '10万人民币' },
        { 统一社会信用代码: 'B2', 企业名称: '乙', 任职类型: '法定代表人' },
        { 统一社会信用代码: 'A1', 企业名称: '甲', 任职类型: '法定代表人' },
        { 统一社会信用代码: 'A1', 企业名称: '甲', 任职类型: '股东' },
      ],
    });
    expect(foundRecord(mapEnterpriseRoles(answer, DEMO_CITIZEN_ID)).roles).toEqual([
      { uscc: 'A1', enterpriseName: '甲', roles: ['shareholder', 'legal-representative'], subscribedCapital: { amount: 10_000_000, currency: 'CNY' } },
      { uscc: 'B2', enterpriseName: '乙', roles: ['legal-representative'] },
    ]);
  });

  test.each([
    ['not JSON', { status: 200, body: '<html>' }],
    ['truncated JSON', { status: 200, body: licenceAnswer(DEMO_ENTERPRISE_USCC).body.slice(0, 100) }],
    ['no 返回码', { status: 200, body: JSON.stringify({ 数据: MINIMAL_LICENCE }) }],
    ['数据 not an object', { status: 200, body: JSON.stringify({ 返回码: '0000', 数据: [] }) }],
    ['a member of the wrong kind', ok({ ...MINIMAL_LICENCE, 股东及出资信息: '王秀英' })],
    ['a shareholder without a name', ok({ ...MINIMAL_LICENCE, 股东及出资信息: [{ 证件号码: DEMO_CITIZEN_ID }] })],
    ['an answer about another enterprise', licenceAnswer(population.enterprises[7]!.uscc)],
  ])('%s is a non-retriable error', (_name, answer) => {
    expect(nativeError(() => mapBusinessLicence(answer, DEMO_ENTERPRISE_USCC)).retriable).toBe(false);
  });

  test('an answer to another request is rejected', () => {
    expect(nativeError(() => mapBusinessLicence(licenceAnswer(DEMO_ENTERPRISE_USCC), DEMO_ENTERPRISE_USCC, 'r-other')).retriable).toBe(false);
  });

  test('HTTP statuses: 404 only with 1404 is not-found, 403 with 1403 is refused, others are errors', () => {
    expect(mapBusinessLicence({ status: 403, body: JSON.stringify({ 返回码: '1403', 返回信息: '涉密企业' }) }, DEMO_ENTERPRISE_USCC)).toEqual({ kind: 'refused', reason: '涉密企业' });
    expect(nativeError(() => mapBusinessLicence({ status: 404, body: 'Not Found' }, DEMO_ENTERPRISE_USCC)).retriable).toBe(false);
    expect(nativeError(() => mapBusinessLicence({ status: 404, body: JSON.stringify({ 返回码: '1000' }) }, DEMO_ENTERPRISE_USCC)).retriable).toBe(false);
    expect(nativeError(() => mapBusinessLicence({ status: 200, body: JSON.stringify({ 返回码: '1400', 返回信息: '参数错误' }) }, DEMO_ENTERPRISE_USCC)).retriable).toBe(false);
    expect(nativeError(() => mapEnterpriseRoles({ status: 400, body: '{}' }, DEMO_CITIZEN_ID)).retriable).toBe(false);
  });
});

describe('commerce adapter', () => {
  test('asks the registry by USCC or id number, with the request id as 请求流水号', async () => {
    const seen: NativeRequest[] = [];
    const simulator = createCommerceSimulator({ latencyMs: 0 });
    const adapter = createCommerceAdapter({ handle: (request, signal) => (seen.push(request), simulator.handle(request, signal)) });
    await adapter.lookup({ recordType: 'business-licence', subject: { uscc: DEMO_ENTERPRISE_USCC }, requestId: 'r-1' });
    expect(await adapter.lookup({ recordType: 'enterprise-roles', subject: { idNumber: UNKNOWN_CITIZEN_ID }, requestId: 'r-2' })).toEqual({ kind: 'not-found' });
    expect(seen).toEqual([
      { method: 'GET', path: '/api/v2/qydj/jbxx', query: { tyshxydm: DEMO_ENTERPRISE_USCC, qqlsh: 'r-1' } },
      { method: 'GET', path: '/api/v2/qydj/rzxx', query: { zjhm: UNKNOWN_CITIZEN_ID, qqlsh: 'r-2' } },
    ]);
  });
});
