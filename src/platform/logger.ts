import pino from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs on stdout; one line per event, with request ids where there is a request. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'coordination-hub' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}
