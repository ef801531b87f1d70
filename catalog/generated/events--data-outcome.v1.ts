/* Generated from schemas/events/data-outcome.v1.schema.json by scripts/generate-types.js. Do not edit. */

/**
 * A department's answer without a record: not found, refused, or failed (with a reason).
 */
export interface DataOutcome {
  applicationId: string;
  requestId: string;
  department: string;
  type: string;
  schema: string;
  reason?: string;
  code?: string;
  nativeElapsedMs?: number;
}
