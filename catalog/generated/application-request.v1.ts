/* Generated from schemas/application-request.v1.schema.json by scripts/generate-types.js. Do not edit. */

/**
 * The body of POST /v1/applications: open one case of a matter for one subject.
 */
export interface ApplicationRequest {
  /**
   * Id of a matter under contracts/matters/.
   */
  matter: string;
  /**
   * A natural person by resident id number (GB 11643) or an enterprise by unified social credit code (GB 32100).
   */
  subject: PersonSubject | EnterpriseSubject;
  /**
   * Why the data is needed; recorded for audit.
   */
  purpose: string;
  /**
   * The citizen's consent token (compact JWS) where a grant requires one.
   */
  consent?: string;
}
export interface PersonSubject {
  idNumber: string;
}
export interface EnterpriseSubject {
  uscc: string;
}
