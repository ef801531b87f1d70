/**
 * Mutable state while the population is being generated: id numbers in use, household numbers,
 * certificate sequences, and the people created so far. Frozen into a Population at the end.
 */
import { addDays, addYears, birthDateForAge, minDate, randomDate, REFERENCE_DATE } from './calendar';
import { residentId } from './identifiers';
import type { Enterprise, MarriageEvent, MarriageEventKind, Sex } from './model';
import { personName, surnameOf } from './names';
import type { Random } from './prng';

export interface PersonDraft {
  idNumber: string;
  name: string;
  formerName?: string;
  sex: Sex;
  birthDate: string;
  ethnicityCode: string;
  /** Region code of the id number: where the person was first registered. */
  birthRegionCode: string;
  householdNumber: string;
  relationToHead: string;
  deathDate?: string;
  spouseId?: string;
  widowedOn?: string;
  marriages: MarriageEvent[];
  employerUscc?: string;
}

export interface HouseholdDraft {
  number: string;
  districtCode: string;
  street: string;
  address: string;
  policeStation: string;
  headId: string;
  memberIds: string[];
}

export interface NewPerson {
  readonly sex: Sex;
  readonly birthDate: string;
  readonly regionCode: string;
  readonly ethnicityCode: string;
  readonly householdNumber: string;
  readonly relationToHead: string;
  readonly surname?: string;
}

/** Legal minimum marriage ages (婚姻法): 22 for men, 20 for women. */
export const MARRIAGE_AGE: Readonly<Record<Sex, number>> = { male: 22, female: 20 };

export function otherSex(sex: Sex): Sex {
  return sex === 'male' ? 'female' : 'male';
}

export class PopulationDraft {
  readonly persons = new Map<string, PersonDraft>();
  readonly households: HouseholdDraft[] = [];
  readonly enterprises: Enterprise[] = [];
  private readonly usedIds = new Set<string>();
  private readonly householdNumbers = new Set<string>();
  private readonly certificateSequences = new Map<string, number>();

  constructor(
    readonly rng: Random,
    reservedIds: Iterable<string>,
  ) {
    for (const id of reservedIds) this.usedIds.add(id);
  }

  /** A fresh valid id number: GB 11643 sequence digits are odd for men and even for women. */
  allocateId(regionCode: string, birthDate: string, sex: Sex): string {
    for (let attempt = 0; attempt < 200; attempt++) {
      const sequence = this.rng.int(0, 499) * 2 + (sex === 'male' ? 1 : 0);
      const id = residentId(regionCode, birthDate, sequence);
      if (!this.usedIds.has(id)) {
        this.usedIds.add(id);
        return id;
      }
    }
    throw new Error(`no free id number for ${regionCode} ${birthDate}`);
  }

  reserveId(id: string): void {
    if (this.usedIds.has(id)) throw new Error(`id number ${id} is already in use`);
    this.usedIds.add(id);
  }

  newHouseholdNumber(): string {
    for (;;) {
      const number = String(this.rng.int(100_000_000, 999_999_999));
      if (!this.householdNumbers.has(number)) {
        this.householdNumbers.add(number);
        return number;
      }
    }
  }

  reserveHouseholdNumber(number: string): void {
    this.householdNumbers.add(number);
  }

  /** 结婚证 J… / 离婚证 L… numbers: registry code, year, and a sequence that only grows. */
  certificateNumber(kind: MarriageEventKind, registryCode: string, date: string): string {
    const letter = kind === 'divorce' ? 'L' : 'J';
    const key = `${letter}${registryCode}-${date.slice(0, 4)}`;
    const next = (this.certificateSequences.get(key) ?? this.rng.int(80, 2400)) + this.rng.int(1, 37);
    this.certificateSequences.set(key, next);
    return `${key}-${String(next).padStart(6, '0')}`;
  }

  addPerson(spec: NewPerson): PersonDraft {
    const rng = this.rng;
    const year = Number(spec.birthDate.slice(0, 4));
    const name = personName(rng, spec.sex, year, spec.ethnicityCode, spec.surname);
    const person: PersonDraft = {
      idNumber: this.allocateId(spec.regionCode, spec.birthDate, spec.sex),
      name,
      sex: spec.sex,
      birthDate: spec.birthDate,
      ethnicityCode: spec.ethnicityCode,
      birthRegionCode: spec.regionCode,
      householdNumber: spec.householdNumber,
      relationToHead: spec.relationToHead,
      marriages: [],
    };
    // 曾用名: common among people who grew up before 1980 (names changed at school or in the 1960s).
    const surname = surnameOf(name);
    if (year < 1980 && surname !== undefined && rng.chance(0.08)) {
      const former = personName(rng, spec.sex, year, spec.ethnicityCode, surname);
      if (former !== name) person.formerName = former;
    }
    this.persons.set(person.idNumber, person);
    return person;
  }

  insertPerson(person: PersonDraft): void {
    this.reserveId(person.idNumber);
    this.persons.set(person.idNumber, person);
  }

  private register(person: PersonDraft, kind: MarriageEventKind, date: string, partner: { idNumber: string; name: string }, registryCode: string, certificate: string): void {
    person.marriages.push({ kind, date, partnerId: partner.idNumber, partnerName: partner.name, registryCode, certificateNumber: certificate });
    person.marriages.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  }

  /** Registers a marriage (or a divorce, or a 复婚) for both partners, with one certificate each event. */
  registerCouple(kind: MarriageEventKind, a: PersonDraft, b: PersonDraft, date: string, registryCode: string): void {
    const certificate = this.certificateNumber(kind, registryCode, date);
    this.register(a, kind, date, b, registryCode, certificate);
    this.register(b, kind, date, a, registryCode, certificate);
    if (kind === 'divorce') {
      delete a.spouseId;
      delete b.spouseId;
    } else {
      a.spouseId = b.idNumber;
      b.spouseId = a.idNumber;
    }
  }

  /**
   * A former partner outside the simulated population: they get a valid id number (so the marriage
   * register reads right) that no department knows.
   */
  registerWithOutsider(kind: MarriageEventKind, person: PersonDraft, partner: { idNumber: string; name: string }, date: string, registryCode: string): void {
    this.register(person, kind, date, partner, registryCode, this.certificateNumber(kind, registryCode, date));
  }

  outsiderPartnerOf(person: PersonDraft): { idNumber: string; name: string; sex: Sex; birthDate: string } {
    const rng = this.rng;
    const sex = otherSex(person.sex);
    const offset = sex === 'male' ? rng.int(0, 5) : -rng.int(0, 5);
    let birthDate = addYears(person.birthDate, -offset);
    birthDate = minDate(birthDate, addYears(REFERENCE_DATE, -MARRIAGE_AGE[sex]));
    const year = Number(birthDate.slice(0, 4));
    return {
      idNumber: this.allocateId(person.birthRegionCode, birthDate, sex),
      name: personName(rng, sex, year, person.ethnicityCode),
      sex,
      birthDate,
    };
  }

  /** A random day in [from, to], or undefined when the window is empty. */
  dateWithin(from: string, to: string): string | undefined {
    return from > to ? undefined : randomDate(this.rng, from, to);
  }

  birthDateForAge(age: number): string {
    return birthDateForAge(this.rng, age);
  }
}

/** One month before the reference date: the latest day the generator lets anything happen. */
export const LATEST_EVENT = addDays(REFERENCE_DATE, -30);
