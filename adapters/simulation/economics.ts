/**
 * Money facts more than one department must agree on: what a person earns (social security bases its
 * contributions on it, the tax bureau sees it as income) and what a retiree's pension is. Derived from
 * a department-neutral seed, so both simulators compute the same figures independently.
 */
import { ageOn } from './calendar';
import type { Person, Population } from './model';
import { subjectRandom } from './subject-random';

/** Legal retirement ages used by the simulation (men 60, women 55). */
export function retirementAge(person: Person): number {
  return person.sex === 'male' ? 60 : 55;
}

export function isRetired(person: Person): boolean {
  return ageOn(person.birthDate) >= retirementAge(person);
}

/** Monthly wage in yuan of an employed person: the industry's typical wage, give or take. */
export function monthlyWageYuan(population: Population, person: Person): number | undefined {
  if (person.employerUscc === undefined) return undefined;
  const enterprise = population.enterprise(person.employerUscc);
  if (enterprise === undefined) return undefined;
  const rng = subjectRandom('shared', person.idNumber, 'wage');
  const factor = 0.55 + rng.next() * 1.3 + (rng.chance(0.08) ? 1.5 : 0);
  return Math.round((enterprise.industry.wage * factor) / 10) * 10;
}

/** Monthly basic pension in yuan of a retiree (urban employee scheme), in cents-free yuan and jiao. */
export function monthlyPensionYuan(person: Person): number {
  const rng = subjectRandom('shared', person.idNumber, 'pension');
  return Math.round((2600 + rng.next() * 3400) * 10) / 10;
}
