import { pino } from 'pino';
import type { Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'ambassade' },
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  });
}
