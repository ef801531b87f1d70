/**
 * The synthetic population every simulator serves: a few thousand people in households, a few hundred
 * enterprises, all derived from one seed. Built lazily on first use (a few tens of milliseconds) and
 * indexed by id number, household number and USCC.
 */
import { DEMO_CITIZEN_ID, DEMO_ENTERPRISE_USCC, UNKNOWN_CITIZEN_ID, UNKNOWN_ENTERPRISE_USCC } from './demo-subjects';
import { addDemoSubjects } from './demo-data';
import { assignEmployment, generateEnterprises } from './enterprises';
import { generateHousehold } from './households';
import type { Enterprise, EnterpriseRole, EnterpriseRoleKind, Household, Person, Population } from './model';
import { PopulationDraft, type PersonDraft } from './population-draft';
import { Random } from './prng';

export interface PopulationOptions {
  /** Target number of people (households are kept whole, so the result may exceed it slightly). */
  readonly persons?: number;
  readonly enterprises?: number;
  readonly seed?: string;
}

export const DEFAULT_POPULATION_SIZE = { persons: 2000, enterprises: 300 } as const;
export const DEFAULT_SEED = 'tongban-population-v1';

function freezePerson(draft: PersonDraft): Person {
  // birthRegionCode is derivable from the id number; it is a generator detail, not a published fact.
  const { birthRegionCode: _unused, ...rest } = draft;
  return Object.freeze({ ...rest, marriages: Object.freeze(draft.marriages.map((m) => Object.freeze({ ...m }))) });
}

export function buildPopulation(options: PopulationOptions = {}): Population {
  const target = options.persons ?? DEFAULT_POPULATION_SIZE.persons;
  const enterpriseCount = options.enterprises ?? DEFAULT_POPULATION_SIZE.enterprises;
  const draft = new PopulationDraft(new Random(options.seed ?? DEFAULT_SEED), [UNKNOWN_CITIZEN_ID]);
  addDemoSubjects(draft);
  while (draft.persons.size < target) generateHousehold(draft);
  generateEnterprises(draft, enterpriseCount);
  assignEmployment(draft);

  const persons = [...draft.persons.values()].map(freezePerson);
  const households: Household[] = draft.households.map((h) => Object.freeze({ ...h, memberIds: Object.freeze([...h.memberIds]) }));
  const enterprises: Enterprise[] = draft.enterprises
    .filter((e) => e.uscc !== UNKNOWN_ENTERPRISE_USCC)
    .map((e) => Object.freeze({ ...e, shareholders: Object.freeze(e.shareholders.map((s) => Object.freeze({ ...s }))) }));

  const personIndex = new Map(persons.map((p) => [p.idNumber, p]));
  const householdIndex = new Map(households.map((h) => [h.number, h]));
  const enterpriseIndex = new Map(enterprises.map((e) => [e.uscc, e]));
  const roles = new Map<string, Map<string, { roles: Set<EnterpriseRoleKind>; subscribedWan?: number }>>();
  const roleOf = (idNumber: string, uscc: string): { roles: Set<EnterpriseRoleKind>; subscribedWan?: number } => {
    const byEnterprise = roles.get(idNumber) ?? new Map<string, { roles: Set<EnterpriseRoleKind>; subscribedWan?: number }>();
    roles.set(idNumber, byEnterprise);
    const entry = byEnterprise.get(uscc) ?? { roles: new Set<EnterpriseRoleKind>() };
    byEnterprise.set(uscc, entry);
    return entry;
  };
  for (const enterprise of enterprises) {
    roleOf(enterprise.legalRepresentativeId, enterprise.uscc).roles.add('legal-representative');
    for (const holding of enterprise.shareholders) {
      const entry = roleOf(holding.idNumber, enterprise.uscc);
      entry.roles.add('shareholder');
      entry.subscribedWan = holding.subscribedWan;
    }
  }
  const roleLists = new Map<string, readonly EnterpriseRole[]>();
  for (const [idNumber, byEnterprise] of roles) {
    roleLists.set(
      idNumber,
      Object.freeze(
        [...byEnterprise].map(([uscc, entry]) =>
          Object.freeze({
            uscc,
            // Fixed order, so answers do not depend on the order roles were discovered in.
            roles: Object.freeze((['legal-representative', 'shareholder'] as const).filter((r) => entry.roles.has(r))),
            ...(entry.subscribedWan === undefined ? {} : { subscribedWan: entry.subscribedWan }),
          }),
        ),
      ),
    );
  }
  const employees = new Map<string, Person[]>();
  for (const person of persons) {
    if (person.employerUscc === undefined) continue;
    const list = employees.get(person.employerUscc) ?? [];
    list.push(person);
    employees.set(person.employerUscc, list);
  }
  if (!enterpriseIndex.has(DEMO_ENTERPRISE_USCC) || !personIndex.has(DEMO_CITIZEN_ID)) throw new Error('demo subjects missing');
  if (personIndex.has(UNKNOWN_CITIZEN_ID)) throw new Error('the unknown citizen must stay unknown');

  return Object.freeze({
    persons: Object.freeze(persons),
    households: Object.freeze(households),
    enterprises: Object.freeze(enterprises),
    person: (idNumber: string) => personIndex.get(idNumber),
    household: (number: string) => householdIndex.get(number),
    enterprise: (uscc: string) => enterpriseIndex.get(uscc),
    rolesOf: (idNumber: string) => roleLists.get(idNumber) ?? [],
    employeesOf: (uscc: string) => employees.get(uscc) ?? [],
  });
}

let shared: Population | undefined;

/** The default population, built once per process on first use and shared by all simulators. */
export function defaultPopulation(): Population {
  shared ??= buildPopulation();
  return shared;
}
