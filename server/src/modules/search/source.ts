import type { ProfileSearchDocument, SearchableProfile } from '@ketnoi/search';
import { toSearchDocument } from '@ketnoi/search';
import { regionOf } from '@ketnoi/seeds';
import type { NeedsRepository } from '../needs/repository.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { SearchDocumentSource } from './indexer.js';

/** Builds search documents from the store: a profile plus, for startups, its active needs. */
export class StoreDocumentSource implements SearchDocumentSource {
  constructor(
    private readonly profiles: ProfilesRepository,
    private readonly needs: NeedsRepository,
  ) {}

  async documentFor(profileId: string): Promise<ProfileSearchDocument | null> {
    const profile = await this.profiles.findById(profileId);
    if (!profile || profile.hidden || profile.suspended) return null;
    const searchable: SearchableProfile = { ...profile, id: profile._id } as unknown as SearchableProfile;
    if (profile.kind === 'startup') {
      const active = await this.needs.activeNeedsOf(profile._id);
      searchable.openNeeds = active.map((n) => ({ category: n.category, title: n.title, description: n.description }));
    }
    return toSearchDocument(searchable, { regionOf: (code) => regionOf(code) ?? undefined });
  }

  allIds(): AsyncIterable<string[]> {
    return this.profiles.allIds();
  }

  /** Profiles saved at or after `since`, and startups whose needs changed then (a rare, full read). */
  async changedSince(since: string): Promise<string[]> {
    const [profiles, needs] = await Promise.all([
      this.profiles.collection.find({ updatedAt: { $gte: since } }, { projection: { _id: 1 } }),
      this.needs.collection.find({ updatedAt: { $gte: since } }, { projection: { startupId: 1 } }),
    ]);
    return [...new Set([...profiles.map((p) => p._id), ...needs.map((n) => n.startupId)])];
  }
}
