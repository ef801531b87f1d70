/* Generated from schemas/records/tax/tax-status.v1.schema.json by scripts/generate-types.js. Do not edit. */

/**
 * Tax status (纳税状况): a taxpayer's standing with the tax administration: registration, credit rating, arrears, and the last year's declared income or revenue. Persons are identified by resident identity number (their taxpayer number), enterprises by USCC. Records are minimised to the fields a consumer is granted, so every field is optional; dates are ISO 8601 calendar dates and amounts are integers in the smallest currency unit.
 */
export interface TaxStatus {
  /**
   * Resident identity number of a natural-person taxpayer.
   */
  idNumber?: string;
  /**
   * Unified social credit code of an enterprise taxpayer.
   */
  uscc?: string;
  /**
   * Registered taxpayer name (纳税人名称).
   */
  taxpayerName?: string;
  /**
   * Enterprise (单位纳税人) or natural person (自然人).
   */
  taxpayerKind?: 'enterprise' | 'individual';
  /**
   * Tax registration status (登记状态): normal, suspended (停业), abnormal (非正常户), cancelled (注销).
   */
  registrationStatus?: 'normal' | 'suspended' | 'abnormal' | 'cancelled';
  /**
   * Competent tax office (主管税务机关).
   */
  taxAuthority?: string;
  /**
   * Date of tax registration.
   */
  registeredOn?: string;
  /**
   * Tax credit rating (纳税信用级别) of an enterprise for a year: A, B, M (newly established), C or D.
   */
  creditRating?: {
    /**
     * Rated year.
     */
    year: number;
    /**
     * Credit grade.
     */
    grade: 'A' | 'B' | 'M' | 'C' | 'D';
  };
  /**
   * Outstanding tax arrears (欠税金额). Integer amount in fen (1/100 yuan).
   */
  arrearsFen?: number;
  /**
   * Date since when the arrears are outstanding.
   */
  arrearsSince?: string;
  /**
   * Number of overdue, unfiled tax returns (未申报次数).
   */
  unfiledReturns?: number;
  /**
   * A person's declared annual comprehensive income (综合所得收入额).
   */
  annualIncome?: {
    /**
     * Tax year.
     */
    year: number;
    /**
     * Amount for the year. Integer amount in fen (1/100 yuan).
     */
    amountFen: number;
  };
  /**
   * An enterprise's declared annual operating revenue (营业收入).
   */
  annualRevenue?: {
    /**
     * Tax year.
     */
    year: number;
    /**
     * Amount for the year. Integer amount in fen (1/100 yuan).
     */
    amountFen: number;
  };
  /**
   * Tax paid for the year (已缴税额).
   */
  annualTaxPaid?: {
    /**
     * Tax year.
     */
    year: number;
    /**
     * Amount for the year. Integer amount in fen (1/100 yuan).
     */
    amountFen: number;
  };
}
