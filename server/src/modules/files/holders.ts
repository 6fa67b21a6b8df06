// The documents that name a file: profiles (logo, product photos, documents) and consultations
// (outcome evidence). Who may open a file follows from them, the clean-up keeps what any of them
// names, and deleting a file takes it out of them.
import type { Clock } from '../../lib/clock.js';
import type { ConsultationDoc, ConsultationsRepository } from '../consultations/repository.js';
import type { ProfileDoc, ProfilesRepository } from '../profiles/repository.js';
import type { FileDoc } from './repository.js';

const profileFilter = (ids: readonly string[]) => ({
  $or: [{ logoFileId: { $in: [...ids] } }, { 'products.photoFileIds': { $in: [...ids] } }, { 'documents.fileId': { $in: [...ids] } }],
});

export class FileHolders {
  constructor(
    private readonly profiles: ProfilesRepository,
    private readonly consultations: ConsultationsRepository,
    private readonly clock: Clock,
  ) {}

  /** Profiles whose logo, product photos or documents include the file. */
  profilesNaming(fileId: string): Promise<ProfileDoc[]> {
    return this.profiles.find(profileFilter([fileId]), { limit: 50 });
  }

  consultationsNaming(fileId: string): Promise<ConsultationDoc[]> {
    return this.consultations.find({ 'outcome.evidenceFileIds': fileId }, { limit: 50 });
  }

  /** Of `ids`, those some profile or consultation names. */
  async namedAmong(ids: readonly string[]): Promise<Set<string>> {
    const wanted = new Set(ids);
    const named = new Set<string>();
    if (ids.length === 0) return named;
    const profiles = await this.profiles.collection.find(profileFilter(ids), {
      projection: { logoFileId: 1, products: 1, documents: 1 },
    });
    for (const p of profiles) {
      for (const id of [
        p.logoFileId,
        ...(p.documents ?? []).map((d) => d.fileId),
        ...(p.products ?? []).flatMap((x) => x.photoFileIds ?? []),
      ]) {
        if (id && wanted.has(id)) named.add(id);
      }
    }
    const consultations = await this.consultations.collection.find(
      { 'outcome.evidenceFileIds': { $in: [...ids] } },
      { projection: { outcome: 1 } },
    );
    for (const c of consultations) for (const id of c.outcome?.evidenceFileIds ?? []) if (wanted.has(id)) named.add(id);
    return named;
  }

  /** Take a deleted file out of every document naming it (inside the deleting transaction). */
  async forget(file: FileDoc): Promise<void> {
    const now = this.clock.now().toISOString();
    const id = file._id;
    for (const profile of await this.profilesNaming(id)) {
      const set: Partial<ProfileDoc> = { updatedAt: now };
      if (profile.documents?.some((d) => d.fileId === id)) set.documents = profile.documents.filter((d) => d.fileId !== id);
      if (profile.products?.some((p) => p.photoFileIds?.includes(id))) {
        set.products = profile.products.map((p) => (p.photoFileIds ? { ...p, photoFileIds: p.photoFileIds.filter((x) => x !== id) } : p));
      }
      await this.profiles.collection.updateOne(
        { _id: profile._id },
        profile.logoFileId === id ? { $set: set, $unset: { logoFileId: '' } } : { $set: set },
      );
    }
    for (const consultation of await this.consultationsNaming(id)) {
      const outcome = consultation.outcome!;
      await this.consultations.collection.updateOne(
        { _id: consultation._id },
        { $set: { outcome: { ...outcome, evidenceFileIds: (outcome.evidenceFileIds ?? []).filter((x) => x !== id) }, updatedAt: now } },
      );
    }
  }
}
