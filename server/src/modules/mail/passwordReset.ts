// Account recovery. A request answers the same whether or not the address has an account (no
// enumeration); a known address gets a mail with a single-use token valid 60 minutes, at most five
// per hour. Confirming uses the token up, sets the new password, voids the other reset links and
// ends every session of the account (their sockets close); the route then signs in afresh. A
// suspended account is refused as at sign-in (403 account_suspended) and nothing changes.
import type { Clock } from '../../lib/clock.js';
import { HOUR_MS } from '../../lib/clock.js';
import type { Logger } from '../../lib/logger.js';
import type { Store } from '../../store/types.js';
import type { PasswordHasher } from '../accounts/passwords.js';
import type { UserDoc, UsersRepository } from '../accounts/repository.js';
import { AccountSuspendedError } from '../accounts/service.js';
import type { MailService } from './service.js';
import type { MailTokens } from './tokens.js';
import { InvalidTokenError } from './tokens.js';

export const PASSWORD_RESET = 'password.reset';

export interface PasswordResetDeps {
  store: Store;
  users: UsersRepository;
  hasher: PasswordHasher;
  tokens: MailTokens;
  mail: MailService;
  clock: Clock;
  logger: Logger;
  /** Ends every session of a user and closes their sockets. */
  endSessions: (userId: string) => Promise<number>;
  validMinutes?: number;
  perHour?: number;
}

export class PasswordResetService {
  private readonly validMinutes: number;
  private readonly perHour: number;

  constructor(private readonly deps: PasswordResetDeps) {
    this.validMinutes = deps.validMinutes ?? 60;
    this.perHour = deps.perHour ?? 5;
  }

  /** Queue a reset mail if the address has an account and its hourly allowance is not spent. */
  async request(email: string): Promise<void> {
    const user = await this.deps.users.findByEmail(email);
    if (!user) return;
    const queued = await queueResetMail(this.deps, user, { perHour: this.perHour, validMinutes: this.validMinutes });
    this.deps.logger.info({ userId: user._id, queued }, 'password reset requested');
  }

  /** Set the new password with a reset token; every session of the account ends. */
  async confirm(token: string, password: string): Promise<UserDoc> {
    const { store, users, tokens, hasher, clock } = this.deps;
    // A cheap look first: an unknown token must not cost a password hash.
    await tokens.peek(token, [PASSWORD_RESET]);
    const passwordHash = await hasher.hash(password);
    const user = await store.withTransaction(async () => {
      const used = await tokens.consume(token, [PASSWORD_RESET]);
      // A suspended account cannot sign in, so a reset would not sign it in either: refused, and
      // the rollback leaves the password and the link as they were.
      if ((await users.findById(used.userId))?.suspended) throw new AccountSuspendedError();
      await tokens.revokeAll(used.userId, PASSWORD_RESET);
      return users.update(used.userId, { passwordHash, updatedAt: clock.now().toISOString() });
    });
    if (!user) throw new InvalidTokenError();
    const ended = await this.deps.endSessions(user._id);
    this.deps.logger.info({ userId: user._id, endedSessions: ended }, 'password reset');
    return user;
  }
}

/**
 * Issue a single-use reset token and queue its mail, in one transaction; false (nothing queued)
 * when the account's hourly allowance is spent. Also how an administrator sends a reset link.
 * `inside`: work to do in the same transaction (an audit entry).
 */
export async function queueResetMail(
  deps: Pick<PasswordResetDeps, 'store' | 'tokens' | 'mail' | 'clock'>,
  user: Pick<UserDoc, '_id'>,
  options: { perHour?: number; validMinutes?: number; inside?: () => Promise<void> } = {},
): Promise<boolean> {
  const perHour = options.perHour ?? 5;
  const validMinutes = options.validMinutes ?? 60;
  return deps.store.withTransaction(async () => {
    if ((await deps.tokens.issuedSince(user._id, PASSWORD_RESET, HOUR_MS)) >= perHour) return false;
    const expiresAt = new Date(deps.clock.now().getTime() + validMinutes * 60_000).toISOString();
    const token = await deps.tokens.issue({ purpose: PASSWORD_RESET, userId: user._id, expiresAt });
    await deps.mail.enqueue('password.reset', user._id, { token, validMinutes });
    await options.inside?.();
    return true;
  });
}
