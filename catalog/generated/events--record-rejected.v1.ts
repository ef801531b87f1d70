/* Generated from schemas/events/record-rejected.v1.schema.json by scripts/generate-types.js. Do not edit. */

/**
 * A dead letter: an event that failed its schema or signature checks, kept whole for inspection and replay.
 */
export interface RecordRejected {
  applicationId: string;
  requestId?: string;
  department: string;
  type?: string;
  rejectedBy: string;
  reason: string;
  errors: string[];
  originalTopic?: string;
  /**
   * The rejected event, whole.
   */
  original?: {};
}
