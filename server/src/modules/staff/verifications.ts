// Credential verification: staff record what they checked (licence numbers, certificates,
// employer confirmation…), and the profile's `verified` flag is set through ProfilesService, which
// re-indexes it for search. Every decision is kept, so "who verified whom, when, on what" is answerable.
import type { z } from 'zod';
import type { VerificationBody, VerificationListQuery as VerificationListQuerySchema } from '@ketnoi/contract';
import type { Verification } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import { NotFoundError, ValidationError } from '../../lib/errors.js';
import type { EventBus } from '../../lib/events.js';
import { newId } from '../../lib/ids.js';
import type { Page } from '../../lib/pagination.js';
import { cursorQuery, decodeCursor, toPage } from '../../lib/pagination.js';
import type { Collection, Doc, Filter, Store } from '../../store/types.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { ProfilesService } from '../profiles/service.js';
import { presentVerification } from './presenter.js';
import { allOf, staffScope } from './policy.js';

export interface VerificationDoc extends Doc {
  profileId: string;
  profileName: string;
  kind: string;
  province: string;
  verified: boolean;
  /** What was checked, in the staff member's words (one item per check). */
  checked: string[];
  note: string | null;
  by: string;
  byName: string;
  at: string;
}

export type RecordVerificationInput = z.output<typeof VerificationBody>;

export type VerificationListQuery = z.output<typeof VerificationListQuerySchema>;

export class Verifications {
  readonly collection: Collection<VerificationDoc>;

  constructor(
    store: Store,
    private readonly profiles: ProfilesRepository,
    private readonly profilesService: ProfilesService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {
    this.collection = store.collection<VerificationDoc>({
      name: 'credential_verifications',
      indexes: [{ fields: { profileId: 1 } }, { fields: { province: 1 } }],
    });
  }

  async record(user: AuthUser, input: RecordVerificationInput): Promise<Verification> {
    const profile = await this.profiles.findById(input.profileId);
    if (!profile) throw new NotFoundError('Profile');
    staffScope.assertObject(user, profile.province, 'Profile');
    if (input.verified && input.checked.length === 0) {
      throw new ValidationError('Say what you checked before marking the profile verified.', [
        { path: 'checked', message: 'at least one item to verify' },
      ]);
    }
    // setVerified checks the scope again, writes the flag with a search-outbox entry and publishes profile.verified.
    const updated = await this.profilesService.setVerified(user, profile._id, input.verified);
    const doc: VerificationDoc = {
      _id: newId(),
      profileId: profile._id,
      profileName: updated.name,
      kind: updated.kind,
      province: updated.province,
      verified: input.verified,
      checked: input.checked,
      note: input.note || null,
      by: user.id,
      byName: user.name,
      at: this.clock.now().toISOString(),
    };
    await this.collection.insertOne(doc);
    this.events.publish('verification.recorded', { verification: doc, by: user.id });
    return presentVerification(doc);
  }

  async list(user: AuthUser, query: VerificationListQuery): Promise<Page<Verification>> {
    const scope = staffScope.listScope(user, { province: query.province });
    const clauses: Filter[] = [staffScope.filter(scope)];
    if (query.profileId) {
      const profile = await this.profiles.findById(query.profileId);
      if (!profile) throw new NotFoundError('Profile');
      staffScope.assertObject(user, profile.province, 'Profile');
      clauses.push({ profileId: profile._id });
    }
    const { filter: after, sort } = cursorQuery('at', -1, decodeCursor(query.cursor));
    const docs = await this.collection.find(allOf(...clauses, after), { sort, limit: query.limit + 1 });
    return toPage(docs, query.limit, 'at', presentVerification);
  }
}
