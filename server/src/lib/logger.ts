import { pino, type Logger } from 'pino';

/**
 * Structured logs. Secrets and contact details never reach them: request bodies are not logged,
 * and the paths below are redacted wherever they appear in a logged object.
 */
export function createLogger(level: string, name = 'ketnoi'): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: [
        'password',
        '*.password',
        'passwordHash',
        '*.passwordHash',
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        'email',
        '*.email',
        'phone',
        '*.phone',
        'zalo',
        '*.zalo',
        'contact',
        '*.contact',
        'sessionSecret',
        'masterKey',
      ],
      censor: '[redacted]',
    },
  });
}

export type { Logger };
