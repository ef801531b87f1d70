import { logLevel, type logCreator } from 'kafkajs';
import type { Logger } from '../../runtime/logger';

/**
 * kafkajs logs through a logger of its own (JSON to the console by default). Routing it into the
 * process's pino logger keeps one log stream with one redaction policy; the namespace (Consumer,
 * Producer, Connection, …) becomes a field so a grep finds kafkajs' lines.
 */
export type KafkaLogLevel = 'error' | 'warn' | 'info' | 'debug';

export const KAFKA_LOG_LEVELS: Readonly<Record<KafkaLogLevel, logLevel>> = {
  error: logLevel.ERROR,
  warn: logLevel.WARN,
  info: logLevel.INFO,
  debug: logLevel.DEBUG,
};

export function pinoLogCreator(logger: Logger): logCreator {
  const kafkaLogger = logger.child({ component: 'kafkajs' });
  return () =>
    ({ namespace, level, log }) => {
      // `timestamp` duplicates pino's own; `logger` is always "kafkajs".
      const { message, timestamp: _timestamp, logger: _name, ...extra } = log;
      const fields = { kafkaNamespace: namespace, ...extra };
      switch (level) {
        case logLevel.ERROR:
          kafkaLogger.error(fields, message);
          break;
        case logLevel.WARN:
          kafkaLogger.warn(fields, message);
          break;
        case logLevel.INFO:
          kafkaLogger.info(fields, message);
          break;
        default:
          kafkaLogger.debug(fields, message);
      }
    };
}
