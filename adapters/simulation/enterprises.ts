/**
 * Generates enterprises with valid USCCs and their owners and staff drawn from the population: a legal
 * representative (法定代表人) who is a real adult of the population, shareholders with subscribed
 * capital that adds up to the registered capital, and employees whose social security and tax records
 * point back at the enterprise.
 */
import { addDays, addYears, ageOn, minDate, randomDate, REFERENCE_DATE } from './calendar';
import { DEMO_CITIZEN_ID, DEMO_ENTERPRISE_USCC } from './demo-subjects';
import { enterpriseUscc, organisationCode } from './identifiers';
import type { EnterpriseStatus, Shareholding } from './model';
import { INDUSTRIES, tradeName } from './names';
import { LATEST_EVENT, type PersonDraft, type PopulationDraft } from './population-draft';
import { cityCode, cityShortName, districtFullName, marketRegulatorOf, requireDistrict } from './regions';
import { pickDistrict } from './households';

const BUILDINGS = ['国际大厦', '环球广场', '中心大厦', '科技园', '商务中心', '金融中心', '创业大厦', '时代广场', '财富中心', '软件园'];
const CAPITALS_WAN = [10, 30, 50, 100, 200, 300, 500, 800, 1000, 2000, 5000] as const;
const STATUSES: readonly (readonly [EnterpriseStatus, number])[] = [
  ['active', 0.86],
  ['suspended', 0.03],
  ['revoked', 0.04],
  ['cancelled', 0.05],
  ['moved-out', 0.02],
];

function isAlive(person: PersonDraft): boolean {
  return person.deathDate === undefined;
}

function retirementAge(person: PersonDraft): number {
  return person.sex === 'male' ? 60 : 55;
}

/** Splits the registered capital among shareholders in whole 万元, every share at least 1. */
function splitCapital(draft: PopulationDraft, capitalWan: number, holders: number): number[] {
  const weights = Array.from({ length: holders }, () => draft.rng.int(1, 10));
  const total = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.max(1, Math.floor((capitalWan * w) / total)));
  const rest = capitalWan - shares.reduce((a, b) => a + b, 0);
  shares[0] = shares[0]! + rest;
  return shares;
}

export function generateEnterprises(draft: PopulationDraft, count: number): void {
  const rng = draft.rng;
  // Owners are alive adults of working or early-retirement age; the demo citizen owns only the demo enterprise.
  const candidates = [...draft.persons.values()].filter((p) => {
    const age = ageOn(p.birthDate);
    return isAlive(p) && age >= 25 && age <= 68 && p.idNumber !== DEMO_CITIZEN_ID;
  });
  const districtOf = new Map(draft.households.map((h) => [h.number, h.districtCode]));
  const byProvince = new Map<string, PersonDraft[]>();
  for (const person of candidates) {
    const province = (districtOf.get(person.householdNumber) ?? person.birthRegionCode).slice(0, 2);
    const list = byProvince.get(province) ?? [];
    list.push(person);
    byProvince.set(province, list);
  }
  const names = new Set(draft.enterprises.map((e) => e.name));
  const usccs = new Set(draft.enterprises.map((e) => e.uscc));
  while (draft.enterprises.length < count) {
    const district = pickDistrict(draft);
    const industry = rng.pick(INDUSTRIES);
    const joint = rng.chance(0.08);
    const name = `${cityShortName(district)}${tradeName(rng)}${industry.word}${joint ? '股份有限公司' : '有限公司'}`;
    if (names.has(name)) continue;
    // Registration has been growing fast since the 2014 reform: weight recent years.
    const establishedOn = rng.chance(0.65) ? randomDate(rng, '2014-03-01', addDays(REFERENCE_DATE, -60)) : randomDate(rng, '1998-01-01', '2014-02-28');
    const level = rng.chance(0.6) ? 'city' : 'district';
    const regionCode = level === 'city' ? cityCode(district) : district.code;
    const uscc = enterpriseUscc(regionCode, organisationCode(rng, establishedOn < '2015-10-01'));
    if (usccs.has(uscc) || uscc === DEMO_ENTERPRISE_USCC) continue;

    const local = byProvince.get(district.code.slice(0, 2)) ?? [];
    const pool = local.length > 0 && rng.chance(0.85) ? local : candidates;
    const legalRep = rng.pick(pool);
    const holders = new Map<string, PersonDraft>();
    // Usually the legal representative holds shares; sometimes a hired manager represents the owners.
    const repHolds = rng.chance(0.9);
    if (repHolds) holders.set(legalRep.idNumber, legalRep);
    const others = joint ? rng.int(2, 4) : rng.weighted([[0, 0.45], [1, 0.35], [2, 0.15], [3, 0.05]] as const);
    const wanted = (repHolds ? 1 : 0) + Math.max(others, repHolds ? 0 : 1);
    for (let attempt = 0; holders.size < wanted && attempt < 50; attempt++) {
      const holder = rng.pick(pool);
      if (holder.idNumber !== legalRep.idNumber) holders.set(holder.idNumber, holder);
    }
    if (holders.size === 0) holders.set(legalRep.idNumber, legalRep);
    const capitalWan = rng.pick(CAPITALS_WAN);
    const shares = splitCapital(draft, capitalWan, holders.size);
    const shareholders: Shareholding[] = [...holders.keys()].map((idNumber, i) => ({ idNumber, subscribedWan: shares[i]! }));
    const typeText = joint ? '股份有限公司(非上市、自然人投资或控股)' : shareholders.length === 1 ? '有限责任公司(自然人独资)' : '有限责任公司(自然人投资或控股)';
    const status = rng.weighted(STATUSES);
    // A status change comes some months after establishment, and before the reference date.
    const statusDate = status === 'active' ? undefined : randomDate(rng, minDate(addDays(establishedOn, 180), LATEST_EVENT), LATEST_EVENT);
    const floor = rng.int(2, 28);
    names.add(name);
    usccs.add(uscc);
    draft.enterprises.push({
      uscc,
      name,
      typeText,
      establishedOn,
      registrationRegionCode: regionCode,
      registrationAuthority: marketRegulatorOf(district, level),
      districtCode: district.code,
      address: `${districtFullName(district)}${rng.pick(district.roads)}${rng.int(1, 399)}号${rng.pick(BUILDINGS)}${floor}层${floor}${String(rng.int(1, 20)).padStart(2, '0')}室`,
      industry,
      registeredCapitalWan: capitalWan,
      legalRepresentativeId: legalRep.idNumber,
      shareholders,
      status,
      ...(statusDate === undefined ? {} : { statusDate }),
      ...(rng.chance(0.3) ? { operatingUntil: addDays(addYears(establishedOn, rng.pick([20, 30, 50])), -1) } : {}),
      approvedOn: randomDate(rng, establishedOn, statusDate ?? LATEST_EVENT),
    });
  }
}

/**
 * Employment: most adults of working age work for an enterprise of their own province. Fuzhou residents
 * often work for the demo enterprise, so that it has a plausible staff in every department's records.
 */
export function assignEmployment(draft: PopulationDraft): void {
  const rng = draft.rng;
  const active = draft.enterprises.filter((e) => e.status === 'active');
  const byProvince = new Map<string, string[]>();
  for (const enterprise of active) {
    const list = byProvince.get(enterprise.districtCode.slice(0, 2)) ?? [];
    list.push(enterprise.uscc);
    byProvince.set(enterprise.districtCode.slice(0, 2), list);
  }
  const districtOf = new Map(draft.households.map((h) => [h.number, h.districtCode]));
  for (const person of draft.persons.values()) {
    if (person.employerUscc !== undefined || person.idNumber === DEMO_CITIZEN_ID || !isAlive(person)) continue;
    const age = ageOn(person.birthDate);
    if (age < 18 || age >= retirementAge(person)) continue;
    if (!rng.chance(age < 22 ? 0.25 : 0.68)) continue;
    const district = districtOf.get(person.householdNumber) ?? requireDistrict(person.birthRegionCode).code;
    if (district.startsWith('3501') && rng.chance(0.2)) {
      person.employerUscc = DEMO_ENTERPRISE_USCC;
      continue;
    }
    const local = byProvince.get(district.slice(0, 2)) ?? [];
    const pool = local.length > 0 && rng.chance(0.8) ? local : active.map((e) => e.uscc);
    person.employerUscc = rng.pick(pool);
  }
}
