// One pino logger for the process. Personal data (ID numbers, phones, passwords, session
// tokens) is redacted wherever it appears in a logged object, so a careless log line
// cannot leak it.
import { pino, type Logger } from 'pino';

export const redactPaths = [
  'password', '*.password', 'idNumber', '*.idNumber', '*.*.idNumber', 'phone', '*.phone', '*.*.phone',
  'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]', 'token', '*.token',
];

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: redactPaths, censor: '[redacted]' } });
}
