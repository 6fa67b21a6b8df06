import { DocumentRepository } from '../../store/repository.js';
import type { Doc, Filter, Store } from '../../store/types.js';
import type { StatusChange } from '../needs/repository.js';
import type { IntroStatus } from '@ketnoi/contract';
import { OPEN_INTRO_STATUSES } from '@ketnoi/contract';

/** Shape documented in docs/DATA.md (matching and reports read it). */
export interface IntroDoc extends Doc {
  fromProfileId: string;
  toProfileId: string;
  needId: string | null;
  /** The opportunity this intro answers, if any. */
  opportunityId?: string;
  message: string;
  brokeredBy: string | null;
  status: IntroStatus;
  awaiting: string[];
  acceptedBy: string[];
  conversationId: string | null;
  province: string;
  startupId: string | null;
  targetKind: string;
  firstResponseAt: string | null;
  declinedBy: string | null;
  declinedAt: string | null;
  declineReason: string | null;
  history: StatusChange[];
  expiresAt: string;
  createdAt: string;
  updatedAt: string;
}

export class IntrosRepository extends DocumentRepository<IntroDoc> {
  constructor(store: Store) {
    super(store, {
      name: 'intros',
      indexes: [
        { fields: { fromProfileId: 1 } },
        { fields: { toProfileId: 1 } },
        { fields: { status: 1 } },
        { fields: { province: 1 } },
        { fields: { needId: 1 } },
        { fields: { expiresAt: 1 } },
      ],
    });
  }

  count(filter: Filter): Promise<number> {
    return this.collection.countDocuments(filter);
  }

  /** Write a new state only if nobody changed the intro since it was read. */
  replaceIfUnchanged(current: IntroDoc, next: IntroDoc): Promise<IntroDoc | null> {
    const { _id, ...fields } = next;
    return this.collection.findOneAndUpdate(
      { _id, updatedAt: current.updatedAt, status: current.status },
      { $set: fields },
      { returnDocument: 'after' },
    );
  }

  /** An open or accepted intro between the two profiles, either direction. */
  findActiveBetween(a: string, b: string): Promise<IntroDoc | null> {
    return this.collection.findOne({
      fromProfileId: { $in: [a, b] },
      toProfileId: { $in: [a, b] },
      status: { $in: ['pending_staff', 'pending', 'accepted'] },
    });
  }

  /** The latest intro between the two profiles (either direction) declined after `since`. */
  findDeclinedBetweenSince(a: string, b: string, since: string): Promise<IntroDoc | null> {
    return this.collection.findOne(
      { fromProfileId: { $in: [a, b] }, toProfileId: { $in: [a, b] }, status: 'declined', declinedAt: { $gt: since } },
      { sort: { declinedAt: -1 } },
    );
  }

  dueForExpiry(now: string, limit = 500): Promise<IntroDoc[]> {
    return this.collection.find({ status: { $in: OPEN_INTRO_STATUSES }, expiresAt: { $lte: now } }, { sort: { expiresAt: 1 }, limit });
  }
}
