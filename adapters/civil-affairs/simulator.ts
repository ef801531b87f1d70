/**
 * Simulator of the civil affairs integrated business system (民政综合业务 查询接口). One call answers
 * everything civil affairs holds about a person, as CSV (csv.ts) whose first column names the record:
 *
 *   GET /mzyw/rycx?sfzjhm=<id number>&ywlsh=<request id>      text/csv
 *
 *   HYZK,身份证件号码,姓名,婚姻状况代码,婚姻状况,变更日期                     exactly one: marital status (GB/T 2261.2)
 *   HYDJ,业务类型代码,业务类型,登记日期,登记机关,证件字号,男方身份证件号码,男方姓名,女方身份证件号码,女方姓名
 *                                                                             one per marriage registration (1 结婚, 2 离婚, 3 复婚)
 *   DBXX,低保状态代码,低保状态,低保证编号,保障人数,月保障金额(元),起始日期,终止日期
 *                                                                             at most one: minimum living allowance (1 在保, 2 停保, 3 退保)
 *   JSHJ,记录数                                                                trailer: number of records before it
 *
 * Dates are yyyy-mm-dd. Errors come back in a single record, HTTP 200 all the same:
 *   CWXX,E404,<message>   nobody found;  E403 sealed;  E503 busy (with HTTP 503).
 */
import type { SimulatedDepartment, SimulatorOptions } from '../kit/department-adapter';
import type { NativeRequest, NativeResponse, NativeSystem } from '../kit/native-system';
import { addDays, addYears, ageOn, maxDate, randomDate, REFERENCE_DATE } from '../simulation/calendar';
import { DEMO_CITIZEN_ID } from '../simulation/demo-subjects';
import type { Household, MarriageEvent, Person, Population } from '../simulation/model';
import { defaultPopulation } from '../simulation/population';
import { LATEST_EVENT } from '../simulation/population-draft';
import { districtByCode, marriageRegistryOf } from '../simulation/regions';
import { createSimulatedSystem } from '../simulation/simulated-system';
import { subjectRandom } from '../simulation/subject-random';
import { ALLOWANCE_STATUS_NAMES, MARITAL_STATUS_CODES, REGISTRATION_KIND_NAMES } from './codes';
import { writeCsv } from './csv';

export const CIVIL_AFFAIRS_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** Monthly 低保 standard per person in yuan (2024/25, rounded), by province; others use the default. */
const ALLOWANCE_STANDARD: Readonly<Record<string, number>> = { '11': 1450, '31': 1510, '12': 1170, '35': 900, '44': 1100, '33': 1150, '32': 1000 };
const DEFAULT_STANDARD = 800;

/** GB/T 2261.2 code and since when, from the person's registrations and bereavement. */
export function maritalStatus(person: Person): { code: string; since?: string } {
  const last = person.marriages.at(-1);
  if (last === undefined) {
    // A few adults never stated their status when the register was digitised.
    const unstated = ageOn(person.birthDate) >= 18 && subjectRandom('civil-affairs', person.idNumber, 'unstated').chance(0.03);
    return { code: unstated ? '90' : '10' };
  }
  if (last.kind === 'divorce') return { code: '40', since: last.date };
  if (person.widowedOn !== undefined) return { code: '30', since: person.widowedOn };
  if (last.kind === 'marriage-restored') return { code: '23', since: last.date };
  if (person.marriages.some((m) => m.partnerId !== last.partnerId)) return { code: '22', since: last.date };
  // Registrations from before 1980 were digitised without telling first marriages apart.
  return { code: last.date < '1980-01-01' ? '20' : '21', since: last.date };
}

function registrationRow(person: Person, event: MarriageEvent): string[] {
  const kind = event.kind === 'marriage' ? '1' : event.kind === 'divorce' ? '2' : '3';
  const partner = { idNumber: event.partnerId, name: event.partnerName };
  const self = { idNumber: person.idNumber, name: person.name };
  const [man, woman] = person.sex === 'male' ? [self, partner] : [partner, self];
  const district = districtByCode(event.registryCode);
  const registry = district === undefined ? `${event.registryCode}民政局婚姻登记处` : marriageRegistryOf(district);
  return ['HYDJ', kind, REGISTRATION_KIND_NAMES[kind]!, event.date, registry, event.certificateNumber, man.idNumber, man.name, woman.idNumber, woman.name];
}

/**
 * 低保 is granted to a household: households without any earner or enterprise owner often receive it;
 * some others received it in the past. The demo household received it around 2000 (laid off, 下岗).
 */
export function allowanceRow(population: Population, household: Household): string[] | undefined {
  const members = household.memberIds.map((id) => population.person(id)).filter((p): p is Person => p !== undefined);
  const alive = members.filter((p) => p.deathDate === undefined);
  const rng = subjectRandom('civil-affairs', household.number, 'allowance');
  const earners = alive.some((p) => p.employerUscc !== undefined || population.rolesOf(p.idNumber).length > 0);
  const isDemo = household.headId === DEMO_CITIZEN_ID;
  let status: '1' | '2' | '3' | undefined;
  if (isDemo) status = '3';
  else if (!earners) status = rng.weighted<'1' | '2' | '3' | undefined>([['1', 0.25], ['2', 0.05], ['3', 0.1], [undefined, 0.6]]);
  else if (rng.chance(0.03)) status = '3';
  if (status === undefined || alive.length === 0) return undefined;
  const since = isDemo ? '1999-07-01' : randomDate(rng, maxDate('2008-01-01', addYears(REFERENCE_DATE, -15)), addDays(LATEST_EVENT, -200));
  // The household as it was when the allowance was granted: born by then, and not yet deceased.
  const covered = members.filter((p) => p.birthDate <= since && (p.deathDate === undefined || p.deathDate > since));
  const size = Math.max(1, covered.length);
  const until = isDemo ? '2004-12-31' : status === '3' ? randomDate(rng, addDays(since, 180), LATEST_EVENT) : undefined;
  const standard = ALLOWANCE_STANDARD[household.districtCode.slice(0, 2)] ?? DEFAULT_STANDARD;
  const historic = since < '2010-01-01' ? 0.3 : 1;
  const monthly = Math.round(standard * historic * size * (0.35 + rng.next() * 0.6));
  const certificate = `DB${household.districtCode}${since.slice(0, 4)}${String(rng.int(1, 9999)).padStart(4, '0')}`;
  return ['DBXX', status, ALLOWANCE_STATUS_NAMES[status]!, certificate, String(size), monthly.toFixed(2), since, until ?? ''];
}

function csv(status: number, records: readonly (readonly string[])[]): NativeResponse {
  return { status, contentType: CIVIL_AFFAIRS_CONTENT_TYPE, body: writeCsv(records) };
}

function personAnswer(population: Population, person: Person, corrupt: boolean): NativeResponse {
  const status = maritalStatus(person);
  // The corrupt fault: a marital status code GB/T 2261.2 does not have.
  const code = corrupt ? '25' : status.code;
  const records: string[][] = [['HYZK', person.idNumber, person.name, code, MARITAL_STATUS_CODES[code] ?? '', status.since ?? '']];
  for (const event of person.marriages) records.push(registrationRow(person, event));
  const household = population.household(person.householdNumber);
  const allowance = household === undefined ? undefined : allowanceRow(population, household);
  if (allowance !== undefined) records.push(allowance);
  records.push(['JSHJ', String(records.length)]);
  return csv(200, records);
}

export function answerCivilAffairs(population: Population, request: NativeRequest, corrupt: boolean): NativeResponse {
  if (request.method !== 'GET' || request.path !== '/mzyw/rycx') return csv(404, [['CWXX', 'E400', '接口不存在']]);
  const id = (request.query?.sfzjhm ?? '').toUpperCase();
  if (id === '') return csv(200, [['CWXX', 'E400', '缺少身份证件号码']]);
  const person = population.person(id);
  if (person === undefined) return csv(200, [['CWXX', 'E404', '未找到该人员的民政业务信息']]);
  return personAnswer(population, person, corrupt);
}

/** The department's legacy system itself: its answers and its outage page, wherever they are rendered. */
export function civilAffairsDepartment(population: Population = defaultPopulation()): SimulatedDepartment {
  return {
    department: 'civil-affairs',
    answer: (request, { corrupt }) => answerCivilAffairs(population, request, corrupt),
    unavailable: () => csv(503, [['CWXX', 'E503', '系统维护中']]),
  };
}

export function createCivilAffairsSimulator(options: SimulatorOptions, population: Population = defaultPopulation()): NativeSystem {
  return createSimulatedSystem(options, civilAffairsDepartment(population));
}
