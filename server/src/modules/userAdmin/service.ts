// The administrator's account tools: a searchable list of every account, suspending and
// unsuspending one, and mailing it a password reset link. A suspended account cannot sign in
// (accounts/service.ts), its sessions end (routes.ts, after commit) and its profile is withheld
// from search, matches, the directory and introductions like any suspended profile.
import type { z } from 'zod';
import type { AdminUser, AdminUserListQuery, Page } from '@ketnoi/contract';
import { fold } from '@ketnoi/search';
import type { AuthUser } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import { NotFoundError, RateLimitedError } from '../../lib/errors.js';
import type { EventBus } from '../../lib/events.js';
import { allOf } from '../../lib/filters.js';
import { mapPage } from '../../lib/pagination.js';
import type { Filter, Store } from '../../store/types.js';
import type { UserDoc, UsersRepository } from '../accounts/repository.js';
import type { ProfileDoc, ProfilesRepository } from '../profiles/repository.js';
import type { SearchSync } from '../search/index.js';
import type { SearchOutbox } from '../search/outbox.js';
import { actorOf, userAdminPolicy } from './policy.js';
import { presentAdminUser } from './presenter.js';

export type AdminUserQuery = z.output<typeof AdminUserListQuery>;

/** Queues the password reset mail (the mail module's), running `inside` in its transaction; false when the hourly allowance is spent. */
export type SendPasswordReset = (user: Pick<UserDoc, '_id'>, inside: () => Promise<void>) => Promise<boolean>;

/** A regular expression that matches `text` literally (the folded search words are never a pattern). */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class UserAdminService {
  constructor(
    private readonly store: Store,
    private readonly users: UsersRepository,
    private readonly profiles: ProfilesRepository,
    private readonly outbox: SearchOutbox,
    private readonly search: SearchSync,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly sendReset: SendPasswordReset,
  ) {}

  async list(query: AdminUserQuery): Promise<Page<AdminUser>> {
    const clauses: Filter[] = [];
    if (query.role) clauses.push({ role: query.role });
    if (query.province) clauses.push({ province: query.province });
    if (query.suspended !== undefined) clauses.push(query.suspended ? { suspended: true } : { suspended: { $ne: true } });
    const words = fold(query.q ?? '')
      .split(/\s+/)
      .filter(Boolean);
    for (const word of words) clauses.push({ searchKey: { $regex: literal(word) } });
    const page = await this.users.list(allOf(...clauses), query);
    const profiles = await this.profilesOf(page.items);
    return mapPage(page, (u) => presentAdminUser(u, profiles.get(u._id)));
  }

  async suspend(admin: AuthUser, userId: string, reason: string | undefined): Promise<AdminUser> {
    const target = await this.target(admin, 'suspend', userId);
    if (target.suspended) return this.present(target);
    const at = this.clock.now().toISOString();
    const saved = await this.store.withTransaction(async () => {
      const user = await this.users.update(target._id, {
        suspended: true,
        suspendedAt: at,
        suspendedBy: admin.id,
        suspendReason: reason ?? null,
        updatedAt: at,
      });
      await this.withholdProfile(target._id, true, at);
      await this.events.record('account.suspended', {
        userId: target._id,
        province: target.province,
        reason: reason ?? null,
        by: admin.id,
        at,
      });
      return user!;
    });
    await this.search.flushSoon();
    return this.present(saved);
  }

  async unsuspend(admin: AuthUser, userId: string): Promise<AdminUser> {
    const target = await this.target(admin, 'unsuspend', userId);
    if (!target.suspended) return this.present(target);
    const at = this.clock.now().toISOString();
    const saved = await this.store.withTransaction(async () => {
      const user = await this.users.update(target._id, { suspended: false, updatedAt: at });
      await this.withholdProfile(target._id, false, at);
      await this.events.record('account.unsuspended', { userId: target._id, province: target.province, by: admin.id, at });
      return user!;
    });
    await this.search.flushSoon();
    return this.present(saved);
  }

  /** Mails the account a reset link (the link the account would get by asking); 429 past the hourly allowance. */
  async sendPasswordReset(admin: AuthUser, userId: string): Promise<{ queued: true; email: string }> {
    const target = await this.target(admin, 'sendPasswordReset', userId);
    const at = this.clock.now().toISOString();
    const queued = await this.sendReset(target, () =>
      this.events.record('account.password_reset_sent', { userId: target._id, province: target.province, by: admin.id, at }),
    );
    if (!queued) throw new RateLimitedError('This account was sent several reset links in the last hour. Try again later.', 3600);
    return { queued: true, email: target.email };
  }

  private async target(admin: AuthUser, action: 'suspend' | 'unsuspend' | 'sendPasswordReset', userId: string): Promise<UserDoc> {
    const user = await this.users.findById(userId);
    if (!user) throw new NotFoundError('User');
    userAdminPolicy.authorize(actorOf(admin), action, user);
    return user;
  }

  /** The profile follows its account: suspended profiles are out of search, matches and the directory. */
  private async withholdProfile(userId: string, suspended: boolean, at: string): Promise<void> {
    const profile = await this.profiles.findByUserId(userId);
    if (!profile) return;
    if (suspended) await this.profiles.setFields(profile._id, { suspended: true, updatedAt: at });
    else await this.profiles.setFields(profile._id, { updatedAt: at }, ['suspended']);
    await this.outbox.enqueue(profile._id);
  }

  private async present(user: UserDoc): Promise<AdminUser> {
    return presentAdminUser(user, await this.profiles.findByUserId(user._id));
  }

  private async profilesOf(users: UserDoc[]): Promise<Map<string, ProfileDoc>> {
    if (users.length === 0) return new Map();
    const docs = await this.profiles.find({ userId: { $in: users.map((u) => u._id) } });
    return new Map(docs.map((p) => [p.userId, p]));
  }
}
