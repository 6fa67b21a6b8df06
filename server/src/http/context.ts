// What the HTTP layer (app.ts) gives every module's routes: sign-in, throttles and sessions live
// in the HTTP layer because they need the session middleware and, with REDIS_URL, shared counters.
import type { Store as RateLimitStore } from 'express-rate-limit';
import type { PassportInstance } from '../modules/accounts/passport.js';
import type { StoreSessionStore } from '../modules/accounts/sessionStore.js';
import type { Throttles } from '../modules/accounts/throttle.js';

export interface HttpContext {
  passport: PassportInstance;
  throttles: Throttles;
  sessions: StoreSessionStore;
  cookieName: string;
  /** Shared rate-limit counters when several instances run (Redis); in-memory otherwise. */
  rateLimitStore?: ((prefix: string) => RateLimitStore) | undefined;
}
