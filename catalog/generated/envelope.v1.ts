/* Generated from schemas/envelope.v1.schema.json by scripts/generate-types.js. Do not edit. */

/**
 * The envelope of every Tongban event: CloudEvents 1.0 with the extension attributes traceparent, correlationid, seq, prevhash and signature.
 */
export interface CloudEvent {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  time: string;
  subject: string;
  datacontenttype: 'application/json';
  data: {};
  traceparent: string;
  correlationid: string;
  seq: number;
  prevhash: string;
  signature: string;
}
