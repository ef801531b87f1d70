/* Generated from schemas/records/commerce/business-licence.v1.schema.json by scripts/generate-types.js. Do not edit. */

/**
 * Business licence (营业执照登记信息): an enterprise's registration with market regulation (市场主体登记): the facts on its business licence and its shareholders. Records are minimised to the fields a consumer is granted, so every field is optional; dates are ISO 8601 calendar dates and amounts are integers in the smallest currency unit.
 */
export interface BusinessLicence {
  /**
   * Unified social credit code (统一社会信用代码).
   */
  uscc?: string;
  /**
   * Registered name (企业名称).
   */
  name?: string;
  /**
   * Legal form, classified from the registered enterprise type.
   */
  enterpriseType?:
    | 'limited-liability'
    | 'joint-stock'
    | 'sole-proprietorship'
    | 'partnership'
    | 'individual-business'
    | 'farmer-cooperative'
    | 'foreign-invested'
    | 'other';
  /**
   * Enterprise type as registered (企业类型).
   */
  enterpriseTypeText?: string;
  /**
   * Name of the legal representative (法定代表人).
   */
  legalRepresentative?: string;
  /**
   * Resident identity number of the legal representative.
   */
  legalRepresentativeIdNumber?: string;
  /**
   * Registered capital (注册资本). Amount in the currency's smallest unit (fen for CNY, cents for USD/HKD/EUR).
   */
  registeredCapital?: {
    /**
     * Integer amount in the smallest unit of the currency.
     */
    amount: number;
    /**
     * ISO 4217 currency code.
     */
    currency: 'CNY' | 'USD' | 'HKD' | 'EUR';
  };
  /**
   * Date of establishment (成立日期).
   */
  establishedOn?: string;
  /**
   * Operating period (营业期限); no end date means indefinite (长期).
   */
  operatingPeriod?: {
    /**
     * Start of the operating period.
     */
    from: string;
    /**
     * End of the operating period.
     */
    to?: string;
  };
  /**
   * Registered address (住所).
   */
  address?: string;
  /**
   * Business scope (经营范围).
   */
  businessScope?: string;
  /**
   * Registration authority (登记机关).
   */
  registrationAuthority?: string;
  /**
   * Date of the last approved registration (核准日期).
   */
  approvedOn?: string;
  /**
   * Registration status (登记状态): active (存续), suspended (停业), licence revoked (吊销), cancelled (注销), moved to another registry (迁出).
   */
  status?: 'active' | 'suspended' | 'revoked' | 'cancelled' | 'moved-out';
  /**
   * Date the registration status other than active took effect (吊销/注销/迁出/停业日期).
   */
  statusChangedOn?: string;
  /**
   * Shareholders and their subscribed capital (股东及出资信息).
   *
   * @maxItems 200
   */
  shareholders?: {
    /**
     * Name of the shareholder.
     */
    name: string;
    /**
     * A natural person or an enterprise.
     */
    kind?: 'person' | 'enterprise';
    /**
     * Resident identity number, for natural persons.
     */
    idNumber?: string;
    /**
     * Unified social credit code, for enterprises.
     */
    uscc?: string;
    /**
     * Subscribed capital (认缴出资额). Amount in the currency's smallest unit (fen for CNY, cents for USD/HKD/EUR).
     */
    subscribedCapital?: {
      /**
       * Integer amount in the smallest unit of the currency.
       */
      amount: number;
      /**
       * ISO 4217 currency code.
       */
      currency: 'CNY' | 'USD' | 'HKD' | 'EUR';
    };
    /**
     * Date by which the subscribed capital is to be paid in (认缴出资日期).
     */
    subscribedBy?: string;
  }[];
}
