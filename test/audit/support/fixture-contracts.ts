import { contractViewOf, type ContractView, type GrantView } from '../../../audit/contract-view';
import type { ContractCatalog } from '../../../catalog/contract-catalog';

/**
 * Contracts for the audit tests, stated here rather than read from contracts/, so the figures the
 * tests assert do not move when the demo contracts change. The shape follows the demo contracts:
 * demo-hall may open every matter and see every field; demo-restricted opens only `newborn`, sees
 * fewer police fields and none of social security's.
 */
export interface MatterRequest {
  readonly department: string;
  readonly type: string;
  readonly deadlineMs: number;
}

export interface FixtureContracts {
  readonly view: ContractView;
  matterRequests(matter: string): readonly MatterRequest[];
}

export const RECORD_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'police/household-register': ['idNumber', 'name', 'sex', 'birthDate', 'householdNumber', 'address'],
  'commerce/enterprise-roles': ['roles'],
  'tax/tax-status': ['registrationStatus', 'creditRating', 'arrears', 'annualIncome'],
  'social-security/insurance-record': ['insuredStatus', 'contributionMonths', 'base'],
  'civil-affairs/civil-status': ['maritalStatus', 'subsistenceAllowance'],
  'commerce/business-licence': ['uscc', 'name', 'legalRepresentativeIdNumber'],
  'police/legal-representative': ['uscc', 'representativeIdNumber', 'representativeName'],
};

export const MATTERS: Readonly<Record<string, readonly MatterRequest[]>> = {
  'subsistence-allowance': [
    { department: 'police', type: 'household-register', deadlineMs: 5_000 },
    { department: 'commerce', type: 'enterprise-roles', deadlineMs: 5_000 },
    { department: 'tax', type: 'tax-status', deadlineMs: 5_000 },
    { department: 'social-security', type: 'insurance-record', deadlineMs: 5_000 },
    { department: 'civil-affairs', type: 'civil-status', deadlineMs: 5_000 },
  ],
  'business-change': [
    { department: 'commerce', type: 'business-licence', deadlineMs: 5_000 },
    { department: 'police', type: 'legal-representative', deadlineMs: 5_000 },
  ],
  newborn: [
    { department: 'police', type: 'household-register', deadlineMs: 5_000 },
    { department: 'civil-affairs', type: 'civil-status', deadlineMs: 5_000 },
    { department: 'social-security', type: 'insurance-record', deadlineMs: 5_000 },
  ],
};

interface ConsumerFixture {
  readonly matters: readonly string[];
  readonly grants: Readonly<Record<string, GrantView>>;
}

const everything = (key: string): GrantView => ({ category: 'unconditional', fields: RECORD_FIELDS[key]! });

export const CONSUMERS: Readonly<Record<string, ConsumerFixture>> = {
  'demo-hall': {
    matters: Object.keys(MATTERS),
    grants: Object.fromEntries(Object.keys(RECORD_FIELDS).map((key) => [key, everything(key)])),
  },
  'demo-restricted': {
    matters: ['newborn'],
    grants: {
      'police/household-register': { category: 'unconditional', fields: ['idNumber', 'name', 'householdNumber'] },
      'civil-affairs/civil-status': everything('civil-affairs/civil-status'),
      // No social-security grant: a newborn case by this consumer has one record withheld.
    },
  },
};

/** A view over consumer fixtures; `revoke` removes grants ("consumer:department/type") to test the disclosure check. */
export function fixtureContracts(options: { revoke?: readonly string[] } = {}): FixtureContracts {
  const revoked = new Set(options.revoke ?? []);
  return {
    view: {
      mattersOf: (consumer) => CONSUMERS[consumer]?.matters,
      matterAsks: (matter, department, type) => MATTERS[matter]?.some((r) => r.department === department && r.type === type),
      grant(consumer, department, type) {
        const key = `${department}/${type}`;
        if (revoked.has(`${consumer}:${key}`)) return undefined;
        return CONSUMERS[consumer]?.grants[key];
      },
    },
    matterRequests: (matter) => MATTERS[matter] ?? [],
  };
}

/** The real contracts under contracts/, in the same shape, for tests that run the real CLI. */
export function catalogContracts(catalog: ContractCatalog): FixtureContracts {
  return {
    view: contractViewOf(catalog),
    matterRequests: (matter) => catalog.matters.get(matter)?.requests ?? [],
  };
}
