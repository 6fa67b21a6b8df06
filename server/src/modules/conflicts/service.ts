// Conflict-of-interest declarations. The intros service refuses introductions between the two
// profiles and the matcher never pairs them (both read the `conflicts` collection directly).
import type { z } from 'zod';
import type { ConflictBody, ConflictListQuery as ConflictListQuerySchema, Page } from '@ketnoi/contract';
import type { Conflict } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors.js';
import type { EventBus } from '../../lib/events.js';
import type { Store } from '../../store/types.js';
import { allOf } from '../../lib/filters.js';
import { newId } from '../../lib/ids.js';
import { findPage, mapPage } from '../../lib/pagination.js';
import type { ProfileDoc, ProfilesRepository } from '../profiles/repository.js';
import type { ConflictDoc, ConflictsRepository } from './repository.js';
import { presentConflict } from './presenter.js';
import { staffScope } from '../staff/policy.js';
import type { Actor } from '../../lib/authorize.js';
import { conflictPolicy, mayDeclareBetween } from './policy.js';

export type DeclareConflictInput = z.output<typeof ConflictBody>;

export type ConflictListQuery = z.output<typeof ConflictListQuerySchema>;

export class ConflictsService {
  constructor(
    private readonly store: Store,
    private readonly conflicts: ConflictsRepository,
    private readonly profiles: ProfilesRepository,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  async declare(user: AuthUser, input: DeclareConflictInput): Promise<Conflict> {
    if (input.profileId === input.otherProfileId) {
      throw new ValidationError('Name two different profiles.', [{ path: 'otherProfileId', message: 'same as profileId' }]);
    }
    const [a, b] = await Promise.all([this.profiles.findById(input.profileId), this.profiles.findById(input.otherProfileId)]);
    if (!a || !b) throw new NotFoundError('Profile');
    if (!mayDeclareBetween({ user, profileId: null }, [a.province, b.province])) throw new NotFoundError('Profile');
    if (await this.conflicts.exists(a._id, b._id))
      throw new ConflictError('A conflict of interest is already declared between these two profiles.');
    const now = this.clock.now().toISOString();
    const doc: ConflictDoc = {
      _id: newId(),
      profileId: a._id,
      otherProfileId: b._id,
      reason: input.reason,
      declaredBy: user.id,
      createdAt: now,
      provinces: [...new Set([a.province, b.province])],
      declaredProvince: user.role === 'staff' ? user.province : null,
    };
    await this.store.withTransaction(async () => {
      await this.conflicts.insert(doc);
      await this.events.record('conflict.declared', { conflict: doc, by: user.id, at: now });
    });
    return presentConflict(doc, new Map([a, b].map((p) => [p._id, p])));
  }

  async list(user: AuthUser, query: ConflictListQuery): Promise<Page<Conflict>> {
    const scope = staffScope.listScope(user, { province: query.province });
    const clauses = [staffScope.filter(scope, 'provinces')];
    if (query.profileId) {
      if (!(await this.profiles.findById(query.profileId))) throw new NotFoundError('Profile');
      clauses.push({ $or: [{ profileId: query.profileId }, { otherProfileId: query.profileId }] });
    }
    const page = await findPage(this.conflicts, allOf(...clauses), query, 'createdAt', -1);
    const parties = await this.partiesOf(page.items);
    return mapPage(page, (d) => presentConflict(d, parties));
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    const conflict = await this.conflicts.findById(id);
    if (!conflict) throw new NotFoundError('Conflict declaration');
    let provinces: string[] = conflict.provinces ?? [];
    if (!conflict.provinces) provinces = [...(await this.partiesOf([conflict])).values()].map((p) => p.province);
    const actor: Actor = { user, profileId: null };
    conflictPolicy.authorize(actor, 'withdraw', { conflict, provinces });
    await this.store.withTransaction(async () => {
      if (!(await this.conflicts.remove(id))) throw new NotFoundError('Conflict declaration');
      await this.events.record('conflict.removed', { conflict, by: user.id, at: this.clock.now().toISOString() });
    });
  }

  private async partiesOf(docs: ConflictDoc[]): Promise<Map<string, ProfileDoc>> {
    const ids = [...new Set(docs.flatMap((d) => [d.profileId, d.otherProfileId]))];
    return new Map((await this.profiles.findMany(ids)).map((p) => [p._id, p]));
  }
}
