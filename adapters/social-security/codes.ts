/**
 * Codes of the social insurance system: 险种类型 (AAE140 in the ministry's data dictionary) and the
 * status codes of persons, insurances and employers.
 */

export type InsuranceScheme =
  | 'employee-pension'
  | 'public-sector-pension'
  | 'resident-pension'
  | 'unemployment'
  | 'employee-medical'
  | 'resident-medical'
  | 'work-injury'
  | 'maternity';

export type InsuranceCategory = 'pension' | 'medical' | 'unemployment' | 'work-injury' | 'maternity';

/** AAE140 险种类型 → scheme and its category (养老/医疗/失业/工伤/生育). */
export const SCHEME_CODES: Readonly<Record<string, { readonly scheme: InsuranceScheme; readonly category: InsuranceCategory; readonly name: string }>> = {
  '110': { scheme: 'employee-pension', category: 'pension', name: '企业职工基本养老保险' },
  '120': { scheme: 'public-sector-pension', category: 'pension', name: '机关事业单位养老保险' },
  '170': { scheme: 'resident-pension', category: 'pension', name: '城乡居民基本养老保险' },
  '210': { scheme: 'unemployment', category: 'unemployment', name: '失业保险' },
  '310': { scheme: 'employee-medical', category: 'medical', name: '职工基本医疗保险' },
  '390': { scheme: 'resident-medical', category: 'medical', name: '城乡居民基本医疗保险' },
  '410': { scheme: 'work-injury', category: 'work-injury', name: '工伤保险' },
  '510': { scheme: 'maternity', category: 'maternity', name: '生育保险' },
};

/** 参保状态 of a person (record 01). */
export const PERSON_STATUS_CODES: Readonly<Record<string, 'contributing' | 'suspended' | 'terminated' | 'receiving-pension'>> = {
  '1': 'contributing',
  '2': 'suspended',
  '3': 'terminated',
  '4': 'receiving-pension',
};

/** 参保状态 of one insurance (record 02). */
export const INSURANCE_STATUS_CODES: Readonly<Record<string, 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits'>> = {
  '1': 'contributing',
  '2': 'suspended',
  '3': 'terminated',
  '4': 'receiving-benefits',
};

/** 登记状态 of an employer (record 11). */
export const EMPLOYER_STATUS_CODES: Readonly<Record<string, 'registered' | 'suspended' | 'cancelled'>> = {
  '1': 'registered',
  '2': 'suspended',
  '3': 'cancelled',
};
