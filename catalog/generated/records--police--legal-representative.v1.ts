/* Generated from schemas/records/police/legal-representative.v1.schema.json by scripts/generate-types.js. Do not edit. */

/**
 * Legal representative identity check (法定代表人身份核验): the public-security check of an enterprise's legal representative against the household register. Records are minimised to the fields a consumer is granted, so every field is optional; dates are ISO 8601 calendar dates and amounts are integers in the smallest currency unit.
 */
export interface LegalRepresentative {
  /**
   * Unified social credit code of the enterprise.
   */
  uscc?: string;
  /**
   * Name of the enterprise, as registered with market regulation.
   */
  enterpriseName?: string;
  /**
   * Resident identity number of the legal representative.
   */
  representativeIdNumber?: string;
  /**
   * Name of the legal representative in the household register.
   */
  representativeName?: string;
  /**
   * Sex of the legal representative (GB/T 2261.1: unknown, male, female, unspecified).
   */
  representativeSex?: 'unknown' | 'male' | 'female' | 'unspecified';
  /**
   * Date of birth of the legal representative.
   */
  representativeBirthDate?: string;
  /**
   * Result of the identity check (HYJG): consistent with the register, name mismatch, or not registered.
   */
  verificationResult?: 'consistent' | 'name-mismatch' | 'not-registered';
  /**
   * Register status of the legal representative.
   */
  householdStatus?: 'active' | 'deceased' | 'moved-out' | 'emigrated' | 'enlisted';
  /**
   * GB/T 2260 code of the area keeping the legal representative's register.
   */
  registrationRegionCode?: string;
  /**
   * Police station keeping the legal representative's register.
   */
  policeStation?: string;
}
