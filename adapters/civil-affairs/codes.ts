/**
 * Code tables of the civil affairs system: GB/T 2261.2-2003 marital status, marriage registration
 * business types, and minimum living allowance (最低生活保障, 低保) status.
 */

/** GB/T 2261.2-2003 婚姻状况. */
export const MARITAL_STATUS_CODES: Readonly<Record<string, string>> = {
  '10': '未婚',
  '20': '已婚',
  '21': '初婚',
  '22': '再婚',
  '23': '复婚',
  '30': '丧偶',
  '40': '离婚',
  '90': '未说明的婚姻状况',
};

/** 婚姻登记业务类型. */
export const REGISTRATION_KIND_CODES: Readonly<Record<string, 'marriage' | 'divorce' | 'marriage-restored'>> = {
  '1': 'marriage',
  '2': 'divorce',
  '3': 'marriage-restored',
};

export const REGISTRATION_KIND_NAMES: Readonly<Record<string, string>> = {
  '1': '结婚登记',
  '2': '离婚登记',
  '3': '复婚登记',
};

/** 低保状态. */
export const ALLOWANCE_STATUS_CODES: Readonly<Record<string, 'receiving' | 'suspended' | 'terminated'>> = {
  '1': 'receiving',
  '2': 'suspended',
  '3': 'terminated',
};

export const ALLOWANCE_STATUS_NAMES: Readonly<Record<string, string>> = {
  '1': '在保',
  '2': '停保',
  '3': '退保',
};
