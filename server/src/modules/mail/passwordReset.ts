// Account recovery. A request answers the same whether or not the address has an account (no
// enumeration); a known address gets a mail with a single-use token valid 60 minutes, at most five
// per hour. Confirming uses the token up, sets the new password, voids the other reset links and
// ends every session of the account (their sockets close); the route then signs in afresh.
import type { Clock } from '../../lib/clock.js';
import { HOUR_MS } from '../../lib/clock.js';
import type { Logger } from '../../lib/logger.js';
import type { Store } from '../../store/types.js';
import type { PasswordHasher } from '../accounts/passwords.js';
import type { UserDoc, UsersRepository } from '../accounts/repository.js';
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
    const { store, users, tokens, mail, clock } = this.deps;
    const user = await users.findByEmail(email);
    if (!user) return;
    const queued = await store.withTransaction(async () => {
      if ((await tokens.issuedSince(user._id, PASSWORD_RESET, HOUR_MS)) >= this.perHour) return false;
      const expiresAt = new Date(clock.now().getTime() + this.validMinutes * 60_000).toISOString();
      const token = await tokens.issue({ purpose: PASSWORD_RESET, userId: user._id, expiresAt });
      await mail.enqueue('password.reset', user._id, { token, validMinutes: this.validMinutes });
      return true;
    });
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
      await tokens.revokeAll(used.userId, PASSWORD_RESET);
      return users.update(used.userId, { passwordHash, updatedAt: clock.now().toISOString() });
    });
    if (!user) throw new InvalidTokenError();
    const ended = await this.deps.endSessions(user._id);
    this.deps.logger.info({ userId: user._id, endedSessions: ended }, 'password reset');
    return user;
  }
}
