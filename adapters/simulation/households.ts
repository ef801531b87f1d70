/**
 * Generates households (户): a head, usually a spouse, children born after the marriage, sometimes a
 * parent of the head, a married child with their spouse and a grandchild. Relations are GB/T 4761-2008
 * codes as the household register writes them; marriages, divorces and deaths are registered so that
 * civil affairs, the police and social security tell the same story.
 */
import { addDays, addYears, ageOn, maxDate, minDate, REFERENCE_DATE } from './calendar';
import type { Sex } from './model';
import { surnameOf } from './names';
import { LATEST_EVENT, MARRIAGE_AGE, otherSex, type HouseholdDraft, type PersonDraft, type PopulationDraft } from './population-draft';
import { DISTRICTS, districtFullName, ethnicityWeights, policeStationOf, type District } from './regions';

const DISTRICT_WEIGHTS = DISTRICTS.map((district) => [district, district.weight] as const);

/** Sons: 长子, 次子, 三子, 四子, 五子, then 其他儿子; daughters likewise (GB/T 4761-2008). */
const SON_CODES = ['22', '23', '24', '25', '26'] as const;
const DAUGHTER_CODES = ['32', '33', '34', '35', '36'] as const;

export function pickDistrict(draft: PopulationDraft): District {
  return draft.rng.weighted(DISTRICT_WEIGHTS);
}

function householdAddress(draft: PopulationDraft, district: District, street: string): string {
  const rng = draft.rng;
  const road = rng.pick(district.roads);
  const number = rng.int(1, 299);
  const floor = rng.int(1, 18);
  const room = `${floor}${String(rng.int(1, 4)).padStart(2, '0')}`;
  const style = rng.int(0, 3);
  const place = `${districtFullName(district)}${street}${road}`;
  if (style === 0) return `${place}${number}号院${rng.int(1, 12)}号楼${rng.int(1, 6)}单元${room}室`;
  if (style === 1) return `${place}${number}号${rng.int(1, 20)}栋${room}室`;
  if (style === 2) return `${place}${number}号${rng.int(1, 9)}幢${rng.int(1, 4)}单元${room}`;
  return `${place}${number}号`;
}

interface HouseholdContext {
  readonly draft: PopulationDraft;
  readonly household: HouseholdDraft;
  readonly district: District;
}

function addMember(
  ctx: HouseholdContext,
  spec: { sex: Sex; birthDate: string; regionCode?: string; ethnicityCode: string; relation: string; surname?: string },
): PersonDraft {
  const person = ctx.draft.addPerson({
    sex: spec.sex,
    birthDate: spec.birthDate,
    regionCode: spec.regionCode ?? ctx.district.code,
    ethnicityCode: spec.ethnicityCode,
    householdNumber: ctx.household.number,
    relationToHead: spec.relation,
    ...(spec.surname === undefined ? {} : { surname: spec.surname }),
  });
  ctx.household.memberIds.push(person.idNumber);
  return person;
}

/** Where someone who moved here was first registered: usually here, otherwise anywhere. */
function originOf(ctx: HouseholdContext, localShare: number): { regionCode: string; ethnicityCode: string } {
  const rng = ctx.draft.rng;
  const regionCode = rng.chance(localShare) ? ctx.district.code : pickDistrict(ctx.draft).code;
  return { regionCode, ethnicityCode: rng.weighted(ethnicityWeights(regionCode)) };
}

/** A spouse for `person`, married on a plausible date, or undefined when no legal date exists. */
function addSpouse(ctx: HouseholdContext, person: PersonDraft, relation: string, localShare: number): PersonDraft | undefined {
  const { draft } = ctx;
  const rng = draft.rng;
  const sex = otherSex(person.sex);
  const age = ageOn(person.birthDate) + (sex === 'male' ? rng.int(0, 5) : -rng.int(0, 5));
  const spouseAge = Math.max(age, MARRIAGE_AGE[sex] + 1);
  const birthDate = draft.birthDateForAge(spouseAge);
  const from = maxDate(addYears(person.birthDate, MARRIAGE_AGE[person.sex]), addYears(birthDate, MARRIAGE_AGE[sex]));
  const date = draft.dateWithin(from, minDate(addYears(from, 9), LATEST_EVENT));
  if (date === undefined) return undefined;
  const origin = originOf(ctx, localShare);
  // Most couples share an ethnicity; children take one of their parents'.
  const ethnicityCode = rng.chance(0.85) ? person.ethnicityCode : origin.ethnicityCode;
  const spouse = addMember(ctx, { sex, birthDate, regionCode: origin.regionCode, ethnicityCode, relation });
  marryWithHistory(ctx, person, spouse, date);
  return spouse;
}

/** Registers a couple's marriage, sometimes after an earlier marriage with someone else, or as a 复婚. */
function marryWithHistory(ctx: HouseholdContext, a: PersonDraft, b: PersonDraft, date: string): void {
  const { draft, district } = ctx;
  const rng = draft.rng;
  const roll = rng.next();
  if (roll < 0.015) {
    // Married, divorced, and married each other again (复婚).
    const divorced = draft.dateWithin(addDays(date, 400), minDate(addYears(date, 12), addDays(LATEST_EVENT, -400)));
    const restored = divorced === undefined ? undefined : draft.dateWithin(addDays(divorced, 60), minDate(addYears(divorced, 4), LATEST_EVENT));
    if (divorced !== undefined && restored !== undefined) {
      draft.registerCouple('marriage', a, b, date, district.code);
      draft.registerCouple('divorce', a, b, divorced, district.code);
      draft.registerCouple('marriage-restored', a, b, restored, district.code);
      return;
    }
  } else if (roll < 0.09) {
    // One of them was married before and divorced (再婚).
    const previous = rng.chance(0.5) ? a : b;
    const outsider = draft.outsiderPartnerOf(previous);
    const earliest = maxDate(addYears(previous.birthDate, MARRIAGE_AGE[previous.sex]), addYears(outsider.birthDate, MARRIAGE_AGE[outsider.sex]));
    const first = draft.dateWithin(earliest, addDays(date, -800));
    const divorced = first === undefined ? undefined : draft.dateWithin(addDays(first, 365), addDays(date, -60));
    if (first !== undefined && divorced !== undefined) {
      draft.registerWithOutsider('marriage', previous, outsider, first, previous.birthRegionCode);
      draft.registerWithOutsider('divorce', previous, outsider, divorced, previous.birthRegionCode);
    }
  }
  draft.registerCouple('marriage', a, b, date, district.code);
}

/** The marital history of an adult who lives without a spouse: never married, divorced or widowed. */
function singleHistory(ctx: HouseholdContext, person: PersonDraft): void {
  const { draft } = ctx;
  const rng = draft.rng;
  const age = ageOn(person.birthDate);
  if (age < MARRIAGE_AGE[person.sex]) return;
  const weights: readonly (readonly ['never' | 'divorced' | 'widowed', number])[] =
    age < 30 ? [['never', 0.88], ['divorced', 0.12]] : age < 60 ? [['never', 0.35], ['divorced', 0.5], ['widowed', 0.15]] : [['never', 0.06], ['divorced', 0.22], ['widowed', 0.72]];
  const fate = rng.weighted(weights);
  if (fate === 'never') return;
  const outsider = draft.outsiderPartnerOf(person);
  const earliest = maxDate(addYears(person.birthDate, MARRIAGE_AGE[person.sex]), addYears(outsider.birthDate, MARRIAGE_AGE[outsider.sex]));
  const married = draft.dateWithin(earliest, minDate(addYears(earliest, 10), addDays(LATEST_EVENT, -400)));
  if (married === undefined) return;
  const ended = draft.dateWithin(addDays(married, 365), LATEST_EVENT);
  if (ended === undefined) return;
  const registry = rng.chance(0.7) ? ctx.district.code : person.birthRegionCode;
  draft.registerWithOutsider('marriage', person, outsider, married, registry);
  if (fate === 'divorced') draft.registerWithOutsider('divorce', person, outsider, ended, registry);
  else person.widowedOn = ended;
}

/** Children of a couple (or a single parent), born after the marriage and while the mother was 20–42. */
function addChildren(ctx: HouseholdContext, parents: readonly PersonDraft[], count: number, relationOf: (sex: Sex, rank: number, only: boolean) => string): PersonDraft[] {
  const { draft } = ctx;
  const rng = draft.rng;
  const mother = parents.find((p) => p.sex === 'female');
  const father = parents.find((p) => p.sex === 'male');
  const anyParent = parents[0]!;
  const marriage = anyParent.marriages.find((m) => parents.some((p) => p.idNumber === m.partnerId));
  let from = addYears(anyParent.birthDate, 20);
  if (mother) from = maxDate(from, addYears(mother.birthDate, 20));
  if (father) from = maxDate(from, addYears(father.birthDate, 22));
  if (marriage) from = maxDate(from, addDays(marriage.date, 300));
  const to = minDate(addYears((mother ?? anyParent).birthDate, 42), REFERENCE_DATE);
  const births: { sex: Sex; birthDate: string }[] = [];
  for (let i = 0; i < count; i++) {
    const birthDate = draft.dateWithin(from, to);
    if (birthDate !== undefined) births.push({ sex: rng.chance(0.52) ? 'male' : 'female', birthDate });
  }
  births.sort((x, y) => (x.birthDate < y.birthDate ? -1 : 1));
  const only = births.length === 1;
  const ranks: Record<Sex, number> = { male: 0, female: 0 };
  const fatherSurname = father ? surnameOf(father.name) : undefined;
  const motherSurname = mother ? surnameOf(mother.name) : undefined;
  return births.map(({ sex, birthDate }) => {
    const rank = ranks[sex]++;
    const surname = rng.chance(0.1) && motherSurname !== undefined ? motherSurname : (fatherSurname ?? motherSurname);
    const parent = rng.pick(parents);
    return addMember(ctx, {
      sex,
      birthDate,
      ethnicityCode: parent.ethnicityCode,
      relation: relationOf(sex, rank, only),
      ...(surname === undefined ? {} : { surname }),
    });
  });
}

function childOfHeadRelation(sex: Sex, rank: number, only: boolean): string {
  if (only) return sex === 'male' ? '21' : '31';
  const codes = sex === 'male' ? SON_CODES : DAUGHTER_CODES;
  return codes[rank] ?? (sex === 'male' ? '29' : '39');
}

/** Deaths among the elderly (never the head, whose register would have been transferred). */
function registerDeaths(ctx: HouseholdContext, members: readonly PersonDraft[]): void {
  const { draft } = ctx;
  for (const person of members) {
    const age = ageOn(person.birthDate);
    if (age < 70 || !draft.rng.chance(0.12)) continue;
    const lastEvent = person.marriages.at(-1)?.date ?? person.birthDate;
    const deathDate = draft.dateWithin(maxDate(maxDate(addYears(person.birthDate, 70), addYears(REFERENCE_DATE, -8)), addDays(lastEvent, 1)), LATEST_EVENT);
    if (deathDate === undefined) continue;
    person.deathDate = deathDate;
    const spouse = person.spouseId === undefined ? undefined : draft.persons.get(person.spouseId);
    if (spouse !== undefined) spouse.widowedOn = deathDate;
  }
}

function earliestMarriage(a: PersonDraft, b: PersonDraft): string {
  return maxDate(addYears(a.birthDate, MARRIAGE_AGE[a.sex]), addYears(b.birthDate, MARRIAGE_AGE[b.sex]));
}

function ageBand(draft: PopulationDraft): number {
  const [min, max] = draft.rng.weighted([
    [[22, 29], 0.13],
    [[30, 44], 0.3],
    [[45, 59], 0.28],
    [[60, 74], 0.19],
    [[75, 92], 0.1],
  ] as const);
  return draft.rng.int(min, max);
}

/** Generates one household and its people. */
export function generateHousehold(draft: PopulationDraft): void {
  const rng = draft.rng;
  const district = pickDistrict(draft);
  const street = rng.pick(district.streets);
  const household: HouseholdDraft = {
    number: draft.newHouseholdNumber(),
    districtCode: district.code,
    street,
    address: householdAddress(draft, district, street),
    policeStation: policeStationOf(district, street),
    headId: '',
    memberIds: [],
  };
  draft.households.push(household);
  const ctx: HouseholdContext = { draft, household, district };

  const headAge = ageBand(draft);
  const headSex: Sex = rng.chance(0.66) ? 'male' : 'female';
  const headOrigin = originOf(ctx, 0.72);
  const head = addMember(ctx, { sex: headSex, birthDate: draft.birthDateForAge(headAge), ...headOrigin, relation: '02' });
  household.headId = head.idNumber;

  const marriedShare = headAge < 30 ? 0.55 : headAge < 75 ? 0.82 : 0.6;
  const spouse = rng.chance(marriedShare) ? addSpouse(ctx, head, headSex === 'male' ? '12' : '11', 0.7) : undefined;
  if (spouse === undefined) singleHistory(ctx, head);

  const childWeights: readonly (readonly [number, number])[] =
    headAge < 30 ? [[0, 0.6], [1, 0.4]] : headAge <= 55 ? [[0, 0.15], [1, 0.5], [2, 0.3], [3, 0.05]] : [[0, 0.5], [1, 0.35], [2, 0.15]];
  const parents = spouse === undefined ? [head] : [head, spouse];
  const children = addChildren(ctx, parents, rng.weighted(childWeights), childOfHeadRelation);

  // A parent (or both) of the head living with them: 51 父亲, 52 母亲.
  if (headAge >= 28 && headAge <= 58 && rng.chance(0.15)) {
    const both = rng.chance(0.45);
    const sexes: Sex[] = both ? ['male', 'female'] : [rng.chance(0.4) ? 'male' : 'female'];
    const elders = sexes.map((sex) => {
      const age = headAge + rng.int(sex === 'male' ? 24 : 21, 34);
      const surname = sex === 'male' ? surnameOf(head.name) : undefined;
      return addMember(ctx, {
        sex,
        birthDate: draft.birthDateForAge(Math.min(age, 99)),
        regionCode: head.idNumber.slice(0, 6),
        ethnicityCode: head.ethnicityCode,
        relation: sex === 'male' ? '51' : '52',
        ...(surname === undefined ? {} : { surname }),
      });
    });
    const [first, second] = elders;
    if (first !== undefined && second !== undefined) {
      const date = draft.dateWithin(earliestMarriage(first, second), addDays(head.birthDate, -300));
      if (date !== undefined) draft.registerCouple('marriage', first, second, date, first.birthRegionCode);
    } else if (first !== undefined) singleHistory(ctx, first);
  }

  // A grown-up child living with the parents, with their spouse (38 儿媳 / 28 女婿) and a grandchild.
  const adultChild = children.find((child) => ageOn(child.birthDate) >= 24);
  let childMarried = false;
  if (adultChild !== undefined && rng.chance(0.35)) {
    const inLaw = addSpouse(ctx, adultChild, adultChild.sex === 'male' ? '38' : '28', 0.6);
    if (inLaw !== undefined) {
      childMarried = true;
      if (rng.chance(0.6)) {
        const viaSon = adultChild.sex === 'male';
        addChildren(ctx, [adultChild, inLaw], 1, (sex) => (viaSon ? (sex === 'male' ? '41' : '42') : sex === 'male' ? '43' : '44'));
      }
    }
  }
  for (const child of children) {
    if (child === adultChild && childMarried) continue;
    singleHistory(ctx, child);
  }

  registerDeaths(ctx, household.memberIds.slice(1).map((id) => draft.persons.get(id)!));
}

