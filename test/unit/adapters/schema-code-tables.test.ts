/**
 * The canonical schemas enumerate exactly the values the code tables translate to: a code added to a
 * table without the schema (or the other way round) would make valid native answers fail, or let
 * values through that no adapter produces.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MARITAL_STATUS_CODES, ALLOWANCE_STATUS_CODES, REGISTRATION_KIND_CODES } from '../../../adapters/civil-affairs/codes';
import { CURRENCY_WORDS, ROLE_TEXTS, SHAREHOLDER_KIND_TEXTS, STATUS_TEXTS as ENTERPRISE_STATUS_TEXTS } from '../../../adapters/commerce/codes';
import { ETHNICITY_CODES, HOUSEHOLD_TYPE_CODES, MIGRATION_DIRECTION_CODES, RELATION_CODES, SEX_CODES, STATUS_TEXTS, VERIFICATION_CODES } from '../../../adapters/police/codes';
import { EMPLOYER_STATUS_CODES, INSURANCE_STATUS_CODES, PERSON_STATUS_CODES, SCHEME_CODES } from '../../../adapters/social-security/codes';
import { CREDIT_GRADES, REGISTRATION_STATUS_CODES, TAXPAYER_KIND_CODES } from '../../../adapters/tax/codes';
import { PROJECT_ROOT } from '../../../runtime/paths';

type Node = { enum?: unknown[]; properties?: Record<string, Node>; items?: Node };

function schema(department: string, type: string): Node {
  return JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'schemas', 'records', department, `${type}.v1.schema.json`), 'utf8')) as Node;
}

/** The enum at a path of property names ("[]" steps into array items). */
function enumAt(root: Node, ...steps: string[]): unknown[] {
  let node: Node | undefined = root;
  for (const step of steps) node = step === '[]' ? node?.items : node?.properties?.[step];
  if (node?.enum === undefined) throw new Error(`no enum at ${steps.join('.')}`);
  return [...node.enum].sort();
}

const values = (table: Readonly<Record<string, unknown>>): unknown[] => [...new Set(Object.values(table))].sort();
const keys = (table: Readonly<Record<string, unknown>>): unknown[] => Object.keys(table).sort();

test('police', () => {
  const register = schema('police', 'household-register');
  expect(enumAt(register, 'sex')).toEqual(values(SEX_CODES));
  expect(enumAt(register, 'ethnicity', 'code')).toEqual(keys(ETHNICITY_CODES));
  expect(enumAt(register, 'ethnicity', 'name')).toEqual(values(ETHNICITY_CODES));
  expect(enumAt(register, 'relationToHead', 'code')).toEqual(keys(RELATION_CODES));
  expect(enumAt(register, 'relationToHead', 'name')).toEqual(values(RELATION_CODES));
  expect(enumAt(register, 'status')).toEqual(values(STATUS_TEXTS));
  expect(enumAt(register, 'householdType')).toEqual(values(HOUSEHOLD_TYPE_CODES));
  expect(enumAt(register, 'migrations', '[]', 'direction')).toEqual(values(MIGRATION_DIRECTION_CODES));
  expect(enumAt(register, 'householdMembers', '[]', 'relationToHead', 'code')).toEqual(keys(RELATION_CODES));
  const legalRep = schema('police', 'legal-representative');
  expect(enumAt(legalRep, 'verificationResult')).toEqual(values(VERIFICATION_CODES));
  expect(enumAt(legalRep, 'householdStatus')).toEqual(values(STATUS_TEXTS));
});

test('commerce', () => {
  const licence = schema('commerce', 'business-licence');
  expect(enumAt(licence, 'status')).toEqual(values(ENTERPRISE_STATUS_TEXTS));
  expect(enumAt(licence, 'registeredCapital', 'currency')).toEqual(values(CURRENCY_WORDS));
  expect(enumAt(licence, 'shareholders', '[]', 'kind')).toEqual(values(SHAREHOLDER_KIND_TEXTS));
  expect(enumAt(schema('commerce', 'enterprise-roles'), 'roles', '[]', 'roles', '[]')).toEqual(values(ROLE_TEXTS));
});

test('tax', () => {
  const status = schema('tax', 'tax-status');
  expect(enumAt(status, 'registrationStatus')).toEqual(values(REGISTRATION_STATUS_CODES));
  expect(enumAt(status, 'taxpayerKind')).toEqual(values(TAXPAYER_KIND_CODES));
  expect(enumAt(status, 'creditRating', 'grade')).toEqual([...CREDIT_GRADES].sort());
});

test('social-security', () => {
  const person = schema('social-security', 'insurance-record');
  expect(enumAt(person, 'insuredStatus')).toEqual(values(PERSON_STATUS_CODES));
  expect(enumAt(person, 'insurances', '[]', 'code')).toEqual(keys(SCHEME_CODES));
  expect(enumAt(person, 'insurances', '[]', 'scheme')).toEqual([...new Set(Object.values(SCHEME_CODES).map((s) => s.scheme))].sort());
  expect(enumAt(person, 'insurances', '[]', 'status')).toEqual(values(INSURANCE_STATUS_CODES));
  const employer = schema('social-security', 'employer-contributions');
  expect(enumAt(employer, 'registrationStatus')).toEqual(values(EMPLOYER_STATUS_CODES));
  expect(enumAt(employer, 'insurances', '[]', 'category')).toEqual([...new Set(Object.values(SCHEME_CODES).map((s) => s.category))].sort());
});

test('civil-affairs', () => {
  const civil = schema('civil-affairs', 'civil-status');
  expect(enumAt(civil, 'maritalStatus', 'code')).toEqual(keys(MARITAL_STATUS_CODES));
  expect(enumAt(civil, 'maritalStatus', 'name')).toEqual(values(MARITAL_STATUS_CODES));
  expect(enumAt(civil, 'marriageRegistrations', '[]', 'kind')).toEqual(values(REGISTRATION_KIND_CODES));
  expect(enumAt(civil, 'subsistenceAllowance', 'status')).toEqual(values(ALLOWANCE_STATUS_CODES));
});
