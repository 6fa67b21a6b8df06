import type { ProfileSearchDocument, SearchableProfile } from '@ketnoi/search';
import { toSearchDocument } from '@ketnoi/search';
import { regionOf, resourceKinds } from '@ketnoi/seeds';
import type { NeedsRepository } from '../needs/repository.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { SearchDocumentSource } from './indexer.js';

/** A resource kind in words, Vietnamese first ("hall" → "Hội trường · Hall"). */
function resourceKindLabel(code: string): string | undefined {
  const kind = resourceKinds.find((k) => k.code === code);
  return kind ? `${kind.vi} · ${kind.en}` : undefined;
}

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
    return toSearchDocument(searchable, { regionOf: (code) => regionOf(code) ?? undefined, resourceKindLabel });
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
