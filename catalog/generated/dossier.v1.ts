/* Generated from schemas/dossier.v1.schema.json by scripts/generate-types.js. Do not edit. */

/**
 * One case and the verified records it gathered.
 */
export interface Dossier {
  id: string;
  matter: string;
  subject: DossierPersonSubject | DossierEnterpriseSubject;
  status: 'pending' | 'completed' | 'partial' | 'failed';
  createdAt: string;
  completedAt: string | null;
  records: DossierRecord[];
}
export interface DossierPersonSubject {
  idNumber: string;
}
export interface DossierEnterpriseSubject {
  uscc: string;
}
export interface DossierRecord {
  department: string;
  type: string;
  /**
   * $id of the record's schema.
   */
  schema: string;
  status: 'pending' | 'provided' | 'not-found' | 'refused' | 'timeout' | 'invalid' | 'failed';
  /**
   * The record exactly as the department signed it.
   */
  data?: {};
  /**
   * The department's compact JWS over {applicationId, department, type, subject, issuedAt, data}.
   */
  proof?: string;
  reason?: string;
  receivedAt: string | null;
  elapsedMs: number | null;
}
