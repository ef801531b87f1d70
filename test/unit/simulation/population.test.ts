import { ageOn, REFERENCE_DATE } from '../../../adapters/simulation/calendar';
import { DEMO_FAMILY, DEMO_HOUSEHOLD_NUMBER } from '../../../adapters/simulation/demo-data';
import { DEMO_CITIZEN_ID, DEMO_ENTERPRISE_USCC, UNKNOWN_CITIZEN_ID, UNKNOWN_ENTERPRISE_USCC } from '../../../adapters/simulation/demo-subjects';
import type { Population } from '../../../adapters/simulation/model';
import { buildPopulation, defaultPopulation, DEFAULT_POPULATION_SIZE } from '../../../adapters/simulation/population';
import { districtByCode } from '../../../adapters/simulation/regions';
import { birthDateOf, checkResidentId, sexOf } from '../../../identity/resident-id';
import { checkUscc } from '../../../identity/uscc';

const population: Population = defaultPopulation();

describe('the simulated population', () => {
  test('has the default size: about 2000 people in households, 300 enterprises', () => {
    expect(population.persons.length).toBeGreaterThanOrEqual(DEFAULT_POPULATION_SIZE.persons);
    expect(population.persons.length).toBeLessThan(DEFAULT_POPULATION_SIZE.persons + 12);
    expect(population.enterprises).toHaveLength(DEFAULT_POPULATION_SIZE.enterprises);
    expect(population.households.length).toBeGreaterThan(500);
  });

  test('is deterministic: the same seed gives the same people, another seed other people', () => {
    const again = buildPopulation();
    expect(again.persons).toEqual(population.persons);
    expect(again.households).toEqual(population.households);
    expect(again.enterprises).toEqual(population.enterprises);
    const other = buildPopulation({ seed: 'another seed', persons: 300, enterprises: 40 });
    expect(other.persons.slice(5, 50).map((p) => p.idNumber)).not.toEqual(population.persons.slice(5, 50).map((p) => p.idNumber));
  });

  test('honours the requested size', () => {
    const small = buildPopulation({ persons: 200, enterprises: 25 });
    expect(small.persons.length).toBeGreaterThanOrEqual(200);
    expect(small.persons.length).toBeLessThan(215);
    expect(small.enterprises).toHaveLength(25);
    expect(small.person(DEMO_CITIZEN_ID)).toBeDefined();
  });

  test('every id number is a valid GB 11643 number that agrees with the person', () => {
    const ids = new Set<string>();
    for (const person of population.persons) {
      expect([person.idNumber, checkResidentId(person.idNumber).valid]).toEqual([person.idNumber, true]);
      expect(birthDateOf(person.idNumber)).toBe(person.birthDate);
      expect(sexOf(person.idNumber)).toBe(person.sex);
      expect(districtByCode(person.idNumber.slice(0, 6))).toBeDefined();
      expect(person.birthDate <= REFERENCE_DATE).toBe(true);
      ids.add(person.idNumber);
    }
    expect(ids.size).toBe(population.persons.length);
  });

  test('every USCC is a valid GB 32100 code, unique', () => {
    for (const enterprise of population.enterprises) expect([enterprise.uscc, checkUscc(enterprise.uscc).valid]).toEqual([enterprise.uscc, true]);
    expect(new Set(population.enterprises.map((e) => e.uscc)).size).toBe(population.enterprises.length);
    expect(new Set(population.enterprises.map((e) => e.name)).size).toBe(population.enterprises.length);
  });

  test('the unknown subjects are valid but absent', () => {
    expect(checkResidentId(UNKNOWN_CITIZEN_ID).valid).toBe(true);
    expect(checkUscc(UNKNOWN_ENTERPRISE_USCC).valid).toBe(true);
    expect(population.person(UNKNOWN_CITIZEN_ID)).toBeUndefined();
    expect(population.enterprise(UNKNOWN_ENTERPRISE_USCC)).toBeUndefined();
    expect(population.persons.some((p) => p.marriages.some((m) => m.partnerId === UNKNOWN_CITIZEN_ID))).toBe(false);
  });

  test('the demo citizen is present with full data', () => {
    const citizen = population.person(DEMO_CITIZEN_ID)!;
    expect(citizen).toMatchObject({ name: '王秀英', sex: 'female', birthDate: '1949-12-31', ethnicityCode: '01', relationToHead: '02', householdNumber: DEMO_HOUSEHOLD_NUMBER });
    expect(citizen.spouseId).toBe(DEMO_FAMILY.husband);
    expect(citizen.marriages).toHaveLength(1);
    const household = population.household(DEMO_HOUSEHOLD_NUMBER)!;
    expect(household.districtCode).toBe('110105');
    expect(household.address).toMatch(/^北京市朝阳区/);
    expect(household.memberIds).toEqual([DEMO_CITIZEN_ID, DEMO_FAMILY.husband, DEMO_FAMILY.son, DEMO_FAMILY.daughterInLaw, DEMO_FAMILY.grandson]);
    for (const id of Object.values(DEMO_FAMILY)) expect(checkResidentId(id).valid).toBe(true);
  });

  test('the demo enterprise is present and represented by the demo citizen', () => {
    const enterprise = population.enterprise(DEMO_ENTERPRISE_USCC)!;
    expect(enterprise).toMatchObject({ name: '福州闽江数据服务有限公司', legalRepresentativeId: DEMO_CITIZEN_ID, status: 'active', registrationRegionCode: '350100' });
    expect(population.rolesOf(DEMO_CITIZEN_ID)).toEqual([{ uscc: DEMO_ENTERPRISE_USCC, roles: ['legal-representative', 'shareholder'], subscribedWan: 600 }]);
    expect(population.employeesOf(DEMO_ENTERPRISE_USCC).length).toBeGreaterThanOrEqual(5);
  });

  test('households are consistent: one head, members point back, spouses point at each other', () => {
    for (const household of population.households) {
      const members = household.memberIds.map((id) => population.person(id)!);
      expect(members[0]!.idNumber).toBe(household.headId);
      expect(members.filter((m) => m.relationToHead === '02')).toHaveLength(1);
      for (const member of members) expect(member.householdNumber).toBe(household.number);
      expect(household.address.startsWith(household.address.slice(0, 3))).toBe(true);
    }
    for (const person of population.persons) {
      if (person.spouseId === undefined) continue;
      const spouse = population.person(person.spouseId)!;
      expect(spouse.spouseId).toBe(person.idNumber);
      expect(spouse.sex).not.toBe(person.sex);
    }
  });

  test('marriages are registered for both partners, at legal ages, in date order', () => {
    for (const person of population.persons) {
      const dates = person.marriages.map((m) => m.date);
      expect(dates).toEqual([...dates].sort());
      for (const event of person.marriages) {
        expect(ageOn(person.birthDate, event.date)).toBeGreaterThanOrEqual(person.sex === 'male' ? 22 : 20);
        expect(event.certificateNumber).toMatch(/^[JL][0-9]{6}-[0-9]{4}-[0-9]{6}$/);
        const partner = population.person(event.partnerId);
        if (partner !== undefined) {
          expect(partner.marriages.some((m) => m.certificateNumber === event.certificateNumber && m.partnerId === person.idNumber)).toBe(true);
        } else {
          expect(checkResidentId(event.partnerId).valid).toBe(true);
        }
      }
    }
  });

  test('enterprises have adult legal representatives and capital that adds up', () => {
    for (const enterprise of population.enterprises) {
      const legalRep = population.person(enterprise.legalRepresentativeId)!;
      expect(legalRep).toBeDefined();
      expect(legalRep.deathDate).toBeUndefined();
      expect(ageOn(legalRep.birthDate)).toBeGreaterThanOrEqual(25);
      const subscribed = enterprise.shareholders.reduce((sum, s) => sum + s.subscribedWan, 0);
      expect(subscribed).toBe(enterprise.registeredCapitalWan);
      expect(enterprise.name).toMatch(/(有限公司|股份有限公司)$/);
      expect(enterprise.uscc.slice(2, 8)).toBe(enterprise.registrationRegionCode);
    }
  });

  test('employees are alive adults working for active enterprises', () => {
    const employed = population.persons.filter((p) => p.employerUscc !== undefined);
    expect(employed.length).toBeGreaterThan(300);
    for (const person of employed) {
      expect(person.deathDate).toBeUndefined();
      expect(ageOn(person.birthDate)).toBeGreaterThanOrEqual(18);
      expect(population.enterprise(person.employerUscc!)?.status).toBe('active');
    }
  });

  test('looks like a population: names, ethnicities, relations and deaths vary', () => {
    expect(new Set(population.persons.map((p) => p.name[0])).size).toBeGreaterThan(50);
    expect(new Set(population.persons.map((p) => p.ethnicityCode)).size).toBeGreaterThan(3);
    expect(new Set(population.persons.map((p) => p.relationToHead)).size).toBeGreaterThan(10);
    expect(population.persons.some((p) => p.deathDate !== undefined)).toBe(true);
    expect(population.persons.some((p) => p.marriages.some((m) => m.kind === 'divorce'))).toBe(true);
  });
});
