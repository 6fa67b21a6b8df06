// Sign-in throttling and the registration limit. Failed sign-ins are counted per account and
// address: after LOGIN_MAX_FAILURES of them each further attempt from that address waits, 1 s and
// doubling up to LOGIN_WINDOW_MINUTES, so a guesser slows to a crawl while the account's owner,
// elsewhere, still signs in. Failures per address across accounts have their own limit. A failure
// is counted only once the password check has failed, so a burst sent at once would all pass the
// check before any of its failures counted: attempts take turns (see attempt()).
// Counters live in Redis when REDIS_URL is set (shared by all instances), otherwise in memory.
import crypto from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, type Store as RateLimitStore } from 'express-rate-limit';
import type { Config } from '../../config.js';
import type { Clock } from '../../lib/clock.js';
import { RateLimitedError } from '../../lib/errors.js';
import { type FailureCounters, type FailureRecord, MemoryFailureCounters } from './failureCounters.js';

const FIRST_WAIT_MS = 1000;
/** A place for a check in flight that is never given back (an instance gone mid-check) frees itself. */
const IN_FLIGHT_HOLD_MS = 60_000;
/** How long an attempt waits for the ones sent with it before it is refused, and how often it looks. */
const TURN_WAIT_MS = 10_000;
const TURN_POLL_MS = 20;
/** How long failures for one account from one address are remembered after the last one. */
export const ACCOUNT_MEMORY_MS = 24 * 60 * 60_000;

export interface LoginPolicy {
  /** Failures for one account from one address before attempts wait. */
  freeFailures: number;
  /** Failures from one address, any account, before the address waits a whole window. */
  maxFailuresPerAddress: number;
  /** The longest wait for one account, and an address's wait once over its limit. */
  windowMs: number;
}

/** How long the next attempt waits after `failures` failures in a row (0 while under the free count). */
export function waitAfter(failures: number, policy: LoginPolicy): number {
  if (failures < policy.freeFailures) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** Math.min(failures - policy.freeFailures, 40), policy.windowMs);
}

/** The client address as counted: an IPv6 address by its /56 network, so one host cannot rotate through its own. */
export function addressOf(req: Request): string {
  return ipKeyGenerator(req.ip ?? 'unknown');
}

// Emails are contact details: counter keys carry a digest, never the address itself.
const digest = (text: string) => crypto.createHash('sha256').update(text).digest('base64url').slice(0, 24);

export class LoginThrottle {
  constructor(
    private readonly counters: FailureCounters,
    private readonly clock: Clock,
    private readonly policy: LoginPolicy,
  ) {}

  /**
   * Check a password under the throttle: refused (429 with Retry-After) while the account or the
   * address must wait; a failed check counts, a right one starts the account's count again.
   * Attempts sent at once take turns (one per account and address, and for an address no more at
   * once than the failures it has left), each judged on the failures counted before it: so a burst
   * gets no more guesses than the same attempts one after another, and right passwords all pass.
   */
  async attempt<T>(email: string, address: string, check: () => Promise<T>, isFailure: (error: unknown) => boolean): Promise<T> {
    const [accountKey, addressKey] = [this.accountKey(email, address), this.addressKey(address)];
    await this.takeTurn(email, address, accountKey, addressKey);
    try {
      const result = await check();
      await this.succeeded(email, address);
      return result;
    } catch (error) {
      if (isFailure(error)) await this.failed(email, address);
      throw error;
    } finally {
      await Promise.all([this.counters.leave(addressKey), this.counters.leave(accountKey)]);
    }
  }

  /** Wait for a place for this attempt, checking the counts before and after taking it. */
  private async takeTurn(email: string, address: string, accountKey: string, addressKey: string): Promise<void> {
    // Real time, not the app clock: this is how long a request may wait for the ones before it.
    const giveUpAt = Date.now() + TURN_WAIT_MS;
    for (;;) {
      const addressLeft = await this.check(email, address);
      if (await this.counters.enter(accountKey, 1, IN_FLIGHT_HOLD_MS)) {
        if (await this.counters.enter(addressKey, addressLeft, IN_FLIGHT_HOLD_MS)) {
          try {
            // A failure may have been counted between the check and the place: judge again, holding it.
            await this.check(email, address);
            return;
          } catch (error) {
            await Promise.all([this.counters.leave(addressKey), this.counters.leave(accountKey)]);
            throw error;
          }
        }
        await this.counters.leave(accountKey);
      }
      if (Date.now() >= giveUpAt) throw new RateLimitedError('Too many sign-in attempts at once. Please wait a moment and try again.', 1);
      await new Promise((resolve) => setTimeout(resolve, TURN_POLL_MS));
    }
  }

  /**
   * Refuse (429 with Retry-After) while this account from this address, or this address, must
   * wait; otherwise answer how many failures the address has left.
   */
  async check(email: string, address: string): Promise<number> {
    const now = this.clock.now().getTime();
    const [account, network] = await Promise.all([
      this.counters.get(this.accountKey(email, address)),
      this.counters.get(this.addressKey(address)),
    ]);
    const addressUntil =
      this.fresh(network, now, this.policy.windowMs) && network.failures >= this.policy.maxFailuresPerAddress
        ? network.lastFailureAt + this.policy.windowMs
        : 0;
    if (addressUntil > now) {
      throw new RateLimitedError(
        'Too many failed sign-in attempts from this network. Please wait and try again.',
        Math.ceil((addressUntil - now) / 1000),
      );
    }
    const accountUntil = this.fresh(account, now, ACCOUNT_MEMORY_MS) ? account.lastFailureAt + waitAfter(account.failures, this.policy) : 0;
    if (accountUntil > now) {
      throw new RateLimitedError(
        'Too many failed sign-in attempts for this account. Please wait a moment and try again.',
        Math.ceil((accountUntil - now) / 1000),
      );
    }
    return this.policy.maxFailuresPerAddress - (this.fresh(network, now, this.policy.windowMs) ? network.failures : 0);
  }

  /** The password check failed (or the account does not exist). */
  async failed(email: string, address: string): Promise<void> {
    const now = this.clock.now().getTime();
    await Promise.all([
      this.counters.add(this.accountKey(email, address), now, ACCOUNT_MEMORY_MS),
      this.counters.add(this.addressKey(address), now, this.policy.windowMs),
    ]);
  }

  /** The right password: this account's count from this address starts again (the address's does not). */
  async succeeded(email: string, address: string): Promise<void> {
    await this.counters.clear(this.accountKey(email, address));
  }

  private fresh(record: FailureRecord | null, now: number, memoryMs: number): record is FailureRecord {
    return record !== null && now - record.lastFailureAt <= memoryMs;
  }

  private accountKey(email: string, address: string): string {
    return `acct:${digest(`${email.trim().toLowerCase()}\n${address}`)}`;
  }

  private addressKey(address: string): string {
    return `ip:${address}`;
  }
}

export interface Throttles {
  login: LoginThrottle;
  registerPerAddress: RequestHandler;
}

export interface ThrottleStores {
  rateLimitStore: (prefix: string) => RateLimitStore;
  failureCounters: (prefix: string) => FailureCounters;
}

export function createThrottles(config: Config, clock: Clock, shared?: ThrottleStores): Throttles {
  const login = new LoginThrottle(shared?.failureCounters('login:') ?? new MemoryFailureCounters(), clock, {
    freeFailures: config.throttle.loginMaxFailures,
    maxFailuresPerAddress: config.throttle.loginMaxFailuresPerIp,
    windowMs: config.throttle.loginWindowMinutes * 60_000,
  });
  const registerPerAddress = rateLimit({
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    windowMs: 60 * 60_000,
    limit: config.throttle.registerMaxPerHour,
    keyGenerator: (req) => `ip:${addressOf(req)}`,
    handler: (_req, res, next) => {
      const reset = Number(res.getHeader('RateLimit-Reset') ?? res.getHeader('Retry-After') ?? 60);
      next(new RateLimitedError('Too many new accounts from this network. Please try again later.', Number.isFinite(reset) ? reset : 60));
    },
    ...(shared ? { store: shared.rateLimitStore('rl:register:') } : {}),
  });
  return { login, registerPerAddress };
}
