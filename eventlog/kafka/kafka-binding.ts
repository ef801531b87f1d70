import type { IHeaders, KafkaMessage, Message } from 'kafkajs';
import { CONTEXT_ATTRIBUTES, type CloudEvent } from '../cloudevent';
import type { OutgoingEvent, StoredEvent } from '../event-log';

/**
 * The CloudEvents Kafka protocol binding (v1.0.2), binary content mode: the message value is the event's
 * data and nothing else, the context attributes travel as headers. Binary mode lets brokers, tools like
 * kcat and any CloudEvents SDK read the attributes without parsing the payload.
 *
 * Per the binding, `datacontenttype` maps to the `content-type` header; every other attribute becomes a
 * `ce_<name>` header holding its string form. Tongban's only non-string attribute is `seq`, restored as a
 * number on read: signatures cover the canonical JSON of the event, so `2` and `"2"` are not the same.
 */
const CONTENT_TYPE_HEADER = 'content-type';
const HEADER_PREFIX = 'ce_';
const NUMERIC_ATTRIBUTES: ReadonlySet<string> = new Set(['seq']);

type ContextAttribute = (typeof CONTEXT_ATTRIBUTES)[number];

/** A message on a Tongban topic that is not a well-formed binary-mode CloudEvent. */
export class KafkaBindingError extends Error {
  constructor(
    message: string,
    readonly topic: string,
    readonly partition: number,
    readonly offset: string,
  ) {
    super(`${topic}[${partition}]@${offset}: ${message}`);
    this.name = 'KafkaBindingError';
  }
}

export function toKafkaMessage(outgoing: OutgoingEvent): Message {
  const { event } = outgoing;
  const headers: IHeaders = {};
  for (const name of CONTEXT_ATTRIBUTES) {
    const value = event[name];
    if (name === 'datacontenttype') headers[CONTENT_TYPE_HEADER] = String(value);
    else headers[HEADER_PREFIX + name] = String(value);
  }
  return { key: outgoing.key, value: JSON.stringify(event.data), headers };
}

function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const raw = headers?.[name];
  // A header repeated on the wire arrives as an array; the binding defines one value per attribute.
  const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
  if (value === undefined) return undefined;
  return Buffer.isBuffer(value) ? value.toString('utf8') : value;
}

export function fromKafkaMessage(topic: string, partition: number, message: KafkaMessage): StoredEvent {
  const fail = (why: string): never => {
    throw new KafkaBindingError(why, topic, partition, message.offset);
  };
  const attributes: Partial<Record<ContextAttribute, string | number>> = {};
  for (const name of CONTEXT_ATTRIBUTES) {
    const text =
      name === 'datacontenttype'
        ? // Tolerate writers that also (or only) send the attribute as ce_datacontenttype.
          (headerText(message.headers, CONTENT_TYPE_HEADER) ?? headerText(message.headers, HEADER_PREFIX + name))
        : headerText(message.headers, HEADER_PREFIX + name);
    if (text === undefined) return fail(`missing CloudEvents attribute "${name}"`);
    if (NUMERIC_ATTRIBUTES.has(name)) {
      const n = Number(text);
      if (!Number.isSafeInteger(n)) return fail(`attribute "${name}" is not an integer: ${text}`);
      attributes[name] = n;
    } else {
      attributes[name] = text;
    }
  }
  if (message.value === null) return fail('message has no value (data)');
  let data: unknown;
  try {
    data = JSON.parse(message.value.toString('utf8'));
  } catch {
    return fail('message value is not JSON');
  }
  // The loop above filled every attribute with the type the envelope declares (seq a number, the
  // rest strings); TypeScript cannot follow that through the loop, hence the cast.
  const event = { ...attributes, data } as unknown as CloudEvent;
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key === null ? '' : message.key.toString('utf8'),
    event,
    appendedAt: Number(message.timestamp),
  };
}
