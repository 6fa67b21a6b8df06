import type { ProfileSearchDocument, SearchableProfile } from '@ketnoi/search';
import { toSearchDocument } from '@ketnoi/search';
import { regionOf } from '@ketnoi/seeds';
import type { NeedsRepository } from '../needs/repository.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { SearchDocumentSource } from './indexer.js';

/**
 * Builds search documents from the store: a profile plus, for startups, the categories of its
 * active needs. Need titles and descriptions stay out: a search document answers every reader,
 * anonymous ones included, and a need is for the readers needPolicy allows (issue 14, item 5).
 * The categories are public anyway: they are the startup's coverage (directory `?need=`).
 */
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
      searchable.openNeeds = (await this.needs.activeCategoriesOf(profile._id)).map((category) => ({ category }));
    }
    return toSearchDocument(searchable, { regionOf: (code) => regionOf(code) ?? undefined });
  }

  allIds(): AsyncIterable<string[]> {
    return this.profiles.allIds();
  }
}
