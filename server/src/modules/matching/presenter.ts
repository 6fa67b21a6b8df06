import type { ProfileDoc } from '../profiles/repository.js';

/** The short profile form of API.md "Matches": {id, kind, name, headline, province}. */
export function presentMatchProfile(doc: Pick<ProfileDoc, '_id' | 'kind' | 'name' | 'headline' | 'province'>) {
  return { id: doc._id, kind: doc.kind, name: doc.name, headline: doc.headline, province: doc.province };
}
