// Declared conflicts of interest (docs/DATA.md): the two profiles are never matched or
// introduced, whichever side asks. `provinces` (the two profiles' provinces when declared) lets
// staff list the declarations that concern their province.
import { DocumentRepository } from '../../store/repository.js';
import type { Doc, Store } from '../../store/types.js';

export interface ConflictDoc extends Doc {
  profileId: string;
  otherProfileId: string;
  reason: string;
  declaredBy: string;
  /** Declared by one of the two parties itself (absent: staff or an admin declared it). */
  byParty?: true;
  createdAt: string;
  /** Provinces of the two profiles at declaration (absent on declarations made before it existed). */
  provinces?: string[];
  /** The declaring staff member's province (null: an admin or a party declared it); only that office withdraws it. */
  declaredProvince: string | null;
}

export class ConflictsRepository extends DocumentRepository<ConflictDoc> {
  constructor(store: Store) {
    super(store, {
      name: 'conflicts',
      indexes: [
        { fields: { profileId: 1 } },
        { fields: { otherProfileId: 1 } },
        { fields: { provinces: 1 } },
        { fields: { declaredBy: 1 } },
      ],
    });
  }

  async exists(a: string, b: string): Promise<boolean> {
    return (await this.collection.countDocuments({ profileId: { $in: [a, b] }, otherProfileId: { $in: [a, b] } })) > 0;
  }

  async remove(id: string): Promise<boolean> {
    return (await this.collection.deleteOne({ _id: id })).deletedCount === 1;
  }
}
