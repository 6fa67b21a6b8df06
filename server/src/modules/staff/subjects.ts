// What a contact-log entry is about: a startup or any profile, a need, or an introduction. Each
// resolves to the province it belongs to (for scope checks) and the profiles it concerns (so a
// profile's log also shows contacts about its needs and introductions).
import type { IntrosRepository } from '../intros/repository.js';
import type { NeedsRepository } from '../needs/repository.js';
import type { ProfilesRepository } from '../profiles/repository.js';

import type { SubjectType } from '@ketnoi/contract';

export interface Subject {
  type: SubjectType;
  id: string;
  province: string;
  profileIds: string[];
}

export class SubjectResolver {
  constructor(
    private readonly profiles: ProfilesRepository,
    private readonly needs: NeedsRepository,
    private readonly intros: IntrosRepository,
  ) {}

  /** The subject, or null when it does not exist (or a `startup` id names another kind). */
  async resolve(type: SubjectType, id: string): Promise<Subject | null> {
    switch (type) {
      case 'startup':
      case 'profile': {
        const profile = await this.profiles.findById(id);
        if (!profile || (type === 'startup' && profile.kind !== 'startup')) return null;
        return { type, id, province: profile.province, profileIds: [profile._id] };
      }
      case 'need': {
        const need = await this.needs.findById(id);
        return need ? { type, id, province: need.province, profileIds: [need.startupId] } : null;
      }
      case 'intro': {
        const intro = await this.intros.findById(id);
        return intro ? { type, id, province: intro.province, profileIds: [intro.fromProfileId, intro.toProfileId] } : null;
      }
    }
  }

  /** Any subject with this id (ids are unique across collections). */
  async resolveAny(id: string): Promise<Subject | null> {
    for (const type of ['profile', 'need', 'intro'] as const) {
      const subject = await this.resolve(type, id);
      if (subject) return subject;
    }
    return null;
  }
}
