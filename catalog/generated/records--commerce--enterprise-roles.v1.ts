/* Generated from schemas/records/commerce/enterprise-roles.v1.schema.json by scripts/generate-types.js. Do not edit. */

/**
 * Enterprise roles of a person (人员任职信息): the enterprises where a person is registered as legal representative or shareholder. An empty list means the person holds no such role. Records are minimised to the fields a consumer is granted, so every field is optional; dates are ISO 8601 calendar dates and amounts are integers in the smallest currency unit.
 */
export interface EnterpriseRoles {
  /**
   * Resident identity number of the person.
   */
  idNumber?: string;
  /**
   * Name of the person.
   */
  name?: string;
  /**
   * One entry per enterprise.
   *
   * @maxItems 200
   */
  roles?: {
    /**
     * Unified social credit code of the enterprise.
     */
    uscc: string;
    /**
     * Registered name of the enterprise.
     */
    enterpriseName?: string;
    /**
     * The roles the person holds.
     *
     * @minItems 1
     * @maxItems 2
     */
    roles:
      | ['legal-representative' | 'shareholder']
      | ['legal-representative' | 'shareholder', 'legal-representative' | 'shareholder'];
    /**
     * Registration status of the enterprise: active (存续), suspended (停业), licence revoked (吊销), cancelled (注销), moved to another registry (迁出).
     */
    enterpriseStatus?: 'active' | 'suspended' | 'revoked' | 'cancelled' | 'moved-out';
    /**
     * Date of establishment of the enterprise.
     */
    establishedOn?: string;
    /**
     * Capital the person subscribed, for shareholders. Amount in the currency's smallest unit (fen for CNY, cents for USD/HKD/EUR).
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
  }[];
}
