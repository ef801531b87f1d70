/* Generated from schemas/events/data-provided.v1.schema.json by scripts/generate-types.js. Do not edit. */

/**
 * A department's signed record, minimised to the granted fields.
 */
export interface DataProvided {
  applicationId: string;
  requestId: string;
  department: string;
  type: string;
  schema: string;
  record: {};
  proof: string;
  nativeElapsedMs: number;
}
