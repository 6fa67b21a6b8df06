import type { Logger } from 'pino';
import type { Clock } from '../../lib/clock.js';
import { AppError, ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from '../../lib/errors.js';
import type { EventBus } from '../../lib/events.js';
import { newId } from '../../lib/ids.js';
import { DuplicateKeyError, type Store } from '../../store/types.js';
import type { PasswordHasher } from './passwords.js';
import { searchKeyOf, type UserDoc, type UsersRepository } from './repository.js';
import { isProfileKind, WRONG_PASSWORD_ISSUE } from '@ketnoi/contract';
import type { Language, ProvinceCode, RefusalReason, Role } from '@ketnoi/contract';

/** 403 at sign-in for an account an administrator suspended (reason code for the client's words). */
export class AccountSuspendedError extends AppError {
  constructor() {
    super(403, 'forbidden', 'This account is suspended. Contact the KếtNối administrator.', {
      reason: 'account_suspended' satisfies RefusalReason,
    });
  }
}

/**
 * A signed-in person's current password is wrong: a 400 on the field, not a 401, which would say the
 * session is gone (contract: POST /api/auth/password).
 */
export class WrongPasswordError extends ValidationError {
  constructor() {
    const message = 'The current password is incorrect.';
    super(message, [{ path: 'currentPassword', message, code: WRONG_PASSWORD_ISSUE }]);
  }
}

export interface NewAccount {
  email: string;
  password: string;
  role: Role;
  name: string;
  province?: ProvinceCode | null;
  /** Language of mails; Vietnamese unless the person chose English. */
  language?: Language;
}

export class AccountsService {
  constructor(
    private readonly store: Store,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Open self-registration: startups, experts, investors and providers only. */
  async register(input: NewAccount): Promise<UserDoc> {
    if (!isProfileKind(input.role)) {
      throw new ForbiddenError('Staff and admin accounts are created by an administrator.');
    }
    return this.create(input, null);
  }

  /** An admin creates any account; staff must belong to a province. */
  async createByAdmin(input: NewAccount, adminId: string): Promise<UserDoc> {
    if (input.role !== 'admin' && !input.province) {
      throw new ValidationError('A province is required for this role.', [{ path: 'province', message: 'required' }]);
    }
    return this.create(input, adminId);
  }

  async verifyCredentials(email: string, password: string): Promise<UserDoc> {
    const user = await this.users.findByEmail(email);
    const ok = user ? await this.hasher.verify(user.passwordHash, password) : await this.hasher.verifyNothing(password);
    if (!user || !ok) throw new UnauthenticatedError('The email or password is incorrect.');
    // Only after the password: a wrong one says nothing about the account.
    if (user.suspended) throw new AccountSuspendedError();
    await this.users.update(user._id, { lastLoginAt: this.clock.now().toISOString() });
    return user;
  }

  /** The signed-in user's own password, checked as at sign-in; answers the account as it was checked. */
  async checkOwnPassword(userId: string, password: string): Promise<UserDoc> {
    const user = await this.users.findById(userId);
    if (!user) throw new UnauthenticatedError();
    if (!(await this.hasher.verify(user.passwordHash, password))) throw new WrongPasswordError();
    return user;
  }

  /**
   * Set a new password on an account whose current one was just checked (`checked`). A change that
   * landed in between wins: this one is refused as a wrong current password. `inside` runs in the
   * same transaction (the mail that tells the account).
   */
  async changePassword(checked: UserDoc, newPassword: string, inside?: (user: UserDoc) => Promise<void>): Promise<UserDoc> {
    const passwordHash = await this.hasher.hash(newPassword);
    return this.store.withTransaction(async () => {
      const now = this.clock.now().toISOString();
      const user = await this.users.replacePasswordHash(checked._id, checked.passwordHash, passwordHash, now);
      if (!user) throw new WrongPasswordError();
      await inside?.(user);
      return user;
    });
  }

  findById(id: string): Promise<UserDoc | null> {
    return this.users.findById(id);
  }

  /**
   * ADMIN_EMAIL / ADMIN_PASSWORD at boot: create that admin, or set its password and role.
   * `credentialsChanged` says the role or password of an existing account was set: its sessions
   * were opened by whoever held it before (perhaps someone who registered the address first) and
   * must end rather than become admin sessions.
   */
  async ensureAdmin(email: string, password: string): Promise<{ user: UserDoc; credentialsChanged: boolean }> {
    const existing = await this.users.findByEmail(email);
    if (!existing) {
      const user = await this.create({ email, password, role: 'admin', name: 'Administrator', province: null }, null);
      return { user, credentialsChanged: false };
    }
    const matches = await this.hasher.verify(existing.passwordHash, password);
    if (matches && existing.role === 'admin') return { user: existing, credentialsChanged: false };
    const fields: Partial<UserDoc> = { role: 'admin', updatedAt: this.clock.now().toISOString() };
    if (!matches) fields.passwordHash = await this.hasher.hash(password);
    if (existing.role !== 'admin')
      this.logger.warn({ userId: existing._id, formerRole: existing.role }, 'ADMIN_EMAIL names an existing account: it is now an admin');
    else this.logger.info({ userId: existing._id }, 'admin password set from ADMIN_PASSWORD');
    return { user: (await this.users.update(existing._id, fields))!, credentialsChanged: true };
  }

  sessionEnded(sessionId: string): void {
    this.events.publish('session.ended', { sessionId });
  }

  private async create(input: NewAccount, by: string | null): Promise<UserDoc> {
    const passwordHash = await this.hasher.hash(input.password);
    const now = this.clock.now().toISOString();
    const user: UserDoc = {
      _id: newId(),
      email: input.email,
      passwordHash,
      role: input.role,
      name: input.name,
      province: input.province ?? null,
      searchKey: searchKeyOf(input),
      language: input.language ?? 'vi',
      createdAt: now,
      updatedAt: now,
    };
    try {
      await this.store.withTransaction(async () => {
        await this.users.insert(user);
        await this.events.record('account.created', { userId: user._id, role: user.role, province: user.province, by });
      });
    } catch (error) {
      if (error instanceof DuplicateKeyError) throw new ConflictError('An account with this email already exists.', { field: 'email' });
      throw error;
    }
    return user;
  }
}
