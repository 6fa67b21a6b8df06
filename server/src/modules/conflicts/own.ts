// Conflicts of interest declared by one of the two parties itself (POST /api/me/conflicts): an
// expert who is a founder's relative, an investor already holding shares, a provider that is the
// startup's own supplier. Only experts, investors and providers declare their own: a declaration
// takes a judge's scores off the startup's entry, so a startup declaring one against a strict judge
// would choose its own jury (it asks its province's staff instead). The declarer withdraws its own
// declarations; staff ones are not the party's to lift.
import type { Conflict, OwnConflictBody, OwnConflictListQuery, Page } from '@ketnoi/contract';
import type { z } from 'zod';
import type { AuthUser } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors.js';
import type { EventBus } from '../../lib/events.js';
import { newId } from '../../lib/ids.js';
import { findPage } from '../../lib/pagination.js';
import type { Store } from '../../store/types.js';
import { profilePolicy } from '../profiles/policy.js';
import type { ProfileDoc, ProfilesRepository } from '../profiles/repository.js';
import type { VisibilityRules } from '../profiles/visibility.js';
import { presentConflict } from './presenter.js';
import type { ConflictDoc, ConflictsRepository } from './repository.js';

export interface OwnConflictsDeps {
  store: Store;
  conflicts: ConflictsRepository;
  profiles: ProfilesRepository;
  visibility: VisibilityRules;
  events: EventBus;
  clock: Clock;
}

export class OwnConflictsService {
  constructor(private readonly d: OwnConflictsDeps) {}

  async declare(user: AuthUser, input: z.output<typeof OwnConflictBody>): Promise<Conflict> {
    const own = await this.d.profiles.findByUserId(user.id);
    if (!own) throw new ConflictError('Create your profile before declaring a conflict of interest.', { profile: 'missing' });
    if (own.kind === 'startup') throw new ForbiddenError('A startup asks its province staff to declare a conflict of interest.');
    if (input.otherProfileId === own._id)
      throw new ValidationError('Name another profile than your own.', [{ path: 'otherProfileId', message: 'your own profile' }]);
    const other = await this.d.profiles.findById(input.otherProfileId);
    if (!other || !(await this.d.visibility.mayOpen(user, other))) throw new NotFoundError('Profile');
    const now = this.d.clock.now().toISOString();
    const doc: ConflictDoc = {
      _id: newId(),
      profileId: own._id,
      otherProfileId: other._id,
      reason: input.reason,
      declaredBy: user.id,
      byParty: true,
      createdAt: now,
      provinces: [...new Set([own.province, other.province])],
      declaredProvince: null,
    };
    await this.d.store.withTransaction(async () => {
      // Checked inside the transaction: two taps of the button declare it once.
      if (await this.d.conflicts.exists(own._id, other._id))
        throw new ConflictError('A conflict of interest is already declared between you and this profile.');
      await this.d.conflicts.insert(doc);
      await this.d.events.record('conflict.declared', { conflict: doc, by: user.id, at: now });
    });
    return presentConflict(doc, new Map([own, other].map((p) => [p._id, p])));
  }

  async list(user: AuthUser, query: z.output<typeof OwnConflictListQuery>): Promise<Page<Conflict>> {
    const page = await findPage(this.d.conflicts, { declaredBy: user.id, byParty: true }, query, 'createdAt', -1);
    const ids = [...new Set(page.items.flatMap((c) => [c.profileId, c.otherProfileId]))];
    const parties = new Map((await this.d.profiles.findMany(ids)).map((p) => [p._id, p]));
    return {
      items: page.items.map((c) => presentConflict(c, this.visibleParties(user, parties))),
      nextCursor: page.nextCursor,
    };
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    const conflict = await this.d.conflicts.findById(id);
    // Someone else's declaration, or one staff made about you, is not yours to find.
    if (!conflict || conflict.declaredBy !== user.id || conflict.byParty !== true) throw new NotFoundError('Conflict declaration');
    await this.d.store.withTransaction(async () => {
      if (!(await this.d.conflicts.remove(id))) throw new NotFoundError('Conflict declaration');
      await this.d.events.record('conflict.removed', { conflict, by: user.id, at: this.d.clock.now().toISOString() });
    });
  }

  /** A party later hidden or suspended is listed without its summary (the declaration still holds). */
  private visibleParties(user: AuthUser, parties: Map<string, ProfileDoc>): Map<string, ProfileDoc> {
    return new Map([...parties].filter(([, p]) => profilePolicy.canView(user, p)));
  }
}
