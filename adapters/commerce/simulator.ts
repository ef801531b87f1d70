/**
 * Simulator of the market-regulation registration query interface (市场主体登记信息查询), which
 * answers JSON with Chinese member names, amounts as "1000.000000万人民币" and dates as "2016年03月18日".
 *
 *   GET /api/v2/qydj/jbxx?tyshxydm=<USCC>&qqlsh=<request id>     登记基本信息 (business licence)
 *   GET /api/v2/qydj/rzxx?zjhm=<id number>&qqlsh=<request id>    任职信息 (where a person is legal
 *                                                                representative or shareholder)
 *
 * Envelope: { "返回码": "0000", "返回信息": "查询成功", "请求流水号": "…", "数据": { … } }. Nobody found:
 * HTTP 404 with 返回码 "1404". Unavailable: HTTP 503 with 返回码 "9999". A person the national population
 * base knows but who holds no roles gets 0000 with an empty 任职信息 list.
 */
import type { SimulatedDepartment, SimulatorOptions } from '../kit/department-adapter';
import type { NativeRequest, NativeResponse, NativeSystem } from '../kit/native-system';
import { addYears } from '../simulation/calendar';
import type { Enterprise, EnterpriseStatus, Population } from '../simulation/model';
import { defaultPopulation } from '../simulation/population';
import { createSimulatedSystem } from '../simulation/simulated-system';

export const COMMERCE_CONTENT_TYPE = 'application/json; charset=utf-8';

const STATUS_WORDS: Readonly<Record<EnterpriseStatus, string>> = {
  active: '存续（在营、开业、在册）',
  suspended: '停业',
  revoked: '吊销，未注销',
  cancelled: '注销',
  'moved-out': '迁出',
};

/** 2016-03-18 → 2016年03月18日; the corrupt fault makes it 2016年13月32日. */
function chineseDate(iso: string, corrupt = false): string {
  return corrupt ? `${iso.slice(0, 4)}年13月32日` : `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
}

function wan(amount: number): string {
  return `${amount.toFixed(6)}万人民币`;
}

function json(status: number, body: Readonly<Record<string, unknown>>): NativeResponse {
  return { status, contentType: COMMERCE_CONTENT_TYPE, body: JSON.stringify(body) };
}

function envelope(requestId: string, data: Readonly<Record<string, unknown>>): NativeResponse {
  return json(200, { 返回码: '0000', 返回信息: '查询成功', 请求流水号: requestId, 数据: data });
}

function notFound(requestId: string, message: string): NativeResponse {
  return json(404, { 返回码: '1404', 返回信息: message, 请求流水号: requestId });
}

function licence(population: Population, enterprise: Enterprise, corrupt: boolean): Record<string, unknown> {
  const legalRep = population.person(enterprise.legalRepresentativeId);
  const statusDateKey = enterprise.status === 'revoked' ? '吊销日期' : enterprise.status === 'cancelled' ? '注销日期' : enterprise.status === 'moved-out' ? '迁出日期' : '停业日期';
  return {
    统一社会信用代码: enterprise.uscc,
    企业名称: enterprise.name,
    企业类型: enterprise.typeText,
    法定代表人: legalRep?.name ?? '',
    法定代表人证件类型: '中华人民共和国居民身份证',
    法定代表人证件号码: enterprise.legalRepresentativeId,
    注册资本: wan(enterprise.registeredCapitalWan),
    成立日期: chineseDate(enterprise.establishedOn, corrupt),
    营业期限自: chineseDate(enterprise.establishedOn),
    营业期限至: enterprise.operatingUntil === undefined ? '长期' : chineseDate(enterprise.operatingUntil),
    住所: enterprise.address,
    经营范围: `${enterprise.industry.scope}（依法须经批准的项目，经相关部门批准后方可开展经营活动）`,
    登记机关: enterprise.registrationAuthority,
    核准日期: chineseDate(enterprise.approvedOn),
    登记状态: STATUS_WORDS[enterprise.status],
    ...(enterprise.statusDate === undefined ? {} : { [statusDateKey]: chineseDate(enterprise.statusDate) }),
    股东及出资信息: enterprise.shareholders.map((holding) => ({
      股东名称: population.person(holding.idNumber)?.name ?? '',
      股东类型: '自然人股东',
      证件类型: '中华人民共和国居民身份证',
      证件号码: holding.idNumber,
      认缴出资额: wan(holding.subscribedWan),
      // Under the subscription system founders commit to pay in within a set term (often 20 years).
      认缴出资日期: chineseDate(addYears(enterprise.establishedOn, 20)),
    })),
  };
}

/** The corrupt fault with no roles to spoil: the id number comes back in its old 15-digit form. */
function fifteenDigitId(idNumber: string): string {
  return idNumber.slice(0, 6) + idNumber.slice(8, 17);
}

function roles(population: Population, idNumber: string, corrupt: boolean): Record<string, unknown> | undefined {
  const person = population.person(idNumber);
  if (person === undefined) return undefined;
  const rows: Record<string, unknown>[] = [];
  for (const role of population.rolesOf(idNumber)) {
    const enterprise = population.enterprise(role.uscc);
    if (enterprise === undefined) continue;
    // One row per role, as the registry stores them: the adapter groups them by enterprise.
    for (const kind of role.roles) {
      rows.push({
        统一社会信用代码: enterprise.uscc,
        企业名称: enterprise.name,
        任职类型: kind === 'legal-representative' ? '法定代表人' : '股东',
        登记状态: STATUS_WORDS[enterprise.status],
        成立日期: chineseDate(enterprise.establishedOn, corrupt),
        ...(kind === 'shareholder' && role.subscribedWan !== undefined ? { 认缴出资额: wan(role.subscribedWan) } : {}),
      });
    }
  }
  return {
    证件号码: corrupt && rows.length === 0 ? fifteenDigitId(idNumber) : idNumber,
    姓名: person.name,
    任职信息: rows,
  };
}

export function answerCommerce(population: Population, request: NativeRequest, corrupt: boolean): NativeResponse {
  const requestId = request.query?.qqlsh ?? '';
  if (request.method !== 'GET') return json(405, { 返回码: '1405', 返回信息: '请求方法错误' });
  if (request.path === '/api/v2/qydj/jbxx') {
    const uscc = request.query?.tyshxydm?.toUpperCase();
    if (uscc === undefined || uscc === '') return json(400, { 返回码: '1400', 返回信息: '缺少参数：tyshxydm', 请求流水号: requestId });
    const enterprise = population.enterprise(uscc);
    return enterprise === undefined ? notFound(requestId, '未查询到该主体登记信息') : envelope(requestId, licence(population, enterprise, corrupt));
  }
  if (request.path === '/api/v2/qydj/rzxx') {
    const idNumber = request.query?.zjhm?.toUpperCase();
    if (idNumber === undefined || idNumber === '') return json(400, { 返回码: '1400', 返回信息: '缺少参数：zjhm', 请求流水号: requestId });
    const data = roles(population, idNumber, corrupt);
    return data === undefined ? notFound(requestId, '未查询到该人员信息') : envelope(requestId, data);
  }
  return json(404, { 返回码: '1000', 返回信息: '接口不存在' });
}

/** The department's legacy system itself: its answers and its outage page, wherever they are rendered. */
export function commerceDepartment(population: Population = defaultPopulation()): SimulatedDepartment {
  return {
    department: 'commerce',
    answer: (request, { corrupt }) => answerCommerce(population, request, corrupt),
    unavailable: () => json(503, { 返回码: '9999', 返回信息: '系统繁忙，请稍后重试' }),
  };
}

export function createCommerceSimulator(options: SimulatorOptions, population: Population = defaultPopulation()): NativeSystem {
  return createSimulatedSystem(options, commerceDepartment(population));
}
