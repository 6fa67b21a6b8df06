import { DocumentRepository } from '../../store/repository.js';
import type { Doc, Store } from '../../store/types.js';
import type { NeedStatus } from '@ketnoi/contract';
import type { NeedCategoryCode } from '@ketnoi/contract';

export interface StatusChange {
  at: string;
  by: string;
  from: string | null;
  to: string;
}

export interface NeedDoc extends Doc {
  startupId: string;
  category: NeedCategoryCode;
  title: string;
  description: string;
  urgency: 'low' | 'normal' | 'high';
  status: NeedStatus;
  province: string;
  history: StatusChange[];
  suggestedCategories: { code: NeedCategoryCode; confidence: number }[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** `startupId:clientId` of a need sent with a clientId (absent otherwise: the unique index is sparse). */
  clientKey?: string;
}

export class NeedsRepository extends DocumentRepository<NeedDoc> {
  constructor(store: Store) {
    super(store, {
      name: 'needs',
      indexes: [
        { fields: { startupId: 1 } },
        { fields: { province: 1 } },
        { fields: { category: 1 } },
        { fields: { status: 1 } },
        // One field, not (startupId, clientId): MongoDB indexes a document in a sparse compound index
        // when it has any of the fields, so every need without a clientId would collide.
        { fields: { clientKey: 1 }, unique: true, sparse: true },
      ],
    });
  }

  /** Apply a change only if the need is still in `expectedStatus` (no lost updates). */
  update(id: string, expectedStatus: NeedStatus, set: Partial<NeedDoc>, change?: StatusChange): Promise<NeedDoc | null> {
    return this.collection.findOneAndUpdate(
      { _id: id, status: expectedStatus },
      change ? { $set: set, $push: { history: change } } : { $set: set },
      { returnDocument: 'after' },
    );
  }

  countActive(startupId: string): Promise<number> {
    return this.collection.countDocuments({ startupId, status: { $in: ['open', 'in_progress'] } });
  }

  activeCategoriesOf(startupId: string): Promise<string[]> {
    return this.collection
      .find({ startupId, status: { $in: ['open', 'in_progress'] } }, { projection: { category: 1 } })
      .then((docs) => [...new Set(docs.map((d) => d.category))]);
  }

  activeNeedsOf(startupId: string): Promise<NeedDoc[]> {
    return this.collection.find({ startupId, status: { $in: ['open', 'in_progress'] } }, { sort: { createdAt: 1 } });
  }
}
