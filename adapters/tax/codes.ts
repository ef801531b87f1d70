/**
 * Codes of the tax administration system (金税三期 style) as the taxML answers carry them.
 */

/** djzt@dm: 纳税人登记状态. */
export const REGISTRATION_STATUS_CODES: Readonly<Record<string, 'normal' | 'suspended' | 'abnormal' | 'cancelled'>> = {
  '03': 'normal',
  '05': 'suspended',
  '06': 'abnormal',
  '07': 'cancelled',
};

/** nsrlx@dm: 纳税人类型. */
export const TAXPAYER_KIND_CODES: Readonly<Record<string, 'enterprise' | 'individual'>> = {
  '1': 'enterprise',
  '2': 'individual',
};

/** 纳税信用级别 (A, B, M for new enterprises, C, D): passed on as the letter. */
export const CREDIT_GRADES = ['A', 'B', 'M', 'C', 'D'] as const;

/** head/rtn_code. */
export const RETURN_CODES = {
  ok: '0',
  notFound: '1001',
  refused: '1003',
  badRequest: '2001',
  busy: '9999',
} as const;
