// Login throttling per account and per address (failed attempts only), and a registration
// limit per address. Counters live in Redis when REDIS_URL is set (shared by all instances),
// otherwise in memory.
import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, type Store as RateLimitStore } from 'express-rate-limit';
import type { Config } from '../../config.js';
import { RateLimitedError } from '../../lib/errors.js';

export interface Throttles {
  loginPerAccount: RequestHandler;
  loginPerAddress: RequestHandler;
  registerPerAddress: RequestHandler;
}

export function createThrottles(config: Config, makeStore?: (prefix: string) => RateLimitStore): Throttles {
  const windowMs = config.throttle.loginWindowMinutes * 60_000;
  const refuse =
    (message: string): RequestHandler =>
    (_req, res, next) => {
      const reset = Number(res.getHeader('RateLimit-Reset') ?? res.getHeader('Retry-After') ?? 60);
      next(new RateLimitedError(message, Number.isFinite(reset) ? reset : 60));
    };
  const common = { standardHeaders: 'draft-7' as const, legacyHeaders: false };
  const accountKey = (body: unknown) => {
    const email = (body as { email?: unknown } | undefined)?.email;
    return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 254) : '(none)';
  };
  return {
    loginPerAccount: rateLimit({
      ...common,
      windowMs,
      limit: config.throttle.loginMaxFailures,
      skipSuccessfulRequests: true,
      keyGenerator: (req) => `acct:${accountKey(req.body)}`,
      handler: refuse('Too many failed sign-in attempts for this account. Please wait a few minutes and try again.'),
      ...(makeStore ? { store: makeStore('rl:login:acct:') } : {}),
    }),
    loginPerAddress: rateLimit({
      ...common,
      windowMs,
      limit: config.throttle.loginMaxFailuresPerIp,
      skipSuccessfulRequests: true,
      keyGenerator: (req) => `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`,
      handler: refuse('Too many failed sign-in attempts from this network. Please wait a few minutes and try again.'),
      ...(makeStore ? { store: makeStore('rl:login:ip:') } : {}),
    }),
    registerPerAddress: rateLimit({
      ...common,
      windowMs: 60 * 60_000,
      limit: config.throttle.registerMaxPerHour,
      keyGenerator: (req) => `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`,
      handler: refuse('Too many new accounts from this network. Please try again later.'),
      ...(makeStore ? { store: makeStore('rl:register:') } : {}),
    }),
  };
}
