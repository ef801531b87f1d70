/**
 * Simulator of a public-security household register (公安户籍) query service.
 *
 *   GET /rkxx/query?gmsfhm=<id number>&cxbh=<query id>    the person's household: [RK] rows of every
 *                                                         member, [QY] migrations of the members
 *   GET /rkxx/fddbr?tyshxydm=<USCC>&cxbh=<query id>       identity check of an enterprise's legal
 *                                                         representative (from the commerce feed): [FDDBR]
 *
 * Answers are hukou-text documents (see hukou-text.ts), HTTP 200 even when nobody is found: the
 * RESULT line carries 0404, as the real gateway does. Only an unavailable system answers 503.
 */
import type { SimulatedDepartment, SimulatorOptions } from '../kit/department-adapter';
import type { NativeRequest, NativeResponse, NativeSystem } from '../kit/native-system';
import { addDays, addYears, ageOn, compactDate, maxDate, minDate, randomDate } from '../simulation/calendar';
import { DEMO_CITIZEN_ID } from '../simulation/demo-subjects';
import type { Household, Person, Population } from '../simulation/model';
import { defaultPopulation } from '../simulation/population';
import { LATEST_EVENT } from '../simulation/population-draft';
import { DISTRICTS, regionName } from '../simulation/regions';
import { createSimulatedSystem } from '../simulation/simulated-system';
import { subjectRandom } from '../simulation/subject-random';
import { writeHukouText, type HukouDocument } from './hukou-text';

export const POLICE_CONTENT_TYPE = 'text/plain; charset=utf-8';
export const RK_COLUMNS = ['GMSFHM', 'XM', 'CYM', 'XB', 'MZ', 'CSRQ', 'CSDSSXDM', 'CSDSSX', 'HH', 'HLX', 'YHZGX', 'SSXQ', 'HJDZ', 'PCS', 'RYZT', 'ZXRQ'] as const;
export const QY_COLUMNS = ['GMSFHM', 'QYLB', 'QYRQ', 'QYDQDM', 'QYDQ', 'QYYY'] as const;
export const FDDBR_COLUMNS = ['TYSHXYDM', 'QYMC', 'GMSFHM', 'XM', 'XB', 'CSRQ', 'HYJG', 'RYZT', 'SSXQ', 'PCS'] as const;

const MOVE_IN_REASONS = ['工作调动', '投靠亲属', '购房落户', '大中专院校毕业', '人才引进'] as const;
const MOVE_OUT_REASONS = ['工作调动', '购房落户', '大中专院校录取', '投靠亲属'] as const;

interface PoliceFacts {
  readonly status: string;
  readonly deregisteredOn?: string;
  readonly migrations: readonly Readonly<Record<(typeof QY_COLUMNS)[number], string>>[];
}

/**
 * What only the police know about a person: moves in and out of the register. Someone registered
 * under another region's code moved in (with their marriage, for spouses who married in); a few grown
 * children have moved their register out.
 */
export function policeFacts(person: Person, household: Household): PoliceFacts {
  const migrations: Record<(typeof QY_COLUMNS)[number], string>[] = [];
  const birthRegion = person.idNumber.slice(0, 6);
  let movedInOn: string | undefined;
  if (birthRegion !== household.districtCode) {
    const rng = subjectRandom('police', person.idNumber, 'move-in');
    const marriage = person.marriages.find((m) => m.partnerId === person.spouseId);
    const marriedIn = marriage !== undefined && ['11', '12', '28', '38'].includes(person.relationToHead);
    const earliest = maxDate(addYears(person.birthDate, 16), marriedIn ? marriage.date : person.birthDate);
    // Spouses usually move their register within a year of the wedding; others at any time as adults.
    movedInOn = earliest >= LATEST_EVENT ? LATEST_EVENT : randomDate(rng, earliest, marriedIn ? minDate(addDays(earliest, 365), LATEST_EVENT) : LATEST_EVENT);
    migrations.push({
      GMSFHM: person.idNumber,
      QYLB: '1',
      QYRQ: compactDate(movedInOn),
      QYDQDM: birthRegion,
      QYDQ: regionName(birthRegion) ?? '',
      QYYY: marriedIn ? '婚姻迁入' : rng.pick(MOVE_IN_REASONS),
    });
  }
  if (person.deathDate !== undefined) return { status: '死亡注销', deregisteredOn: person.deathDate, migrations };
  const rng = subjectRandom('police', person.idNumber, 'move-out');
  const movable = person.idNumber !== DEMO_CITIZEN_ID && person.idNumber !== household.headId && ageOn(person.birthDate) >= 18;
  const earliestMoveOut = maxDate(addYears(person.birthDate, 18), movedInOn ?? person.birthDate);
  if (movable && earliestMoveOut <= LATEST_EVENT && rng.chance(0.03)) {
    const date = randomDate(rng, earliestMoveOut, LATEST_EVENT);
    const destination = rng.pick(DISTRICTS.filter((d) => d.code !== household.districtCode));
    migrations.push({
      GMSFHM: person.idNumber,
      QYLB: '2',
      QYRQ: compactDate(date),
      QYDQDM: destination.code,
      QYDQ: regionName(destination.code) ?? '',
      QYYY: rng.pick(MOVE_OUT_REASONS),
    });
    return { status: '迁出注销', deregisteredOn: date, migrations };
  }
  return { status: '正常', migrations };
}

/** The corrupt fault: a birth date with month 13, day 32, as a botched data migration would leave. */
function birthDateField(person: Person, corrupt: boolean): string {
  return corrupt ? `${person.birthDate.slice(0, 4)}1332` : compactDate(person.birthDate);
}

function sexCode(person: Person): string {
  return person.sex === 'male' ? '1' : '2';
}

function personRow(person: Person, household: Household, facts: PoliceFacts, corrupt: boolean): Record<(typeof RK_COLUMNS)[number], string> {
  const birthRegion = person.idNumber.slice(0, 6);
  return {
    GMSFHM: person.idNumber,
    XM: person.name,
    CYM: person.formerName ?? '',
    XB: sexCode(person),
    MZ: person.ethnicityCode,
    CSRQ: birthDateField(person, corrupt),
    CSDSSXDM: birthRegion,
    CSDSSX: regionName(birthRegion) ?? '',
    HH: household.number,
    HLX: '1',
    YHZGX: person.relationToHead,
    SSXQ: household.districtCode,
    HJDZ: household.address,
    PCS: household.policeStation,
    RYZT: facts.status,
    ZXRQ: facts.deregisteredOn === undefined ? '' : compactDate(facts.deregisteredOn),
  };
}

function document(code: string, message: string, queryId: string, sections: HukouDocument['sections'] = {}): NativeResponse {
  const status = code === '0503' ? 503 : 200;
  return { status, contentType: POLICE_CONTENT_TYPE, body: writeHukouText({ code, message, queryId, sections }) };
}

function householdAnswer(population: Population, idNumber: string, queryId: string, corrupt: boolean): NativeResponse {
  const subject = population.person(idNumber);
  const household = subject === undefined ? undefined : population.household(subject.householdNumber);
  if (subject === undefined || household === undefined) return document('0404', '查无此人', queryId);
  const rows: Record<string, string>[] = [];
  const moves: Record<string, string>[] = [];
  for (const memberId of household.memberIds) {
    const member = population.person(memberId);
    if (member === undefined) continue;
    const facts = policeFacts(member, household);
    rows.push(personRow(member, household, facts, corrupt && member.idNumber === idNumber));
    moves.push(...facts.migrations);
  }
  return document('0000', '查询成功', queryId, { RK: { columns: RK_COLUMNS, rows }, QY: { columns: QY_COLUMNS, rows: moves } });
}

function legalRepresentativeAnswer(population: Population, uscc: string, queryId: string, corrupt: boolean): NativeResponse {
  const enterprise = population.enterprise(uscc);
  if (enterprise === undefined) return document('0404', '无此企业法定代表人登记信息', queryId);
  const person = population.person(enterprise.legalRepresentativeId);
  const household = person === undefined ? undefined : population.household(person.householdNumber);
  const row: Record<string, string> =
    person === undefined || household === undefined
      ? { TYSHXYDM: enterprise.uscc, QYMC: enterprise.name, GMSFHM: enterprise.legalRepresentativeId, HYJG: '03' }
      : {
          TYSHXYDM: enterprise.uscc,
          QYMC: enterprise.name,
          GMSFHM: person.idNumber,
          XM: person.name,
          XB: sexCode(person),
          CSRQ: birthDateField(person, corrupt),
          HYJG: '01',
          RYZT: policeFacts(person, household).status,
          SSXQ: household.districtCode,
          PCS: household.policeStation,
        };
  return document('0000', '核验完成', queryId, { FDDBR: { columns: FDDBR_COLUMNS, rows: [row] } });
}

export function answerPolice(population: Population, request: NativeRequest, corrupt: boolean): NativeResponse {
  const queryId = request.query?.cxbh ?? '';
  if (request.method !== 'GET') return { status: 405, contentType: POLICE_CONTENT_TYPE, body: 'method not allowed' };
  if (request.path === '/rkxx/query') {
    const id = request.query?.gmsfhm;
    if (id === undefined || id === '') return document('0400', '缺少参数 gmsfhm', queryId);
    return householdAnswer(population, id.toUpperCase(), queryId, corrupt);
  }
  if (request.path === '/rkxx/fddbr') {
    const uscc = request.query?.tyshxydm;
    if (uscc === undefined || uscc === '') return document('0400', '缺少参数 tyshxydm', queryId);
    return legalRepresentativeAnswer(population, uscc.toUpperCase(), queryId, corrupt);
  }
  return { status: 404, contentType: POLICE_CONTENT_TYPE, body: 'no such service' };
}

/** The department's legacy system itself: its answers and its outage page, wherever they are rendered. */
export function policeDepartment(population: Population = defaultPopulation()): SimulatedDepartment {
  return {
    department: 'police',
    answer: (request, { corrupt }) => answerPolice(population, request, corrupt),
    unavailable: () => document('0503', '系统维护中，请稍后再试', ''),
  };
}

export function createPoliceSimulator(options: SimulatorOptions, population: Population = defaultPopulation()): NativeSystem {
  return createSimulatedSystem(options, policeDepartment(population));
}
