import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';

/** The structured logger every part of Paddock writes to. */
export type Logger = PinoLogger;

/**
 * Builds the root logger. Personal data, tokens and SQL parameters never reach
 * it: callers log identifiers and counts, and the redaction below is a second
 * line of defence for headers that carry credentials.
 */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  const settings = {
    name: 'paddock',
    level: options.level ?? process.env.LOG_LEVEL ?? 'info',
    redact: {
      paths: ['authorization', 'headers.authorization', '*.authorization', 'token'],
      censor: '[redacted]',
    },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}
