/**
 * Simulator of the social insurance agency's query service (社会保险经办 查询接口), answering
 * fixed-width records (layouts.ts) as text/plain, one record per CRLF line.
 *
 *   GET /si/grcbxx?zjhm=<id number>&lsh=<request id>   a person's insurance record
 *   GET /si/dwcbxx?tyshxydm=<USCC>&lsh=<request id>    an employer's registration and contributions
 *
 * Everybody in the population is insured somehow (children and non-employed adults in the resident
 * schemes); nobody else is: 404 with "99000000". An employer's head count and contribution base are
 * the sums over its employees' own records, so the two record types always agree.
 */
import type { SimulatedDepartment, SimulatorOptions } from '../kit/department-adapter';
import type { NativeRequest, NativeResponse, NativeSystem } from '../kit/native-system';
import { addDays, addYears, ageOn, compactDate, maxDate, minDate, monthBefore, monthsBetween, REFERENCE_DATE } from '../simulation/calendar';
import { DEMO_CITIZEN_ID, DEMO_ENTERPRISE_USCC } from '../simulation/demo-subjects';
import { isRetired, monthlyPensionYuan, monthlyWageYuan, retirementAge } from '../simulation/economics';
import type { Enterprise, Person, Population } from '../simulation/model';
import { defaultPopulation } from '../simulation/population';
import { createSimulatedSystem } from '../simulation/simulated-system';
import { subjectRandom } from '../simulation/subject-random';
import { formatRecord } from './fixed-width';
import { EMPLOYER_HEADER, EMPLOYER_INSURANCE, NOT_FOUND_BODY, PERSON_HEADER, PERSON_INSURANCE, TRAILER } from './layouts';

export const SOCIAL_SECURITY_CONTENT_TYPE = 'text/plain; charset=utf-8';
const CARD_LETTERS = 'ABCDEFGHJKLMNPQRTUWXY';
const EMPLOYEE_SCHEMES = ['110', '310', '210', '410', '510'] as const;
/** The contribution base is clamped to 60 %–300 % of the local average wage; a national stand-in. */
const BASE_MIN_YUAN = 4_500;
const BASE_MAX_YUAN = 33_000;
const LAST_PAID = monthBefore(REFERENCE_DATE);

interface Insurance {
  readonly code: string;
  readonly status: '1' | '2' | '3' | '4';
  readonly since: string;
  readonly months: number;
  readonly lastPaid?: string;
}

export interface PersonInsuranceFacts {
  readonly cardNumber: string;
  readonly status: '1' | '2' | '3' | '4';
  readonly employer?: Enterprise;
  readonly baseFen?: number;
  readonly months: number;
  readonly firstInsuredOn: string;
  readonly regionCode: string;
  readonly pensionFen?: number;
  readonly insurances: readonly Insurance[];
}

function yyyymm(isoMonth: string): string {
  return isoMonth.replace('-', '');
}

/** A person's insurance history, derived from their age, work and life events. */
export function personInsuranceFacts(population: Population, person: Person): PersonInsuranceFacts {
  const rng = subjectRandom('social-security', person.idNumber, 'history');
  const card = subjectRandom('social-security', person.idNumber, 'card');
  const cardNumber = card.pick(CARD_LETTERS.split('')) + card.digits(8);
  const regionCode = population.household(person.householdNumber)?.districtCode ?? person.idNumber.slice(0, 6);
  const age = ageOn(person.birthDate);
  const end = person.deathDate ?? REFERENCE_DATE;
  const lastPaid = person.deathDate === undefined ? LAST_PAID : monthBefore(person.deathDate, 0);
  const employer = person.employerUscc === undefined ? undefined : population.enterprise(person.employerUscc);
  const wage = monthlyWageYuan(population, person);

  if (age < 18) {
    // Children are insured in the resident medical scheme from shortly after birth.
    const since = minDate(addDays(person.birthDate, rng.int(30, 180)), REFERENCE_DATE);
    const months = Math.max(0, monthsBetween(since, REFERENCE_DATE));
    return { cardNumber, status: '1', months, firstInsuredOn: since, regionCode, insurances: [{ code: '390', status: '1', since, months, lastPaid: LAST_PAID }] };
  }

  // Working life insured from a first job between 18 and 26, but not before the 1990s reforms.
  const firstJob = maxDate(addYears(person.birthDate, 18 + rng.int(0, 8)), '1992-01-01');
  const retirement = addYears(person.birthDate, retirementAge(person));
  if (isRetired(person)) {
    const employeeScheme = person.idNumber === DEMO_CITIZEN_ID || rng.chance(0.8);
    const since = minDate(firstJob, addYears(retirement, -1));
    const status = person.deathDate === undefined ? '4' : '3';
    // Months include the "deemed" years before the individual-account era (视同缴费年限).
    const months = employeeScheme ? rng.int(180, 480) : rng.int(15, 180);
    const pensionFen = person.deathDate === undefined ? Math.round((employeeScheme ? monthlyPensionYuan(person) : rng.int(200, 900)) * 100) : undefined;
    const insurances: Insurance[] = employeeScheme
      ? [
          { code: '110', status, since, months },
          { code: '310', status, since, months },
        ]
      : [
          { code: '170', status, since, months },
          { code: '390', status: person.deathDate === undefined ? '1' : '3', since, months: monthsBetween(since, end), lastPaid },
        ];
    return { cardNumber, status, months, firstInsuredOn: since, regionCode, ...(pensionFen === undefined ? {} : { pensionFen }), insurances };
  }

  const since = minDate(firstJob, addDays(REFERENCE_DATE, -60));
  const span = Math.max(1, monthsBetween(since, end));
  if (employer !== undefined && wage !== undefined && person.deathDate === undefined) {
    const baseFen = Math.min(Math.max(wage, BASE_MIN_YUAN), BASE_MAX_YUAN) * 100;
    const months = Math.max(1, Math.round(span * (0.8 + rng.next() * 0.2)));
    return {
      cardNumber,
      status: '1',
      employer,
      baseFen,
      months,
      firstInsuredOn: since,
      regionCode,
      insurances: EMPLOYEE_SCHEMES.map((code) => ({ code, status: '1', since, months, lastPaid: LAST_PAID })),
    };
  }
  const dead = person.deathDate !== undefined;
  const path = rng.weighted([['laid-off', 0.4], ['resident', 0.45], ['medical-only', 0.15]] as const);
  if (path === 'laid-off') {
    // Worked and contributed for a while, then stopped: the employee pension is suspended (暂停缴费).
    const months = Math.max(1, Math.round(span * (0.2 + rng.next() * 0.5)));
    const stopped = monthBefore(REFERENCE_DATE, rng.int(3, Math.max(3, span - months)));
    return {
      cardNumber,
      status: dead ? '3' : '2',
      months,
      firstInsuredOn: since,
      regionCode,
      insurances: [
        { code: '110', status: dead ? '3' : '2', since, months, lastPaid: stopped },
        { code: '390', status: dead ? '3' : '1', since: maxDate(since, '2016-01-01'), months: monthsBetween(maxDate(since, '2016-01-01'), end), lastPaid },
      ],
    };
  }
  const residentSince = maxDate(since, '2014-01-01');
  const months = Math.max(0, monthsBetween(residentSince, end));
  const status = dead ? '3' : '1';
  const insurances: Insurance[] = [{ code: '390', status, since: residentSince, months, lastPaid }];
  if (path === 'resident') insurances.unshift({ code: '170', status, since: residentSince, months, lastPaid });
  return { cardNumber, status, months, firstInsuredOn: residentSince, regionCode, insurances };
}

function lines(records: readonly string[]): string {
  return [...records, formatRecord(TRAILER, { JLS: String(records.length) })].join('\r\n') + '\r\n';
}

function text(status: number, body: string): NativeResponse {
  return { status, contentType: SOCIAL_SECURITY_CONTENT_TYPE, body };
}

function personAnswer(population: Population, person: Person, corrupt: boolean): NativeResponse {
  const facts = personInsuranceFacts(population, person);
  const records = [
    formatRecord(PERSON_HEADER, {
      GMSFHM: person.idNumber,
      XM: person.name,
      SBKH: facts.cardNumber,
      // The corrupt fault: a status code the code table does not have.
      CBZT: corrupt ? '7' : facts.status,
      DWTYDM: facts.employer?.uscc ?? '',
      DWMC: facts.employer?.name ?? '',
      JFJS: facts.baseFen === undefined ? '' : String(facts.baseFen),
      LJJFYS: String(facts.months),
      SCCBRQ: compactDate(facts.firstInsuredOn),
      CBDQ: facts.regionCode,
      YYLJ: facts.pensionFen === undefined ? '' : String(facts.pensionFen),
    }),
    ...facts.insurances.map((insurance) =>
      formatRecord(PERSON_INSURANCE, {
        XZLX: insurance.code,
        CBZT: insurance.status,
        CBRQ: compactDate(insurance.since),
        JFYS: String(insurance.months),
        ZHJFNY: insurance.lastPaid === undefined ? '' : yyyymm(insurance.lastPaid),
      }),
    ),
  ];
  return text(200, lines(records));
}

function employerAnswer(population: Population, enterprise: Enterprise, corrupt: boolean): NativeResponse {
  const rng = subjectRandom('social-security', enterprise.uscc, 'employer');
  const registration = subjectRandom('social-security', enterprise.uscc, 'registration');
  const status = enterprise.status === 'active' ? '1' : enterprise.status === 'suspended' || enterprise.status === 'revoked' ? '2' : '3';
  const registeredOn = minDate(addDays(enterprise.establishedOn, registration.int(10, 60)), REFERENCE_DATE);
  const staff = status === '3' ? [] : population.employeesOf(enterprise.uscc).map((person) => personInsuranceFacts(population, person)).filter((f) => f.employer !== undefined);
  const baseTotal = staff.reduce((sum, f) => sum + (f.baseFen ?? 0), 0);
  const owes = status === '1' && enterprise.uscc !== DEMO_ENTERPRISE_USCC && staff.length > 0 && rng.chance(0.06);
  const owedMonths = owes ? rng.int(1, 6) : 0;
  // Employer and employee together pay roughly 30 % of the base each month.
  const arrearsFen = Math.round(baseTotal * 0.3 * owedMonths);
  const lastPaid = status === '3' || staff.length === 0 ? undefined : monthBefore(REFERENCE_DATE, 1 + owedMonths);
  const records = [
    formatRecord(EMPLOYER_HEADER, {
      DWTYDM: enterprise.uscc,
      DWMC: enterprise.name,
      DWBH: enterprise.districtCode.slice(0, 4) + registration.digits(6),
      DJZT: status,
      // The corrupt fault: month 13, day 32.
      DJRQ: corrupt ? `${registeredOn.slice(0, 4)}1332` : compactDate(registeredOn),
      CBRS: String(staff.length),
      JFJSZE: String(baseTotal),
      QFJE: String(arrearsFen),
      QFYS: String(owedMonths),
    }),
    ...(status === '3'
      ? []
      : EMPLOYEE_SCHEMES.map((code) =>
          formatRecord(EMPLOYER_INSURANCE, { XZLX: code, CBRS: String(staff.length), ZHJFNY: lastPaid === undefined ? '' : yyyymm(lastPaid) }),
        )),
  ];
  return text(200, lines(records));
}

export function answerSocialSecurity(population: Population, request: NativeRequest, corrupt: boolean): NativeResponse {
  if (request.method !== 'GET') return text(405, 'E405 METHOD NOT ALLOWED\r\n');
  if (request.path === '/si/grcbxx') {
    const person = population.person((request.query?.zjhm ?? '').toUpperCase());
    return person === undefined ? text(404, NOT_FOUND_BODY) : personAnswer(population, person, corrupt);
  }
  if (request.path === '/si/dwcbxx') {
    const enterprise = population.enterprise((request.query?.tyshxydm ?? '').toUpperCase());
    return enterprise === undefined ? text(404, NOT_FOUND_BODY) : employerAnswer(population, enterprise, corrupt);
  }
  return text(404, 'E404 NO SUCH SERVICE\r\n');
}

/** The department's legacy system itself: its answers and its outage page, wherever they are rendered. */
export function socialSecurityDepartment(population: Population = defaultPopulation()): SimulatedDepartment {
  return {
    department: 'social-security',
    answer: (request, { corrupt }) => answerSocialSecurity(population, request, corrupt),
    unavailable: () => text(503, 'E503 SYSTEM MAINTENANCE\r\n'),
  };
}

export function createSocialSecuritySimulator(options: SimulatorOptions, population: Population = defaultPopulation()): NativeSystem {
  return createSimulatedSystem(options, socialSecurityDepartment(population));
}

