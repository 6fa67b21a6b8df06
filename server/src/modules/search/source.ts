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
}
