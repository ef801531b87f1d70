/* Generated from schemas/events/data-requested.v1.schema.json by scripts/generate-types.js. Do not edit. */

/**
 * The gateway asks one department for one record, naming the fields the consumer is granted.
 */
export interface DataRequested {
  applicationId: string;
  requestId: string;
  matter: string;
  consumer: string;
  purpose: string;
  subject: EventPersonSubject | EventEnterpriseSubject;
  department: string;
  type: string;
  schema: string;
  fields: string[];
  deadlineAt: string;
  grant: 'unconditional' | 'conditional';
}
export interface EventPersonSubject {
  idNumber: string;
}
export interface EventEnterpriseSubject {
  uscc: string;
}
