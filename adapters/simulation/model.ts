/**
 * The shared facts of the simulated world: who lives where with whom, who married whom, who died,
 * who works for or owns which enterprise. Every department simulator reads these same facts, so a
 * household register, a marriage record and a pension record always agree about a person. Facts only
 * one department keeps (a tax credit rating, a social security card number) are derived on demand
 * from a per-department seed instead (see subject-random.ts).
 */
import type { Industry, Sex } from './names';

export type { Sex };

export type MarriageEventKind = 'marriage' | 'divorce' | 'marriage-restored';

/** One registration at a marriage registry (婚姻登记): a marriage, a divorce, or a restored marriage (复婚). */
export interface MarriageEvent {
  readonly kind: MarriageEventKind;
  readonly date: string;
  readonly partnerId: string;
  readonly partnerName: string;
  /** District code of the registry that registered it. */
  readonly registryCode: string;
  /** 结婚证/离婚证字号, e.g. J110105-1973-000128. */
  readonly certificateNumber: string;
}

export interface Person {
  readonly idNumber: string;
  readonly name: string;
  /** 曾用名, for some people born before 1980. */
  readonly formerName?: string;
  readonly sex: Sex;
  readonly birthDate: string;
  /** GB 3304 ethnicity code. */
  readonly ethnicityCode: string;
  readonly householdNumber: string;
  /** GB/T 4761-2008 relation to the head of the household. */
  readonly relationToHead: string;
  readonly deathDate?: string;
  /** Current spouse, when married to someone in the population. */
  readonly spouseId?: string;
  /** When the person became a widow(er); the late spouse may be outside the population. */
  readonly widowedOn?: string;
  /** Marriage registrations in date order; partners outside the population have ids no department knows. */
  readonly marriages: readonly MarriageEvent[];
  readonly employerUscc?: string;
}

export interface Household {
  /** 户号, nine digits. */
  readonly number: string;
  readonly districtCode: string;
  readonly street: string;
  readonly address: string;
  readonly policeStation: string;
  readonly headId: string;
  /** Head first, then in the order the register lists them. */
  readonly memberIds: readonly string[];
}

export type EnterpriseStatus = 'active' | 'suspended' | 'revoked' | 'cancelled' | 'moved-out';

export interface Shareholding {
  readonly idNumber: string;
  /** Subscribed capital in 万元 (ten thousand yuan). */
  readonly subscribedWan: number;
}

export interface Enterprise {
  readonly uscc: string;
  readonly name: string;
  /** 企业类型 as registered, e.g. 有限责任公司(自然人投资或控股). */
  readonly typeText: string;
  readonly establishedOn: string;
  /** Six-digit region of the registration authority (also in the USCC). */
  readonly registrationRegionCode: string;
  readonly registrationAuthority: string;
  /** District of the registered address. */
  readonly districtCode: string;
  readonly address: string;
  readonly industry: Industry;
  /** 注册资本 in 万元. */
  readonly registeredCapitalWan: number;
  readonly legalRepresentativeId: string;
  readonly shareholders: readonly Shareholding[];
  readonly status: EnterpriseStatus;
  /** When the status other than active took effect. */
  readonly statusDate?: string;
  /** 营业期限至; absent means 长期 (no end). */
  readonly operatingUntil?: string;
  /** 核准日期: the last approved registration change. */
  readonly approvedOn: string;
}

export type EnterpriseRoleKind = 'legal-representative' | 'shareholder';

export interface EnterpriseRole {
  readonly uscc: string;
  readonly roles: readonly EnterpriseRoleKind[];
  readonly subscribedWan?: number;
}

export interface Population {
  readonly persons: readonly Person[];
  readonly households: readonly Household[];
  readonly enterprises: readonly Enterprise[];
  person(idNumber: string): Person | undefined;
  household(number: string): Household | undefined;
  enterprise(uscc: string): Enterprise | undefined;
  /** Enterprises where the person is legal representative or shareholder. */
  rolesOf(idNumber: string): readonly EnterpriseRole[];
  /** People whose current employer is the enterprise. */
  employeesOf(uscc: string): readonly Person[];
}
