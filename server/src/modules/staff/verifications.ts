// Credential verification: staff record what they checked (licence numbers, certificates,
// employer confirmation…), and the profile's `verified` flag is set through ProfilesService, which
// re-indexes it for search. Every decision is kept, so "who verified whom, when, on what" is answerable.
import type { z } from 'zod';
import type { Page, VerificationBody, VerificationListQuery as VerificationListQuerySchema } from '@ketnoi/contract';
import type { IdentityField, Verification } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import { ValidationError } from '../../lib/errors.js';
import type { EventBus } from '../../lib/events.js';
import { allOf } from '../../lib/filters.js';
import { newId } from '../../lib/ids.js';
import { findPage, mapPage } from '../../lib/pagination.js';
import type { Collection, Doc, Filter, Store } from '../../store/types.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { ProfilesService } from '../profiles/service.js';
import { presentVerification } from './presenter.js';
import { staffScope } from './policy.js';

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
  /** Set when no one decided: the owner changed identity fields and the badge lapsed. */
  reason?: 'identity_changed';
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
    const profile = staffScope.found(user, await this.profiles.findById(input.profileId), 'Profile');
    if (input.verified && input.checked.length === 0) {
      throw new ValidationError('Say what you checked before marking the profile verified.', [
        { path: 'checked', message: 'at least one item to verify' },
      ]);
    }
    // setVerified checks the scope again and writes the flag, a search-outbox entry, the
    // profile.verified audit entry and (alongside, same transaction) this record.
    let doc: VerificationDoc | undefined;
    await this.profilesService.setVerified(user, profile._id, input.verified, async (updated) => {
      doc = {
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
      await this.events.record('verification.recorded', { verification: doc, by: user.id });
    });
    return presentVerification(doc!);
  }

  /**
   * Keep the owner's edits that removed a badge in the verification history, in the same
   * transaction, so staff reading it see which profiles to check again and why.
   */
  recordLapses(events: EventBus): void {
    events.inTransaction('profile.verified', async ({ profileId, reason, changes, by }) => {
      if (reason !== 'identity_changed') return;
      const profile = await this.profiles.findById(profileId);
      if (!profile) return;
      const fields = Object.keys(changes ?? {}) as IdentityField[];
      const doc: VerificationDoc = {
        _id: newId(),
        profileId,
        profileName: profile.name,
        kind: profile.kind,
        province: profile.province,
        verified: false,
        checked: [],
        note: lapseNote(fields),
        by,
        byName: profile.name,
        at: this.clock.now().toISOString(),
        reason,
      };
      await this.collection.insertOne(doc);
    });
  }

  async list(user: AuthUser, query: VerificationListQuery): Promise<Page<Verification>> {
    const scope = staffScope.listScope(user, { province: query.province });
    const clauses: Filter[] = [staffScope.filter(scope)];
    if (query.profileId) {
      const profile = staffScope.found(user, await this.profiles.findById(query.profileId), 'Profile');
      clauses.push({ profileId: profile._id });
    }
    return mapPage(await findPage(this.collection, allOf(...clauses), query, 'at', -1), presentVerification);
  }
}

const FIELD_LABELS: Record<IdentityField, { vi: string; en: string }> = {
  name: { vi: 'tên', en: 'name' },
  organization: { vi: 'tổ chức', en: 'organisation' },
  headline: { vi: 'giới thiệu ngắn', en: 'headline' },
};

/** "Chủ hồ sơ đã đổi tên, tổ chức: cần xác minh lại. (The owner changed name, organisation: verify again.)" */
export function lapseNote(fields: readonly IdentityField[]): string {
  const vi = fields.map((f) => FIELD_LABELS[f].vi).join(', ');
  const en = fields.map((f) => FIELD_LABELS[f].en).join(', ');
  return `Chủ hồ sơ đã đổi ${vi}: cần xác minh lại. (The owner changed the ${en}: verify again.)`;
}
