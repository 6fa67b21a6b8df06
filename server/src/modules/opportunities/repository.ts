// Opportunities: typed offers and requests of a profile. Shape documented in docs/DATA.md.
import type { NeedCategoryCode, OpportunityStatus, OpportunityType } from '@ketnoi/contract';
import { fold, tokenize } from '@ketnoi/search';
import { DocumentRepository } from '../../store/repository.js';
import type { Doc, Filter, Store } from '../../store/types.js';

export interface OpportunityDoc extends Doc {
  profileId: string;
  /** The owner's account: who may edit it. */
  userId: string;
  type: OpportunityType;
  category: NeedCategoryCode;
  title: string;
  description: string;
  /** Where it applies (default: the owner's province). */
  province: string;
  sectors: string[];
  /** Folded words of title and description, space-separated with a space at both ends: `q` matches word starts. */
  searchText: string;
  expiresAt: string;
  /** Stored status; an `open` one past `expiresAt` counts as expired before the job records it. */
  status: OpportunityStatus;
  suggestedCategories: { code: NeedCategoryCode; confidence: number }[];
  createdAt: string;
  updatedAt: string;
}

/** " dang ky nhan hieu ocop " from "Đăng ký nhãn hiệu OCOP". */
export function searchTextOf(title: string, description: string): string {
  return ` ${tokenize(fold(`${title} ${description}`)).join(' ')} `;
}

/** Store filter: every word of `q` starts a word of the title or description, diacritics and case ignored. */
export function textFilter(q: string): Filter | null {
  const words = [...new Set(tokenize(fold(q)))].slice(0, 10);
  if (words.length === 0) return null;
  const clauses = words.map((w) => ({ searchText: { $regex: ` ${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}` } }));
  return clauses.length === 1 ? clauses[0]! : { $and: clauses };
}

export class OpportunitiesRepository extends DocumentRepository<OpportunityDoc> {
  constructor(store: Store) {
    super(store, {
      name: 'opportunities',
      indexes: [
        { fields: { status: 1, expiresAt: 1 } },
        { fields: { profileId: 1 } },
        { fields: { category: 1 } },
        { fields: { province: 1 } },
      ],
    });
  }

  /** Write the change only if nobody changed the opportunity since it was read. */
  replaceIfUnchanged(current: OpportunityDoc, next: OpportunityDoc): Promise<OpportunityDoc | null> {
    const { _id, ...fields } = next;
    return this.collection.findOneAndUpdate({ _id, updatedAt: current.updatedAt }, { $set: fields }, { returnDocument: 'after' });
  }

  /** How many of the profile's opportunities are open at `now` (not closed, not past their expiry). */
  countOpen(profileId: string, now: string): Promise<number> {
    return this.collection.countDocuments({ profileId, status: 'open', expiresAt: { $gt: now } });
  }

  /** Record `expired` on open ones past their expiry (the job); returns how many. */
  async expireDue(now: string): Promise<number> {
    const due = await this.collection.find({ status: 'open', expiresAt: { $lte: now } }, { projection: { _id: 1 } });
    if (due.length === 0) return 0;
    const result = await this.collection.updateMany(
      { _id: { $in: due.map((d) => d._id) }, status: 'open', expiresAt: { $lte: now } },
      { $set: { status: 'expired', updatedAt: now } },
    );
    return result.modifiedCount;
  }
}
