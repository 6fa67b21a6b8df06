import type { z } from 'zod';
import type { DirectoryQuery as DirectoryQuerySchema, Page } from '@ketnoi/contract';
import type { Profile } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import { parseInput } from '../../http/validate.js';
import type { Clock } from '../../lib/clock.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors.js';
import type { EventBus } from '../../lib/events.js';
import { allOf } from '../../lib/filters.js';
import { findPage, mapPage } from '../../lib/pagination.js';
import type { Filter, Store } from '../../store/types.js';
import { isStaffFor } from '../accounts/policy.js';
import { BODY_BY_KIND, IDENTITY_FIELDS, isProfileKind } from '@ketnoi/contract';
import type { IdentityField, ProfileInput, ProfileKind } from '@ketnoi/contract';
import type { FileReferences } from '../files/references.js';
import { profileFileRefs } from '../files/references.js';
import type { SearchSync } from '../search/index.js';
import type { SearchOutbox } from '../search/outbox.js';
import { buildProfileDoc } from './build.js';
import type { ConnectionChecker } from './policy.js';
import { profilePolicy } from './policy.js';
import { presentProfile } from './presenter.js';
import type { ProfileDoc, ProfilesRepository } from './repository.js';
import type { VisibilityRules } from './visibility.js';
import type { OutcomeBadges } from './outcomeBadges.js';

export type DirectoryQuery = z.output<typeof DirectoryQuerySchema>;

export class ProfilesService {
  constructor(
    private readonly store: Store,
    private readonly profiles: ProfilesRepository,
    private readonly outbox: SearchOutbox,
    private readonly search: SearchSync,
    private readonly connections: ConnectionChecker,
    private readonly visibility: VisibilityRules,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly files: FileReferences,
    private readonly badges: OutcomeBadges,
  ) {}

  ownProfile(user: AuthUser): Promise<ProfileDoc | null> {
    return this.profiles.findByUserId(user.id);
  }

  async requireOwnProfile(user: AuthUser): Promise<ProfileDoc> {
    const own = await this.profiles.findByUserId(user.id);
    if (!own) throw new ConflictError('Create your profile first.', { profile: 'missing' });
    return own;
  }

  async get(id: string): Promise<ProfileDoc> {
    const doc = await this.profiles.findById(id);
    if (!doc) throw new NotFoundError('Profile');
    return doc;
  }

  /** PUT /api/profiles/me: create or replace the caller's own profile. */
  async saveOwn(user: AuthUser, body: unknown): Promise<{ profile: ProfileDoc; created: boolean }> {
    if (!isProfileKind(user.role)) throw new ForbiddenError('Staff and admin accounts have no profile.');
    const input = parseInput(BODY_BY_KIND[user.role], body) as ProfileInput;
    const existing = await this.profiles.findByUserId(user.id);
    if (input.verified !== undefined && input.verified !== (existing?.verified ?? false)) {
      throw new ForbiddenError('Only province staff can mark a profile as verified.');
    }
    return this.write(user, user.role, input, existing, { userId: user.id });
  }

  /** PUT /api/profiles/:id by staff of the profile's province or an admin (may set `verified`). */
  async saveByStaff(user: AuthUser, id: string, body: unknown): Promise<ProfileDoc> {
    const existing = await this.get(id);
    if (!isStaffFor(user, existing.province)) {
      throw new ForbiddenError('Only staff of this profile’s province (or an admin) can edit it.');
    }
    const input = parseInput(BODY_BY_KIND[existing.kind], body) as ProfileInput;
    const { profile } = await this.write(user, existing.kind, input, existing, { userId: existing.userId });
    return profile;
  }

  /**
   * Set the verified flag (staff of the province or admin). `alongside` runs in the same
   * transaction (the verification record of the staff tools).
   */
  async setVerified(
    user: AuthUser,
    id: string,
    verified: boolean,
    alongside?: (profile: ProfileDoc) => Promise<void>,
  ): Promise<ProfileDoc> {
    const existing = await this.get(id);
    if (!isStaffFor(user, existing.province)) throw new ForbiddenError('Only staff of this profile’s province can verify it.');
    const updated = await this.store.withTransaction(async () => {
      // A fresh decision replaces the note that an owner's edit removed the badge.
      const doc = (await this.profiles.setFields(id, { verified, updatedAt: this.clock.now().toISOString() }, ['verificationLapse']))!;
      await this.outbox.enqueue(id);
      await this.events.record('profile.verified', { profileId: id, verified, by: user.id });
      await alongside?.(doc);
      return doc;
    });
    await this.search.flushSoon();
    return updated;
  }

  /** The API view for `viewer`, with contact details only when allowed. */
  async present(viewer: AuthUser | null, doc: ProfileDoc): Promise<Profile> {
    if (!(await this.visibility.mayOpen(viewer, doc))) throw new NotFoundError('Profile');
    const viewerProfile = viewer && !profilePolicy.isOwner(viewer, doc) ? await this.profiles.findByUserId(viewer.id) : null;
    const includeContact = await profilePolicy.canSeeContact(viewer, viewerProfile?._id ?? null, doc, this.connections);
    const presented = presentProfile(doc, { includeContact, includeModeration: profilePolicy.canEdit(viewer, doc) });
    if (doc.kind !== 'startup') return presented;
    const outcomeBadges = await this.badges.forStartup(doc._id);
    return outcomeBadges.length ? { ...presented, outcomeBadges } : presented;
  }

  /** GET /api/profiles: the directory, sorted by name, cursor-paginated. */
  async directory(viewer: AuthUser | null, query: DirectoryQuery): Promise<Page<Profile>> {
    const filter: Filter = { hidden: false, suspended: { $ne: true } };
    if (query.kind) filter.kind = query.kind;
    if (query.province) filter.province = query.province;
    if (query.sector) filter.sectors = query.sector;
    if (query.need) filter.coverage = query.need;
    if (query.verified !== undefined) filter.verified = query.verified;
    const restriction = await this.visibility.filterFor(viewer);
    const page = await findPage(this.profiles, allOf(filter, restriction ?? {}), query, 'nameKey', 1);
    return mapPage(page, (doc) => presentProfile(doc, { includeContact: isStaffFor(viewer, doc.province) }));
  }

  private async write(
    actor: AuthUser,
    kind: ProfileKind,
    input: ProfileInput,
    existing: ProfileDoc | null,
    owner: { userId: string },
  ): Promise<{ profile: ProfileDoc; created: boolean }> {
    const now = this.clock.now().toISOString();
    const staffEdit = existing ? isStaffFor(actor, existing.province) && !profilePolicy.isOwner(actor, existing) : false;
    const doc = buildProfileDoc({ kind, input, existing, userId: owner.userId, now, mayVerify: staffEdit });
    // The badge vouches for who the profile says it is: an owner who changes that loses it until
    // staff check again (staff edits keep it: they are the ones who verify).
    const identity = existing?.verified && !staffEdit ? identityChanges(existing, doc) : null;
    if (identity) {
      doc.verified = false;
      doc.verificationLapse = { at: now, by: actor.id, fields: Object.keys(identity) as IdentityField[] };
    }
    await this.store.withTransaction(async () => {
      // Logo, photos and documents named for the first time must be the writer's (or the owner's) uploads.
      await this.files.attach(profileFileRefs(doc), profileFileRefs(existing), [actor.id, owner.userId]);
      await this.profiles.replace(doc);
      await this.outbox.enqueue(doc._id);
      if (identity) {
        await this.events.record('profile.verified', {
          profileId: doc._id,
          verified: false,
          by: actor.id,
          reason: 'identity_changed',
          changes: identity,
        });
      } else if (existing && staffEdit && doc.verified !== existing.verified) {
        await this.events.record('profile.verified', { profileId: doc._id, verified: doc.verified, by: actor.id });
      }
    });
    this.events.publish('profile.saved', { profileId: doc._id, kind, province: doc.province, by: actor.id, created: !existing });
    await this.search.flushSoon();
    return { profile: doc, created: !existing };
  }
}

/** What the save changes among the identity fields, or null when none changes. */
export function identityChanges(
  before: ProfileDoc,
  after: ProfileDoc,
): Partial<Record<IdentityField, { from: string; to: string }>> | null {
  const changes: Partial<Record<IdentityField, { from: string; to: string }>> = {};
  for (const field of IDENTITY_FIELDS) {
    const from = before[field] ?? '';
    const to = after[field] ?? '';
    if (from !== to) changes[field] = { from, to };
  }
  return Object.keys(changes).length ? changes : null;
}
