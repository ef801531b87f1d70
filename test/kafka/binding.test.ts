import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type KafkaMessage } from 'kafkajs';
import type { CloudEvent } from '../../eventlog/cloudevent';
import type { StoredEvent } from '../../eventlog/event-log';
import { fromKafkaMessage, KafkaBindingError, toKafkaMessage } from '../../eventlog/kafka/kafka-binding';
import { openKafkaEventLog } from '../../eventlog/kafka/kafka-event-log';
import { useKafkaBroker } from '../support/kafka-broker';

/** The CloudEvents Kafka binding (binary mode), in memory and through a real broker. */
function unicodeEvent(): CloudEvent {
  const appId = randomUUID();
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: '/tongban/civil-affairs/i-1',
    type: 'cn.gov.tongban.data.provided.v1',
    time: '2024-02-29T23:59:59.999Z',
    subject: appId,
    datacontenttype: 'application/json',
    data: {
      姓名: '张三',
      婚姻状况: '20',
      emoji: '👪 🇨🇳',
      escapes: 'quote " backslash \\ newline \n tab \t nul \u0000',
      numbers: [0, -1, 1.5, 1e21, 9007199254740991],
      nested: { empty: {}, list: [], flag: false, nothing: null },
    },
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    correlationid: appId,
    seq: 4_294_967_296,
    prevhash: 'q1w2e3r4t5y6u7i8o9p0-_ASDFGHJKLZXCVBNM0123456789abcdef',
    signature: 'eyJhbGciOiJFUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19..c2lnbmF0dXJl',
  };
}

function asReceived(message: ReturnType<typeof toKafkaMessage>, offset: string): KafkaMessage {
  // What kafkajs hands a consumer: Buffers for key, value and headers.
  const headers: Record<string, Buffer> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) headers[name] = Buffer.from(String(value));
  return {
    key: Buffer.from(String(message.key)),
    value: Buffer.from(String(message.value)),
    headers,
    timestamp: '1700000000000',
    attributes: 0,
    offset,
  };
}

describe('CloudEvents Kafka binding (binary mode), in memory', () => {
  test('headers carry the attributes, the value carries only data', () => {
    const event = unicodeEvent();
    const message = toKafkaMessage({ topic: 't', key: event.correlationid, event });
    expect(message.key).toBe(event.correlationid);
    expect(JSON.parse(String(message.value))).toEqual(event.data);
    expect(message.headers).toMatchObject({
      'content-type': 'application/json',
      ce_specversion: '1.0',
      ce_id: event.id,
      ce_source: event.source,
      ce_type: event.type,
      ce_time: event.time,
      ce_subject: event.subject,
      ce_traceparent: event.traceparent,
      ce_correlationid: event.correlationid,
      ce_seq: '4294967296',
      ce_prevhash: event.prevhash,
      ce_signature: event.signature,
    });
  });

  test('reading restores the event exactly, seq as a number', () => {
    const event = unicodeEvent();
    const stored = fromKafkaMessage('t', 2, asReceived(toKafkaMessage({ topic: 't', key: 'k', event }), '41'));
    expect(stored).toEqual({ topic: 't', partition: 2, offset: '41', key: 'k', event, appendedAt: 1_700_000_000_000 });
    expect(typeof stored.event.seq).toBe('number');
  });

  test('a message that is not a CloudEvent is refused with its position', () => {
    const event = unicodeEvent();
    const received = asReceived(toKafkaMessage({ topic: 't', key: 'k', event }), '7');
    delete (received.headers as Record<string, Buffer>).ce_signature;
    expect(() => fromKafkaMessage('t', 0, received)).toThrow(KafkaBindingError);
    expect(() => fromKafkaMessage('t', 0, received)).toThrow(/t\[0\]@7: missing CloudEvents attribute "signature"/);
  });
});

const broker = useKafkaBroker('Kafka binding round trip');

if (broker) {
  describe('CloudEvents Kafka binding through a broker', () => {
    test('an appended event replays deep-equal, and the wire form is binary mode', async () => {
      const log = openKafkaEventLog({ brokers: broker().brokers, clientId: 'tongban-binding-test', sessionTimeoutMs: 6_000 });
      const topic = `binding.${randomUUID().slice(0, 8)}`;
      const event = unicodeEvent();
      try {
        await log.ensureTopics([{ name: topic, retention: 'forever' }]);
        await log.append([{ topic, key: event.correlationid, event }]);
        const replayed: StoredEvent[] = [];
        for await (const stored of log.replay([topic])) replayed.push(stored);
        expect(replayed).toHaveLength(1);
        expect(replayed[0]!.event).toEqual(event);
        expect(replayed[0]!.key).toBe(event.correlationid);
        expect(Math.abs(replayed[0]!.appendedAt - Date.now())).toBeLessThan(60_000);
      } finally {
        await log.close();
      }

      // Read the raw record with a plain kafkajs consumer: what any other Kafka tool would see.
      const kafka = new Kafka({ clientId: 'binding-raw-reader', brokers: broker().brokers, logLevel: logLevel.NOTHING });
      const consumer = kafka.consumer({ groupId: `raw-${randomUUID()}`, sessionTimeout: 6_000, heartbeatInterval: 1_000, maxWaitTimeInMs: 500 });
      try {
        await consumer.connect();
        await consumer.subscribe({ topics: [topic], fromBeginning: true });
        const message = await new Promise<KafkaMessage>((resolve) => {
          void consumer.run({ eachMessage: async ({ message: received }) => resolve(received) });
        });
        const header = (name: string): string | undefined => message.headers?.[name]?.toString();
        expect(message.key?.toString()).toBe(event.correlationid);
        expect(JSON.parse(message.value!.toString('utf8'))).toEqual(event.data);
        expect(header('content-type')).toBe('application/json');
        expect(header('ce_id')).toBe(event.id);
        expect(header('ce_seq')).toBe(String(event.seq));
        expect(header('ce_subject')).toBe(event.subject);
      } finally {
        await consumer.disconnect();
      }
    }, 60_000);
  });
}
