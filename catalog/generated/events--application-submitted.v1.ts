/* Generated from schemas/events/application-submitted.v1.schema.json by scripts/generate-types.js. Do not edit. */

/**
 * A case was accepted: who asked, for what, about whom, and which records it will gather.
 */
export interface ApplicationSubmitted {
  applicationId: string;
  matter: string;
  consumer: string;
  purpose: string;
  subject: EventPersonSubject | EventEnterpriseSubject;
  consent?: string;
  /**
   * Instance that accepted the case and owns its deadlines.
   */
  gateway: string;
  idempotencyKey?: string;
  requestHash: string;
  createdAt: string;
  requests: PlannedRequest[];
  /**
   * Records the matter needs but the consumer's contract does not grant.
   */
  withheld: WithheldRecord[];
}
export interface EventPersonSubject {
  idNumber: string;
}
export interface EventEnterpriseSubject {
  uscc: string;
}
export interface PlannedRequest {
  requestId: string;
  department: string;
  type: string;
  schema: string;
  fields: string[];
  deadlineAt: string;
  grant: 'unconditional' | 'conditional';
}
export interface WithheldRecord {
  department: string;
  type: string;
  schema: string;
  reason: string;
}
