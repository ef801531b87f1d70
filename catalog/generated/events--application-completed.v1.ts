/* Generated from schemas/events/application-completed.v1.schema.json by scripts/generate-types.js. Do not edit. */

/**
 * A case closed: the final status and the outcome of every record.
 */
export interface ApplicationCompleted {
  applicationId: string;
  status: 'completed' | 'partial' | 'failed';
  completedAt: string;
  records: CompletedRecord[];
}
export interface CompletedRecord {
  requestId?: string;
  department: string;
  type: string;
  status: 'provided' | 'not-found' | 'refused' | 'timeout' | 'invalid' | 'failed';
  eventId?: string;
}
