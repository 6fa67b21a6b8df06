import type { z } from 'zod';
import type { CreateNeedBody, NeedListQuery as NeedListQuerySchema, Page, UpdateNeedBody } from '@ketnoi/contract';
import type { Need, NeedCategoryCode } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors.js';
import type { EventBus } from '../../lib/events.js';
import { allOf } from '../../lib/filters.js';
import { newId } from '../../lib/ids.js';
import { findPage, mapPage } from '../../lib/pagination.js';
import { DuplicateKeyError, type Filter, type Store } from '../../store/types.js';
import { isStaffFor } from '../accounts/policy.js';
import type { ProfileDoc, ProfilesRepository } from '../profiles/repository.js';
import type { SearchSync } from '../search/index.js';
import type { SearchOutbox } from '../search/outbox.js';
import { classifyNeed } from './classifier.js';
import type { NeedIntroParties } from './introParties.js';
import { needPolicy } from './policy.js';
import { presentNeed } from './presenter.js';
import type { NeedDoc, NeedsRepository, StatusChange } from './repository.js';
import type { NeedStatus } from '@ketnoi/contract';
import { ACTIVE_NEED_STATUSES } from '@ketnoi/contract';
import { assertNeedTransition } from './stateMachine.js';

/** When the text says nothing recognisable, file it as general mentoring; the founder can change it. */
const FALLBACK_CATEGORY: NeedCategoryCode = 'mentoring';

/**
 * A startup keeps at most this many needs open or in progress. Each one is read whenever the
 * startup is re-indexed or matched, so an unbounded number made every new need cost more.
 */
export const MAX_ACTIVE_NEEDS = 50;

export type CreateNeedInput = z.output<typeof CreateNeedBody>;

export type UpdateNeedInput = z.output<typeof UpdateNeedBody>;

export type NeedListQuery = z.output<typeof NeedListQuerySchema>;

export class NeedsService {
  constructor(
    private readonly store: Store,
    private readonly needs: NeedsRepository,
    private readonly profiles: ProfilesRepository,
    private readonly outbox: SearchOutbox,
    private readonly search: SearchSync,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly introParties: NeedIntroParties,
  ) {}

  async create(user: AuthUser, input: CreateNeedInput): Promise<NeedDoc> {
    const startup = await this.startupFor(user, input.startupId);
    // A retry after a lost answer (same clientId) gets the need it made, not a second one.
    const clientKey = input.clientId ? `${startup._id}:${input.clientId}` : undefined;
    const made = clientKey ? await this.needs.collection.findOne({ clientKey }) : null;
    if (made) return made;
    const suggestions = classifyNeed(`${input.title}\n${input.description}`).slice(0, 3);
    const category = input.category ?? suggestions[0]?.code ?? FALLBACK_CATEGORY;
    const now = this.clock.now().toISOString();
    const doc: NeedDoc = {
      _id: newId(),
      startupId: startup._id,
      category,
      title: input.title,
      description: input.description,
      urgency: input.urgency,
      status: 'open',
      province: startup.province,
      history: [{ at: now, by: user.id, from: null, to: 'open' }],
      suggestedCategories: suggestions.map((s) => ({ code: s.code, confidence: Math.round(s.confidence * 1000) / 1000 })),
      createdBy: user.id,
      createdAt: now,
      updatedAt: now,
      ...(clientKey ? { clientKey } : {}),
    };
    try {
      await this.store.withTransaction(async () => {
        await this.assertRoomForActiveNeed(startup._id);
        await this.needs.insert(doc);
        await this.refreshStartup(startup._id);
      });
    } catch (error) {
      // The same clientId sent twice at once: the first made the need.
      const first = error instanceof DuplicateKeyError && clientKey ? await this.needs.collection.findOne({ clientKey }) : null;
      if (first) return first;
      throw error;
    }
    this.events.publish('need.created', { needId: doc._id, startupId: doc.startupId, province: doc.province, category, by: user.id });
    await this.search.flushSoon();
    return doc;
  }

  async get(user: AuthUser, id: string): Promise<NeedDoc> {
    return (await this.visible(user, id)).need;
  }

  /** The need if `user` may see it, with the caller's own profile (looked up once per request). */
  private async visible(user: AuthUser, id: string): Promise<{ need: NeedDoc; own: ProfileDoc | null }> {
    const [need, own] = await Promise.all([this.needs.findById(id), this.profiles.findByUserId(user.id)]);
    if (!need) throw new NotFoundError('Need');
    if (needPolicy.canEdit(user, need, own)) return { need, own };
    const startup = await this.profiles.findById(need.startupId);
    if (needPolicy.canView(user, need, own, startup)) return { need, own };
    // Only the sides of an accepted intro about it read it beyond that (one indexed read, and only then).
    const connected = own ? await this.introParties.of(need._id) : [];
    if (!needPolicy.canView(user, need, own, startup, connected)) throw new NotFoundError('Need');
    return { need, own };
  }

  async update(user: AuthUser, id: string, input: UpdateNeedInput): Promise<NeedDoc> {
    const { need, own } = await this.visible(user, id);
    if (!needPolicy.canEdit(user, need, own)) throw new ForbiddenError('Only the startup or staff of its province can change this need.');
    const now = this.clock.now().toISOString();
    const set: Partial<NeedDoc> = { updatedAt: now };
    if (input.title !== undefined) set.title = input.title;
    if (input.description !== undefined) set.description = input.description;
    if (input.category !== undefined) set.category = input.category;
    if (input.urgency !== undefined) set.urgency = input.urgency;
    let change: StatusChange | undefined;
    if (input.status !== undefined && input.status !== need.status) {
      assertNeedTransition(need.status, input.status);
      set.status = input.status;
      change = { at: now, by: user.id, from: need.status, to: input.status };
    }
    const reopens = change && ACTIVE_NEED_STATUSES.includes(change.to as NeedStatus) && !ACTIVE_NEED_STATUSES.includes(need.status);
    const updated = await this.store.withTransaction(async () => {
      if (reopens) await this.assertRoomForActiveNeed(need.startupId);
      const doc = await this.needs.update(id, need.status, set, change);
      if (!doc) throw new ConflictError('This need was changed by someone else just now. Reload and try again.');
      await this.refreshStartup(need.startupId);
      if (change) {
        await this.events.record('need.status_changed', {
          needId: id,
          startupId: need.startupId,
          province: need.province,
          from: change.from as NeedStatus,
          to: change.to as NeedStatus,
          by: user.id,
        });
      }
      return doc;
    });
    await this.search.flushSoon();
    return updated;
  }

  /**
   * Move a need's status on behalf of the system (a consultation was scheduled, an outcome
   * confirmed). Skips silently when the transition does not apply. Call inside a transaction.
   */
  async transitionBySystem(needId: string, to: NeedStatus, by: string): Promise<NeedDoc | null> {
    const need = await this.needs.findById(needId);
    if (!need || need.status === to) return need;
    try {
      assertNeedTransition(need.status, to);
    } catch {
      return need;
    }
    const now = this.clock.now().toISOString();
    const doc = await this.needs.update(needId, need.status, { status: to, updatedAt: now }, { at: now, by, from: need.status, to });
    if (!doc) return null;
    await this.refreshStartup(need.startupId);
    await this.events.record('need.status_changed', {
      needId,
      startupId: need.startupId,
      province: need.province,
      from: need.status,
      to,
      by,
    });
    return doc;
  }

  async list(user: AuthUser, query: NeedListQuery): Promise<Page<Need>> {
    const own = await this.profiles.findByUserId(user.id);
    if (user.role === 'staff' && query.province && query.province !== user.province) {
      throw new ForbiddenError('Staff can only list needs of their own province.');
    }
    if (user.role === 'startup' && query.startupId && query.startupId !== own?._id) {
      throw new ForbiddenError('You can only list your own needs.');
    }
    const withheld = needPolicy.needsWithheldStartups(user) ? await this.profiles.withheldStartupIds() : [];
    const scope = needPolicy.listScope(user, own, withheld);
    if (!scope) return { items: [], nextCursor: null };
    const requested: Filter = {};
    if (query.province) requested.province = query.province;
    if (query.category) requested.category = query.category;
    if (query.status) requested.status = query.status;
    if (query.startupId) requested.startupId = query.startupId;
    return mapPage(await findPage(this.needs, allOf(scope, requested), query, 'createdAt', -1), (d) => presentNeed(d));
  }

  /** The startup a need is created for: the caller's own, or (staff/admin) the one named. */
  private async startupFor(user: AuthUser, startupId: string | undefined): Promise<ProfileDoc> {
    if (user.role === 'startup') {
      const own = await this.profiles.findByUserId(user.id);
      if (!own) throw new ConflictError('Create your startup profile before adding needs.', { profile: 'missing' });
      if (startupId && startupId !== own._id) throw new ForbiddenError('You can only add needs to your own startup.');
      return own;
    }
    if (user.role !== 'staff' && user.role !== 'admin') throw new ForbiddenError('Only startups, or staff on their behalf, can add needs.');
    if (!startupId) throw new ValidationError('Name the startup this need is for.', [{ path: 'startupId', message: 'required for staff' }]);
    const startup = await this.profiles.findById(startupId);
    if (!startup || startup.kind !== 'startup') throw new NotFoundError('Startup');
    if (!isStaffFor(user, startup.province)) throw new ForbiddenError('Staff can only add needs for startups of their province.');
    return startup;
  }

  /** Inside the transaction that adds an open need: refuse it when the startup has no room left. */
  private async assertRoomForActiveNeed(startupId: string): Promise<void> {
    if ((await this.needs.countActive(startupId)) < MAX_ACTIVE_NEEDS) return;
    throw new ConflictError(
      `A startup can have at most ${MAX_ACTIVE_NEEDS} needs open or in progress. Resolve or close one before adding another.`,
      { limit: MAX_ACTIVE_NEEDS },
    );
  }

  /** Keep the startup's coverage (its active need categories) and its search document current. */
  private async refreshStartup(startupId: string): Promise<void> {
    const categories = await this.needs.activeCategoriesOf(startupId);
    await this.profiles.setFields(startupId, { coverage: categories });
    await this.outbox.enqueue(startupId);
  }
}
