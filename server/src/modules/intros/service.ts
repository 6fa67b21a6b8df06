import type { z } from 'zod';
import type { CreateIntroBody, IntroListQuery as IntroListQuerySchema, Page, RefusalReason } from '@ketnoi/contract';
import type { Intro } from '@ketnoi/contract';
import type { Config } from '../../config.js';
import type { AuthUser } from '../../http/api.js';
import type { Actor } from '../../lib/authorize.js';
import type { Clock } from '../../lib/clock.js';
import { DAY_MS } from '../../lib/clock.js';
import { ConflictError, ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '../../lib/errors.js';
import { assertRollingDayRoom } from '../../lib/rollingDay.js';
import type { EventBus } from '../../lib/events.js';
import { allOf } from '../../lib/filters.js';
import { newId } from '../../lib/ids.js';
import { findPage, mapPage } from '../../lib/pagination.js';
import { guardKeys, WriteGuards } from '../../store/guards.js';
import type { Filter, Store } from '../../store/types.js';
import { isStaffFor } from '../accounts/policy.js';
import type { ConversationsService } from '../conversations/service.js';
import type { NeedsRepository } from '../needs/repository.js';
import type { ProfileDoc, ProfilesRepository } from '../profiles/repository.js';
import type { VisibilityRules } from '../profiles/visibility.js';
import type { ProvincePoliciesRepository } from '../provinces/repository.js';
import type { ConflictsRepository } from '../conflicts/repository.js';
import { introPolicy, isAllowedPair, REACHED_TARGET, reachedTarget } from './policy.js';
import { presentIntro } from './presenter.js';
import type { IntroDoc, IntrosRepository } from './repository.js';
import type { IntroAction } from './stateMachine.js';
import type { IntroStatus } from '@ketnoi/contract';
import { nextIntroState } from './stateMachine.js';
import { DECLINE_COOLDOWN_DAYS } from '../matching/rules.js';
import { OPEN_INTRO_STATUSES } from '@ketnoi/contract';

/** A profile (startup, expert, investor or provider) may have at most this many outgoing requests waiting for an answer. */
export const MAX_PENDING_OUTGOING = 5;
/** …and may send at most this many in any 24 hours, withdrawn ones included. Staff brokering is not limited. */
export const MAX_REQUESTS_PER_DAY = 10;

export type CreateIntroInput = z.output<typeof CreateIntroBody>;

export type IntroListQuery = z.output<typeof IntroListQuerySchema>;

/** The mails a change queues, inside the change's transaction (mail/triggers/intros.ts). */
export interface IntroMails {
  created(intro: IntroDoc): Promise<void>;
  changed(before: IntroDoc, after: IntroDoc, action: IntroAction['type'], by: string): Promise<void>;
}

export class IntrosService {
  private readonly guards: WriteGuards;

  constructor(
    private readonly store: Store,
    private readonly intros: IntrosRepository,
    private readonly profiles: ProfilesRepository,
    private readonly needs: NeedsRepository,
    private readonly conversations: ConversationsService,
    private readonly policies: ProvincePoliciesRepository,
    private readonly conflicts: ConflictsRepository,
    private readonly visibility: VisibilityRules,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly config: Pick<Config, 'introExpiryDays'>,
    private readonly mail: IntroMails,
  ) {
    this.guards = new WriteGuards(store);
  }

  /** `context.opportunityId`: the intro answers an opportunity of `toProfileId` (opportunities module). */
  async create(user: AuthUser, input: CreateIntroInput, context: { opportunityId?: string } = {}): Promise<IntroDoc> {
    const brokered = user.role === 'staff' || user.role === 'admin';
    let from: ProfileDoc;
    if (brokered) {
      if (!input.fromProfileId)
        throw new ValidationError('Name both parties to broker an introduction.', [
          { path: 'fromProfileId', message: 'required for staff brokering' },
        ]);
      from = await this.requireProfile(input.fromProfileId);
    } else {
      const own = await this.profiles.findByUserId(user.id);
      if (!own) throw new ConflictError('Create your profile before asking for introductions.', { profile: 'missing' });
      if (input.fromProfileId && input.fromProfileId !== own._id)
        throw new ForbiddenError('You can only ask for introductions from your own profile.');
      from = own;
    }
    const to = await this.requireProfile(input.toProfileId);
    // Nobody introduces a profile they could not open: hidden or suspended ones (but to staff of
    // their province), or ones the other province's sharing policy keeps from them. A broker is
    // judged for both sides.
    for (const side of brokered ? [from, to] : [to]) if (!(await this.visibility.mayOpen(user, side))) throw new NotFoundError('Profile');
    if (from._id === to._id) throw new ConflictError('A profile cannot be introduced to itself.');
    if (!isAllowedPair(from.kind, to.kind))
      throw new ForbiddenError('Introductions connect startups with experts, investors and providers.');
    const startup = from.kind === 'startup' ? from : to;
    const province = startup.province;
    if (brokered && !isStaffFor(user, from.province) && !isStaffFor(user, to.province)) {
      throw new ForbiddenError('Staff can broker introductions only for profiles of their province.');
    }
    if (to.hidden || to.suspended || from.suspended) throw new ConflictError('This profile is not taking introductions right now.');
    if (await this.conflicts.exists(from._id, to._id))
      throw new ConflictError('A conflict of interest has been declared between these two profiles.');
    const existing = await this.intros.findActiveBetween(from._id, to._id);
    if (existing) {
      // Name it to whoever may open it, so they can answer it or go to the conversation instead.
      const own = brokered ? null : from._id;
      throw new ConflictError('There is already an open or accepted introduction between these two profiles.', {
        reason: 'intro_exists' satisfies RefusalReason,
        status: existing.status,
        ...(introPolicy.can({ user, profileId: own }, 'view', existing) ? { introId: existing._id } : {}),
      });
    }
    // Hard rule (DESIGN.md "Matching"): a pair with a declined intro rests for the cool-down, whoever asks.
    const since = new Date(this.clock.now().getTime() - DECLINE_COOLDOWN_DAYS * DAY_MS).toISOString();
    const declined = await this.intros.findDeclinedBetweenSince(from._id, to._id, since);
    if (declined?.declinedAt) {
      const until = new Date(Date.parse(declined.declinedAt) + DECLINE_COOLDOWN_DAYS * DAY_MS).toISOString();
      throw new ConflictError(`An introduction between these two profiles was declined; they can be introduced again from ${until}.`, {
        reason: 'recently_declined' satisfies RefusalReason,
        until,
      });
    }
    if (input.needId) await this.checkNeed(input.needId, startup);

    const policy = await this.policies.get(province);
    const status: IntroStatus = !brokered && policy.staffApprovalKinds.includes(to.kind) ? 'pending_staff' : 'pending';
    const now = this.clock.now();
    const doc: IntroDoc = {
      _id: newId(),
      fromProfileId: from._id,
      toProfileId: to._id,
      needId: input.needId ?? null,
      ...(context.opportunityId ? { opportunityId: context.opportunityId } : {}),
      message: input.message,
      brokeredBy: brokered ? user.id : null,
      status,
      awaiting: brokered ? [from._id, to._id] : [to._id],
      acceptedBy: [],
      conversationId: null,
      province,
      startupId: startup.kind === 'startup' ? startup._id : null,
      targetKind: to.kind,
      firstResponseAt: null,
      declinedBy: null,
      declinedAt: null,
      declineReason: null,
      history: [{ at: now.toISOString(), by: user.id, from: null, to: status }],
      expiresAt: new Date(now.getTime() + this.config.introExpiryDays * DAY_MS).toISOString(),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    const limited = !brokered;
    // Count, then insert: the guard makes one requester's concurrent requests take turns on
    // MongoDB too, so the limits hold (see store/guards.ts).
    await this.guards.serialise(limited ? [guardKeys.pendingIntros(from._id)] : [], async () => {
      if (limited) {
        const pending = await this.intros.count({
          fromProfileId: from._id,
          brokeredBy: null,
          status: { $in: OPEN_INTRO_STATUSES },
        });
        if (pending >= MAX_PENDING_OUTGOING) {
          throw new ConflictError(
            `You already have ${MAX_PENDING_OUTGOING} requests waiting for an answer. Withdraw one or wait for replies.`,
            { reason: 'too_many_pending' satisfies RefusalReason, limit: MAX_PENDING_OUTGOING },
          );
        }
        await this.assertDailyRoom(from._id, now);
      }
      await this.intros.insert(doc);
      await this.events.record('intro.created', { intro: doc, by: user.id });
      await this.mail.created(doc);
    });
    return doc;
  }

  async get(user: AuthUser, id: string): Promise<IntroDoc> {
    return (await this.visible(user, id)).intro;
  }

  /** The intro if `user` may see it, with the caller's own profile (looked up once per request). */
  private async visible(user: AuthUser, id: string, acting = false): Promise<{ intro: IntroDoc; own: ProfileDoc | null }> {
    const [intro, own] = await Promise.all([this.intros.findById(id), this.profiles.findByUserId(user.id)]);
    if (!intro) throw new NotFoundError('Introduction');
    // The target of a request still with staff cannot read it, but answering it is the contract's
    // illegal transition (it is not theirs to answer yet), as it was before the request was hidden.
    if (acting && own && intro.toProfileId === own._id && !reachedTarget(intro))
      throw new InvalidTransitionError(intro.status, 'answered', { status: intro.status });
    introPolicy.authorize({ user, profileId: own?._id ?? null }, 'view', intro);
    return { intro, own };
  }

  async accept(user: AuthUser, id: string): Promise<IntroDoc> {
    return this.act(user, id, async (intro, actor) => {
      const side = this.answeringSide(intro, actor);
      return { action: { type: 'accept', side } };
    });
  }

  async decline(user: AuthUser, id: string, reason?: string): Promise<IntroDoc> {
    return this.act(user, id, async (intro, actor) => {
      const side = this.answeringSide(intro, actor);
      return { action: { type: 'decline', side }, extra: { declinedBy: side, declineReason: reason ?? null } };
    });
  }

  async withdraw(user: AuthUser, id: string): Promise<IntroDoc> {
    return this.act(user, id, async (intro, actor) => {
      introPolicy.authorize(actor, 'withdraw', intro);
      return { action: { type: 'withdraw' } };
    });
  }

  async approve(user: AuthUser, id: string): Promise<IntroDoc> {
    return this.act(user, id, async (intro, actor) => {
      introPolicy.authorize(actor, 'approve', intro);
      // The other side gets the whole answering time from now, however long staff took (as reminders count).
      const expiresAt = new Date(this.clock.now().getTime() + this.config.introExpiryDays * DAY_MS).toISOString();
      return { action: { type: 'approve' }, extra: { expiresAt } };
    });
  }

  async reject(user: AuthUser, id: string, reason?: string): Promise<IntroDoc> {
    return this.act(user, id, async (intro, actor) => {
      introPolicy.authorize(actor, 'reject', intro);
      return { action: { type: 'reject' }, extra: { declineReason: reason ?? null } };
    });
  }

  /** Expire every open intro past its expiry time (run by the scheduler). */
  async expireDue(): Promise<number> {
    let expired = 0;
    for (const intro of await this.intros.dueForExpiry(this.clock.now().toISOString())) {
      const done = await this.transition(intro, { type: 'expire' }, 'system').catch(() => null);
      if (done) expired++;
    }
    return expired;
  }

  async list(user: AuthUser, query: IntroListQuery): Promise<Page<Intro>> {
    const own = await this.profiles.findByUserId(user.id);
    let scope: Filter;
    if (user.role === 'admin') scope = {};
    else if (user.role === 'staff') scope = { $or: [{ province: user.province }, { brokeredBy: user.id }] };
    else if (!own) return { items: [], nextCursor: null };
    else if (query.box === 'incoming')
      scope = {
        $or: [
          { toProfileId: own._id, ...REACHED_TARGET },
          { fromProfileId: own._id, brokeredBy: { $ne: null } },
        ],
      };
    else if (query.box === 'outgoing') scope = { fromProfileId: own._id, brokeredBy: null };
    else scope = { $or: [{ fromProfileId: own._id }, { toProfileId: own._id, ...REACHED_TARGET }] };
    // `with`: only the intros between the caller and that profile (either direction).
    if (query.with)
      scope = own
        ? {
            $or: [
              { fromProfileId: own._id, toProfileId: query.with },
              { fromProfileId: query.with, toProfileId: own._id, ...REACHED_TARGET },
            ],
          }
        : { $and: [scope, { $or: [{ fromProfileId: query.with }, { toProfileId: query.with }] }] };
    const page = await findPage(this.intros, allOf(scope, query.status ? { status: query.status } : {}), query, 'createdAt', -1);
    const parties = await this.partiesOf(page.items);
    return mapPage(page, (d) => presentIntro(d, parties));
  }

  async presentOne(intro: IntroDoc): Promise<Intro> {
    return presentIntro(intro, await this.partiesOf([intro]));
  }

  async partiesOf(intros: IntroDoc[]): Promise<Map<string, ProfileDoc>> {
    const ids = [...new Set(intros.flatMap((i) => [i.fromProfileId, i.toProfileId]))];
    return new Map((await this.profiles.findMany(ids)).map((p) => [p._id, p]));
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────

  private answeringSide(intro: IntroDoc, actor: Actor): string {
    introPolicy.authorize(actor, 'answer', intro);
    const side = actor.profileId!; // a party always has a profile
    if (intro.status === 'pending' && !intro.awaiting.includes(side) && !intro.acceptedBy.includes(side)) {
      throw new ForbiddenError('This request is waiting for the other side’s answer, not yours.');
    }
    return side;
  }

  private async act(
    user: AuthUser,
    id: string,
    decide: (intro: IntroDoc, actor: Actor) => Promise<{ action: IntroAction; extra?: Partial<IntroDoc> }>,
  ): Promise<IntroDoc> {
    const { intro, own } = await this.visible(user, id, true);
    const { action, extra } = await decide(intro, { user, profileId: own?._id ?? null });
    return this.transition(intro, action, user.id, extra);
  }

  private async transition(intro: IntroDoc, action: IntroAction, by: string, extra: Partial<IntroDoc> = {}): Promise<IntroDoc> {
    const next = nextIntroState(intro, action);
    const now = this.clock.now().toISOString();
    const updated: IntroDoc = { ...intro, ...extra, ...next, updatedAt: now };
    if ((action.type === 'accept' || action.type === 'decline') && !intro.firstResponseAt) updated.firstResponseAt = now;
    if (action.type === 'decline') updated.declinedAt = now;
    if (next.status !== intro.status) updated.history = [...intro.history, { at: now, by, from: intro.status, to: next.status }];
    const saved = await this.store.withTransaction(async () => {
      if (next.status === 'accepted') {
        const conversation = await this.conversations.openForIntro(updated);
        updated.conversationId = conversation._id;
      }
      const doc = await this.intros.replaceIfUnchanged(intro, updated);
      if (!doc) throw new ConflictError('This introduction changed just now. Reload it and try again.');
      await this.events.record('intro.updated', { intro: doc, previous: intro.status, action: action.type, by });
      await this.mail.changed(intro, doc, action.type, by);
      return doc;
    });
    return saved;
  }

  /** 429 when `profileId` has sent MAX_REQUESTS_PER_DAY requests in the last 24 hours (says when it may again). */
  private async assertDailyRoom(profileId: string, now: Date): Promise<void> {
    const since = new Date(now.getTime() - DAY_MS).toISOString();
    const recent = await this.intros.find(
      { fromProfileId: profileId, brokeredBy: null, createdAt: { $gt: since } },
      { sort: { createdAt: 1 }, limit: MAX_REQUESTS_PER_DAY },
    );
    assertRollingDayRoom(
      recent.map((intro) => intro.createdAt),
      MAX_REQUESTS_PER_DAY,
      now,
      `You can send at most ${MAX_REQUESTS_PER_DAY} introduction requests a day. Try again later.`,
    );
  }

  private async requireProfile(id: string): Promise<ProfileDoc> {
    const profile = await this.profiles.findById(id);
    if (!profile) throw new NotFoundError('Profile');
    return profile;
  }

  private async checkNeed(needId: string, startup: ProfileDoc): Promise<void> {
    const need = await this.needs.findById(needId);
    if (!need || need.startupId !== startup._id) throw new NotFoundError('Need');
    if (need.status === 'closed' || need.status === 'resolved')
      throw new ConflictError(`This need is ${need.status}.`, { status: need.status });
  }
}
