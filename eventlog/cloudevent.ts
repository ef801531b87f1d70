/**
 * The event envelope: CloudEvents 1.0 with Tongban's extension attributes. Extension names follow the
 * CloudEvents rule (lower-case letters and digits only), so they travel unchanged as `ce_` headers in
 * the Kafka binding and as members of the JSON form in the embedded log.
 */
export const EVENT_TYPE_PREFIX = 'cn.gov.tongban.';

export const EventTypes = {
  applicationSubmitted: `${EVENT_TYPE_PREFIX}application.submitted.v1`,
  dataRequested: `${EVENT_TYPE_PREFIX}data.requested.v1`,
  dataProvided: `${EVENT_TYPE_PREFIX}data.provided.v1`,
  dataNotFound: `${EVENT_TYPE_PREFIX}data.not-found.v1`,
  dataRefused: `${EVENT_TYPE_PREFIX}data.refused.v1`,
  dataFailed: `${EVENT_TYPE_PREFIX}data.failed.v1`,
  applicationCompleted: `${EVENT_TYPE_PREFIX}application.completed.v1`,
  recordRejected: `${EVENT_TYPE_PREFIX}record.rejected.v1`,
} as const;
export type EventType = (typeof EventTypes)[keyof typeof EventTypes];

export interface CloudEvent<T = unknown> {
  readonly specversion: '1.0';
  readonly id: string;
  /** `/tongban/<producer>/<instance>`: one hash chain per source. */
  readonly source: string;
  readonly type: string;
  readonly time: string;
  /** The application id: CloudEvents' subject is "the subject of the event in the context of the source". */
  readonly subject: string;
  readonly datacontenttype: 'application/json';
  readonly data: T;
  /** W3C trace context of the HTTP request that started the case. */
  readonly traceparent: string;
  /** The application id again, under the name every Tongban log line uses. */
  readonly correlationid: string;
  /** Position of this event in its producer's chain, from 1. */
  readonly seq: number;
  /** SHA-256 (base64url) of the producer's previous event in canonical form, without its signature. */
  readonly prevhash: string;
  /** Detached JWS (ES256, unencoded payload) over the canonical event without this attribute. */
  readonly signature: string;
}

export type UnsignedEvent<T = unknown> = Omit<CloudEvent<T>, 'signature'>;

/** The attributes a Kafka binding carries as headers (everything but data). */
export const CONTEXT_ATTRIBUTES = [
  'specversion',
  'id',
  'source',
  'type',
  'time',
  'subject',
  'datacontenttype',
  'traceparent',
  'correlationid',
  'seq',
  'prevhash',
  'signature',
] as const;

export function sourceFor(producer: string, instance: string): string {
  return `/tongban/${producer}/${instance}`;
}

/** The producer named by a source (`/tongban/police/embedded` → `police`). */
export function producerOfSource(source: string): string | undefined {
  return /^\/tongban\/([a-z-]+)\/[a-z0-9-]+$/.exec(source)?.[1];
}

/** The chain that starts a producer's history hashes to this value, so seq 1 also has a prevhash. */
export function genesisHash(source: string): string {
  return `genesis:${source}`;
}
