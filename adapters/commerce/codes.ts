/**
 * Vocabulary of the market-regulation registration system (市场主体登记), which writes its codes out
 * in words. Maps the words to canonical values; the canonical schemas enumerate exactly these.
 */

export type EnterpriseStatus = 'active' | 'suspended' | 'revoked' | 'cancelled' | 'moved-out';

/** 登记状态, in the spellings the registry uses (older records say 在营（开业）企业). */
export const STATUS_TEXTS: Readonly<Record<string, EnterpriseStatus>> = {
  '存续（在营、开业、在册）': 'active',
  '在营（开业）企业': 'active',
  存续: 'active',
  停业: 'suspended',
  '吊销，未注销': 'revoked',
  吊销: 'revoked',
  注销: 'cancelled',
  迁出: 'moved-out',
};

export type EnterpriseType =
  | 'limited-liability'
  | 'joint-stock'
  | 'sole-proprietorship'
  | 'partnership'
  | 'individual-business'
  | 'farmer-cooperative'
  | 'foreign-invested'
  | 'other';

/**
 * 企业类型 is free text with many variants ("有限责任公司(自然人独资)", "股份有限公司(非上市、自然人投资或控股)"),
 * so it is classified by pattern rather than looked up; the registered text is kept alongside.
 */
const TYPE_PATTERNS: readonly (readonly [RegExp, EnterpriseType])[] = [
  [/外商|外资|台港澳/, 'foreign-invested'],
  [/^有限责任公司/, 'limited-liability'],
  [/^股份有限公司/, 'joint-stock'],
  [/个人独资企业/, 'sole-proprietorship'],
  [/合伙/, 'partnership'],
  [/个体工商户/, 'individual-business'],
  [/农民专业合作社/, 'farmer-cooperative'],
];

export function classifyEnterpriseType(text: string): EnterpriseType {
  return TYPE_PATTERNS.find(([pattern]) => pattern.test(text))?.[1] ?? 'other';
}

/** 任职类型. */
export const ROLE_TEXTS: Readonly<Record<string, 'legal-representative' | 'shareholder'>> = {
  法定代表人: 'legal-representative',
  股东: 'shareholder',
};

/** 股东类型. */
export const SHAREHOLDER_KIND_TEXTS: Readonly<Record<string, 'person' | 'enterprise'>> = {
  自然人股东: 'person',
  企业法人: 'enterprise',
};

/** Currency words of 注册资本 / 认缴出资额 → ISO 4217. */
export const CURRENCY_WORDS: Readonly<Record<string, 'CNY' | 'USD' | 'HKD' | 'EUR'>> = {
  人民币: 'CNY',
  美元: 'USD',
  港元: 'HKD',
  欧元: 'EUR',
};
