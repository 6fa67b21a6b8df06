// Opportunities: create (classified like needs when no category is given), list the open ones
// (owners hidden, suspended or not shared with the viewer are left out at read time, so a change
// of profile or policy shows at once), edit, close and renew, answer with an introduction, expire.
import type { z } from 'zod';
import type {
  CreateOpportunityBody,
  NeedCategoryCode,
  Opportunity,
  OpportunityListQuery,
  Page,
  UpdateOpportunityBody,
} from '@ketnoi/contract';
import { OPPORTUNITY_DEFAULT_DAYS, OPPORTUNITY_MAX_DAYS } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import { DAY_MS } from '../../lib/clock.js';
import { vietnamDayStart } from '../reports/period.js';
import { ConflictError, ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '../../lib/errors.js';
import type { EventBus } from '../../lib/events.js';
import { newId } from '../../lib/ids.js';
import { cursorQuery, decodeCursor, encodeCursor } from '../../lib/pagination.js';
import { guardKeys, WriteGuards } from '../../store/guards.js';
import type { Filter, Store } from '../../store/types.js';
import type { IntroDoc } from '../intros/repository.js';
import type { IntrosService } from '../intros/service.js';
import { classifyNeed } from '../needs/classifier.js';
import type { ProfileDoc, ProfilesRepository } from '../profiles/repository.js';
import type { VisibilityRules } from '../profiles/visibility.js';
import { opportunityPolicy } from './policy.js';
import { presentOpportunity, statusAt } from './presenter.js';
import type { OpportunitiesRepository, OpportunityDoc } from './repository.js';
import { searchTextOf, textFilter } from './repository.js';

export type CreateOpportunityInput = z.output<typeof CreateOpportunityBody>;
export type UpdateOpportunityInput = z.output<typeof UpdateOpportunityBody>;
export type OpportunityListInput = z.output<typeof OpportunityListQuery>;

/** When the text names no recognisable kind of help, as for needs; the owner can change it. */
const FALLBACK_CATEGORY: NeedCategoryCode = 'mentoring';
/**
 * Open opportunities one profile may have at once: they are listed to everyone and matched against
 * every profile, so one account must not fill the public list (as needs: MAX_ACTIVE_NEEDS).
 */
export const MAX_OPEN_OPPORTUNITIES = 50;
/** A list page reads at most this many batches past owners it may not show. */
const MAX_BATCHES = 5;

export interface OwnedOpportunity {
  doc: OpportunityDoc;
  owner: ProfileDoc;
}

export class OpportunitiesService {
  private readonly guards: WriteGuards;

  constructor(
    private readonly store: Store,
    private readonly opportunities: OpportunitiesRepository,
    private readonly profiles: ProfilesRepository,
    private readonly visibility: VisibilityRules,
    private readonly intros: IntrosService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {
    this.guards = new WriteGuards(store);
  }

  private now(): string {
    return this.clock.now().toISOString();
  }

  present({ doc, owner }: OwnedOpportunity, withSuggestions = false): Opportunity {
    return presentOpportunity(doc, owner, this.now(), withSuggestions);
  }

  async create(user: AuthUser, input: CreateOpportunityInput): Promise<OwnedOpportunity> {
    const owner = await this.ownProfile(user, 'post opportunities');
    const now = this.clock.now();
    const suggestions = classifyNeed(`${input.title}\n${input.description}`).slice(0, 3);
    const doc: OpportunityDoc = {
      _id: newId(),
      profileId: owner._id,
      userId: user.id,
      type: input.type,
      category: input.category ?? suggestions[0]?.code ?? FALLBACK_CATEGORY,
      title: input.title,
      description: input.description,
      province: input.province ?? owner.province,
      sectors: input.sectors ?? owner.sectors,
      searchText: searchTextOf(input.title, input.description),
      expiresAt: input.expiresAt
        ? this.checkedExpiry(input.expiresAt)
        : new Date(now.getTime() + OPPORTUNITY_DEFAULT_DAYS * DAY_MS).toISOString(),
      status: 'open',
      suggestedCategories: suggestions.map((s) => ({ code: s.code, confidence: Math.round(s.confidence * 1000) / 1000 })),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await this.guards.serialise([guardKeys.openOpportunities(owner._id)], async () => {
      await this.assertRoomForOpen(owner._id);
      await this.opportunities.insert(doc);
    });
    this.events.publish('opportunity.created', { opportunityId: doc._id, profileId: owner._id, province: doc.province, by: user.id });
    return { doc, owner };
  }

  /** One opportunity, of any status, while its owner is a profile `viewer` may see; 404 otherwise. */
  async get(viewer: AuthUser | null, id: string): Promise<OwnedOpportunity> {
    const doc = await this.opportunities.findById(id);
    const owner = doc ? await this.profiles.findById(doc.profileId) : null;
    if (!doc || !owner || !(await this.visibleOwner(viewer, owner))) throw new NotFoundError('Opportunity');
    return { doc, owner };
  }

  async list(viewer: AuthUser | null, query: OpportunityListInput): Promise<Page<Opportunity>> {
    const now = this.now();
    const clauses: Filter[] = [];
    let mine = false;
    if (query.mine) {
      if (!viewer) return { items: [], nextCursor: null };
      const own = await this.profiles.findByUserId(viewer.id);
      if (!own) return { items: [], nextCursor: null };
      clauses.push({ profileId: own._id });
      mine = true;
    } else {
      clauses.push({ status: 'open', expiresAt: { $gt: now } });
    }
    if (query.type) clauses.push({ type: query.type });
    if (query.category) clauses.push({ category: query.category });
    if (query.province) clauses.push({ province: query.province });
    const text = query.q ? textFilter(query.q) : null;
    if (text) clauses.push(text);

    const items: OwnedOpportunity[] = [];
    let position = decodeCursor(query.cursor);
    let exhausted = false;
    const batch = query.limit + 1;
    for (let round = 0; round < MAX_BATCHES && items.length <= query.limit && !exhausted; round++) {
      const { filter: after, sort } = cursorQuery('createdAt', -1, position);
      const docs = await this.opportunities.find({ $and: [...clauses, after] }, { sort, limit: batch });
      exhausted = docs.length < batch;
      const owners = new Map((await this.profiles.findMany([...new Set(docs.map((d) => d.profileId))])).map((p) => [p._id, p]));
      for (const doc of docs) {
        position = { value: doc.createdAt, id: doc._id };
        const owner = owners.get(doc.profileId);
        if (owner && (mine || (!owner.hidden && !owner.suspended && (await this.visibility.canSee(viewer, owner))))) {
          items.push({ doc, owner });
          if (items.length > query.limit) break;
        }
      }
    }
    const page = items.slice(0, query.limit);
    const last = page[page.length - 1]?.doc;
    const more = items.length > query.limit;
    // Past the batch cap with a short page, go on from the last one read, not the last one shown.
    const next = more && last ? { value: last.createdAt, id: last._id } : !exhausted && position ? position : null;
    return { items: page.map((o) => this.present(o)), nextCursor: next ? encodeCursor(next) : null };
  }

  async update(user: AuthUser, id: string, input: UpdateOpportunityInput): Promise<OwnedOpportunity> {
    const { doc, owner } = await this.get(user, id);
    opportunityPolicy.assertCanEdit(user, doc);
    const now = this.now();
    const current = statusAt(doc, now);
    const next: OpportunityDoc = { ...doc, updatedAt: now };
    if (input.title !== undefined) next.title = input.title;
    if (input.description !== undefined) next.description = input.description;
    if (input.title !== undefined || input.description !== undefined) {
      next.searchText = searchTextOf(next.title, next.description);
      next.suggestedCategories = classifyNeed(`${next.title}\n${next.description}`)
        .slice(0, 3)
        .map((s) => ({ code: s.code, confidence: Math.round(s.confidence * 1000) / 1000 }));
    }
    if (input.category !== undefined) next.category = input.category;
    if (input.province !== undefined) next.province = input.province;
    if (input.sectors !== undefined) next.sectors = input.sectors;
    if (input.expiresAt !== undefined) {
      if (current === 'closed')
        throw new InvalidTransitionError('closed', 'open', { reason: 'a closed opportunity stays closed; post a new one' });
      next.expiresAt = this.checkedExpiry(input.expiresAt);
      next.status = 'open';
    } else if (current === 'expired') {
      next.status = 'expired';
    }
    if (input.status === 'closed') next.status = 'closed';
    const reopens = current !== 'open' && next.status === 'open';
    const saved = await this.guards.serialise([guardKeys.openOpportunities(doc.profileId)], async () => {
      if (reopens) await this.assertRoomForOpen(doc.profileId);
      const written = await this.opportunities.replaceIfUnchanged(doc, next);
      if (!written) throw new ConflictError('This opportunity changed just now. Reload it and try again.');
      return written;
    });
    this.events.publish('opportunity.updated', { opportunityId: id, profileId: doc.profileId, status: saved.status, by: user.id });
    return { doc: saved, owner };
  }

  /** POST /api/opportunities/:id/interest: an introduction to the owner, under every rule of intros. */
  async interest(user: AuthUser, id: string, message: string): Promise<IntroDoc> {
    const own = await this.ownProfile(user, 'answer opportunities');
    const { doc } = await this.get(user, id);
    if (doc.profileId === own._id) throw new ConflictError('This is your own opportunity.');
    const status = statusAt(doc, this.now());
    if (status !== 'open') throw new ConflictError(`This opportunity is ${status}.`, { status });
    const intro = await this.intros.create(user, { toProfileId: doc.profileId, message }, { opportunityId: doc._id });
    this.events.publish('opportunity.interest', { opportunityId: doc._id, introId: intro._id, fromProfileId: own._id, by: user.id });
    return intro;
  }

  /** The expiry job: record `expired` on open opportunities past their time. */
  expireDue(): Promise<number> {
    return this.opportunities.expireDue(this.now());
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────

  /** Inside the profile's guard: refuse one more open opportunity when it has no room left. */
  private async assertRoomForOpen(profileId: string): Promise<void> {
    if ((await this.opportunities.countOpen(profileId, this.now())) < MAX_OPEN_OPPORTUNITIES) return;
    throw new ConflictError(`A profile can have at most ${MAX_OPEN_OPPORTUNITIES} open opportunities. Close one before adding another.`, {
      limit: MAX_OPEN_OPPORTUNITIES,
    });
  }

  private async ownProfile(user: AuthUser, what: string): Promise<ProfileDoc> {
    if (user.role === 'staff' || user.role === 'admin')
      throw new ForbiddenError(`Only startups, experts, investors and providers ${what}.`);
    const own = await this.profiles.findByUserId(user.id);
    if (!own) throw new ConflictError('Create your profile first.', { profile: 'missing' });
    if (own.suspended) throw new ForbiddenError('Your profile is suspended.');
    return own;
  }

  private async visibleOwner(viewer: AuthUser | null, owner: ProfileDoc): Promise<boolean> {
    if (viewer && owner.userId === viewer.id) return true;
    return this.visibility.mayOpen(viewer, owner);
  }

  /** An expiry after now and at most a year ahead (400 otherwise), as ISO UTC. */
  private checkedExpiry(value: string): string {
    const at = Date.parse(value);
    const now = this.clock.now().getTime();
    if (at <= now) throw new ValidationError('Choose an expiry in the future.', [{ path: 'expiresAt', message: 'in the past' }]);
    // To the end of the Vietnam day a year ahead: the form offers days, and sends the chosen one's last minute.
    if (at >= vietnamDayStart(now + OPPORTUNITY_MAX_DAYS * DAY_MS) + DAY_MS) {
      throw new ValidationError(`An opportunity stays open at most ${OPPORTUNITY_MAX_DAYS} days.`, [
        { path: 'expiresAt', message: `at most ${OPPORTUNITY_MAX_DAYS} days ahead` },
      ]);
    }
    return new Date(at).toISOString();
  }
}
