import pino, { type Logger, type DestinationStream } from 'pino';

export type { Logger };

/**
 * Paths never written to a log line. Tokens and keys are secrets; records and subjects are personal
 * data. Components log identifiers (application id, department, request id), never payloads.
 */
const REDACT = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'token',
  'consent',
  'privateKey',
  'd',
  'record',
  'data',
  'subject.idNumber',
  'subject.uscc',
];

export interface LoggerOptions {
  level?: string;
  name?: string;
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      name: options.name ?? 'tongban',
      level: options.level ?? 'info',
      base: { pid: process.pid },
      redact: { paths: REDACT, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination,
  );
}

/** A logger that writes nothing: for tests and tools whose output is their result. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
