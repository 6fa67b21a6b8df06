import type { HelmetOptions } from 'helmet';
import type { Config } from '../config.js';

/** Security headers for every response (see securityHeaders.ts for how they are applied). */
export function helmetOptions(config: Pick<Config, 'secureCookies'>): HelmetOptions {
  return {
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'", 'ws:', 'wss:'],
        'upgrade-insecure-requests': config.secureCookies ? [] : null,
      },
    },
    strictTransportSecurity: config.secureCookies,
  };
}
