/**
 * Simulator of the tax administration's data-exchange service (taxML over HTTP POST).
 *
 *   POST /taxml/service   Content-Type: application/xml
 *     <taxML version="1.0"><head><tran_id>TONGBAN.NSRZT.CX</tran_id><tran_seq>…</tran_seq></head>
 *       <body><nsrsbh>{USCC or resident id number}</nsrsbh></body></taxML>
 *
 * The answer is a taxML document whose head carries rtn_code (0 found, 1001 no such taxpayer, 1003
 * sealed, 2001 bad request, 9999 busy) and whose body holds one <nsrxx> (纳税人信息): registration
 * status, tax office, credit rating (enterprises), arrears, and the last year's declared income
 * (persons: 综合所得收入额) or revenue (enterprises: 营业收入) with the tax paid. Amounts are yuan with
 * two decimals. Persons under 18 are not registered taxpayers.
 */
import type { SimulatedDepartment, SimulatorOptions } from '../kit/department-adapter';
import type { NativeRequest, NativeResponse, NativeSystem } from '../kit/native-system';
import { addDays, addYears, ageOn, maxDate, minDate, randomDate, REFERENCE_DATE } from '../simulation/calendar';
import { DEMO_CITIZEN_ID, DEMO_ENTERPRISE_USCC } from '../simulation/demo-subjects';
import { isRetired, monthlyWageYuan } from '../simulation/economics';
import type { Enterprise, Person, Population } from '../simulation/model';
import { defaultPopulation } from '../simulation/population';
import { LATEST_EVENT } from '../simulation/population-draft';
import { requireDistrict, taxOfficeOf } from '../simulation/regions';
import { createSimulatedSystem } from '../simulation/simulated-system';
import { subjectRandom } from '../simulation/subject-random';
import { RETURN_CODES } from './codes';
import { child, childText, parseXml, writeXml, XmlSyntaxError, type XmlNode } from './xml';

export const TAX_CONTENT_TYPE = 'application/xml; charset=utf-8';
export const TAX_TRANSACTION = 'TONGBAN.NSRZT.CX';
/** The last complete tax year as of the simulation's reference date. */
export const TAX_YEAR = Number(REFERENCE_DATE.slice(0, 4)) - 1;

function yuan(amountYuan: number): string {
  return amountYuan.toFixed(2);
}

function taxml(status: number, transactionSeq: string, code: string, message: string, body?: XmlNode): NativeResponse {
  const document = writeXml({
    name: 'taxML',
    attributes: { version: '1.0' },
    children: [
      {
        name: 'head',
        children: [
          { name: 'tran_id', text: TAX_TRANSACTION },
          { name: 'tran_seq', text: transactionSeq },
          { name: 'rtn_code', text: code },
          { name: 'rtn_msg', text: message },
        ],
      },
      { name: 'body', ...(body === undefined ? {} : { children: [body] }) },
    ],
  });
  return { status, contentType: TAX_CONTENT_TYPE, body: document };
}

/** China's individual income tax on annual comprehensive income (综合所得), 2019 brackets. */
export function individualIncomeTax(incomeYuan: number, deductionsYuan: number): number {
  const taxable = Math.max(0, incomeYuan - 60_000 - deductionsYuan);
  const brackets: readonly (readonly [number, number, number])[] = [
    [36_000, 0.03, 0],
    [144_000, 0.1, 2_520],
    [300_000, 0.2, 16_920],
    [420_000, 0.25, 31_920],
    [660_000, 0.3, 52_920],
    [960_000, 0.35, 85_920],
    [Infinity, 0.45, 181_920],
  ];
  const [, rate, quick] = brackets.find(([limit]) => taxable <= limit)!;
  return Math.round((taxable * rate - quick) * 100) / 100;
}

function arrears(rng: ReturnType<typeof subjectRandom>, share: number, from: string, corrupt: boolean): XmlNode {
  const owes = rng.chance(share);
  const amount = owes ? rng.int(100, 80_000) + rng.int(0, 99) / 100 : 0;
  return {
    name: 'qsxx',
    children: [
      // The corrupt fault: a negative arrears amount, as a sign error in a batch correction leaves it.
      { name: 'qsje', text: corrupt ? '-350.00' : yuan(amount) },
      ...(owes ? [{ name: 'qsrq', text: randomDate(rng, minDate(maxDate(from, addYears(REFERENCE_DATE, -2)), LATEST_EVENT), LATEST_EVENT) }] : []),
      { name: 'wsbcs', text: String(owes && rng.chance(0.3) ? rng.int(1, 6) : 0) },
    ],
  };
}

function personTaxpayer(population: Population, person: Person, corrupt: boolean): XmlNode | undefined {
  if (ageOn(person.birthDate) < 18) return undefined;
  const household = population.household(person.householdNumber);
  const office = taxOfficeOf(requireDistrict(household?.districtCode ?? person.idNumber.slice(0, 6)));
  // Natural persons were registered en masse with the 2019 individual income tax reform.
  const rng = subjectRandom('tax', person.idNumber, 'registration');
  const registeredOn = randomDate(rng, maxDate('2019-01-01', addYears(person.birthDate, 18)), minDate(maxDate('2019-12-31', addDays(addYears(person.birthDate, 18), 90)), REFERENCE_DATE));
  const wage = monthlyWageYuan(population, person);
  const income = subjectRandom('tax', person.idNumber, 'income');
  let annual = wage === undefined ? 0 : Math.round(wage * 12 * (1 + income.next() * 0.35) * 100) / 100;
  // Owners also draw labour remuneration from their enterprises.
  const owns = population.rolesOf(person.idNumber).length > 0;
  if (owns) annual += Math.round(income.int(24, 180) * 1000);
  if (wage === undefined && !owns && !isRetired(person) && income.chance(0.3)) annual = income.int(6, 40) * 1000;
  const deductions = income.int(0, 4) * 12_000;
  const status = person.deathDate === undefined ? { dm: '03', text: '正常' } : { dm: '07', text: '注销' };
  const owesShare = person.idNumber === DEMO_CITIZEN_ID ? 0 : 0.015;
  return {
    name: 'nsrxx',
    children: [
      { name: 'nsrsbh', text: person.idNumber },
      { name: 'nsrmc', text: person.name },
      { name: 'nsrlx', attributes: { dm: '2' }, text: '自然人' },
      { name: 'djzt', attributes: { dm: status.dm }, text: status.text },
      { name: 'zgswjg', text: office },
      { name: 'djrq', text: registeredOn },
      arrears(subjectRandom('tax', person.idNumber, 'arrears'), owesShare, registeredOn, corrupt),
      {
        name: 'ndsb',
        attributes: { nd: String(TAX_YEAR) },
        children: [
          { name: 'sre', text: yuan(annual) },
          { name: 'yjse', text: yuan(individualIncomeTax(annual, deductions)) },
        ],
      },
    ],
  };
}

function enterpriseStatus(enterprise: Enterprise, abnormal: boolean): { dm: string; text: string } {
  switch (enterprise.status) {
    case 'suspended':
      return { dm: '05', text: '停业' };
    case 'revoked':
      return { dm: '06', text: '非正常' };
    case 'cancelled':
    case 'moved-out':
      return { dm: '07', text: '注销' };
    default:
      return abnormal ? { dm: '06', text: '非正常' } : { dm: '03', text: '正常' };
  }
}

function creditGrade(enterprise: Enterprise, status: string, rng: ReturnType<typeof subjectRandom>): string | undefined {
  const yearStart = `${TAX_YEAR}-01-01`;
  const yearEnd = `${TAX_YEAR}-12-31`;
  if (enterprise.establishedOn > yearEnd) return undefined; // not rated yet
  if (status === '07' && (enterprise.statusDate ?? '') < yearStart) return undefined;
  if (enterprise.uscc === DEMO_ENTERPRISE_USCC) return 'A';
  if (status === '06') return 'D';
  // Enterprises newly set up during the rated year get M (新设立企业).
  if (enterprise.establishedOn >= yearStart) return 'M';
  return rng.weighted([['A', 0.27], ['B', 0.52], ['M', 0.04], ['C', 0.13], ['D', 0.04]] as const);
}

function enterpriseTaxpayer(population: Population, enterprise: Enterprise, corrupt: boolean): XmlNode {
  const rng = subjectRandom('tax', enterprise.uscc, 'status');
  const status = enterpriseStatus(enterprise, enterprise.uscc !== DEMO_ENTERPRISE_USCC && rng.chance(0.03));
  const registeredOn = addDays(enterprise.establishedOn, rng.int(5, 30));
  const grade = creditGrade(enterprise, status.dm, subjectRandom('tax', enterprise.uscc, 'credit'));
  const staff = population.employeesOf(enterprise.uscc).length;
  const money = subjectRandom('tax', enterprise.uscc, 'revenue');
  const operating = status.dm === '03' || status.dm === '06';
  const revenue = !operating
    ? 0
    : Math.round((staff * enterprise.industry.wage * 12 * (3 + money.next() * 6) + money.int(50_000, 2_000_000)) * 100) / 100;
  const taxPaid = Math.round(revenue * (0.01 + money.next() * 0.05) * 100) / 100;
  const owesShare = enterprise.uscc === DEMO_ENTERPRISE_USCC ? 0 : status.dm === '06' ? 0.6 : 0.04;
  return {
    name: 'nsrxx',
    children: [
      { name: 'nsrsbh', text: enterprise.uscc },
      { name: 'nsrmc', text: enterprise.name },
      { name: 'nsrlx', attributes: { dm: '1' }, text: '单位纳税人' },
      { name: 'djzt', attributes: { dm: status.dm }, text: status.text },
      { name: 'zgswjg', text: taxOfficeOf(requireDistrict(enterprise.districtCode)) },
      { name: 'djrq', text: registeredOn },
      ...(grade === undefined ? [] : [{ name: 'nsxydj', attributes: { pjnd: String(TAX_YEAR) }, text: grade }]),
      arrears(subjectRandom('tax', enterprise.uscc, 'arrears'), owesShare, registeredOn, corrupt),
      {
        name: 'ndsb',
        attributes: { nd: String(TAX_YEAR) },
        children: [
          { name: 'yysr', text: yuan(revenue) },
          { name: 'yjse', text: yuan(taxPaid) },
        ],
      },
    ],
  };
}

export function answerTax(population: Population, request: NativeRequest, corrupt: boolean): NativeResponse {
  if (request.method !== 'POST' || request.path !== '/taxml/service') {
    return taxml(404, '', RETURN_CODES.badRequest, '服务不存在');
  }
  let identifier: string | undefined;
  let seq = '';
  try {
    const document = parseXml(request.body ?? '');
    const head = child(document, 'head');
    seq = (head && childText(head, 'tran_seq')) ?? '';
    const body = child(document, 'body');
    identifier = body && childText(body, 'nsrsbh');
    if (document.name !== 'taxML' || head === undefined || childText(head, 'tran_id') !== TAX_TRANSACTION) identifier = undefined;
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
  }
  if (identifier === undefined) return taxml(400, seq, RETURN_CODES.badRequest, '报文格式错误');
  const id = identifier.toUpperCase();
  const person = population.person(id);
  const enterprise = person === undefined ? population.enterprise(id) : undefined;
  const node = person !== undefined ? personTaxpayer(population, person, corrupt) : enterprise !== undefined ? enterpriseTaxpayer(population, enterprise, corrupt) : undefined;
  if (node === undefined) return taxml(200, seq, RETURN_CODES.notFound, '未找到纳税人登记信息');
  return taxml(200, seq, RETURN_CODES.ok, '成功', node);
}

/** The department's legacy system itself: its answers and its outage page, wherever they are rendered. */
export function taxDepartment(population: Population = defaultPopulation()): SimulatedDepartment {
  return {
    department: 'tax',
    answer: (request, { corrupt }) => answerTax(population, request, corrupt),
    unavailable: () => taxml(503, '', RETURN_CODES.busy, '系统繁忙'),
  };
}

export function createTaxSimulator(options: SimulatorOptions, population: Population = defaultPopulation()): NativeSystem {
  return createSimulatedSystem(options, taxDepartment(population));
}
