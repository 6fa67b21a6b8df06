import { DocumentRepository } from '../../store/repository.js';
import type { Doc, Filter, Store } from '../../store/types.js';
import type { StatusChange } from '../needs/repository.js';
import type { FollowUp, OutcomeTagCode } from '@ketnoi/contract';

export type ConsultationStatus = 'scheduled' | 'completed' | 'cancelled';

/** Shape documented in docs/DATA.md (matching signals and reports read it). */
export interface ConsultationDoc extends Doc {
  introId: string;
  startupId: string;
  helperId: string;
  helperKind: string;
  needId: string | null;
  province: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  mode: 'online' | 'onsite';
  location: string | null;
  resource: string | null;
  status: ConsultationStatus;
  outcome: { tags: OutcomeTagCode[]; note?: string; evidence?: string; evidenceFileIds?: string[] } | null;
  completedAt: string | null;
  cancelReason: string | null;
  feedback: { rating: number; comment?: string; at: string } | null;
  /** Answers to the follow-up mail (absent until the first). */
  followUps?: FollowUp[];
  /** When the follow-up mail was queued (absent until then: the job looks for these). */
  followUpAskedAt?: string;
  history: StatusChange[];
  createdAt: string;
  updatedAt: string;
}

export class ConsultationsRepository extends DocumentRepository<ConsultationDoc> {
  constructor(store: Store) {
    super(store, {
      name: 'consultations',
      indexes: [
        { fields: { helperId: 1 } },
        { fields: { startupId: 1 } },
        { fields: { introId: 1 } },
        { fields: { province: 1 } },
        { fields: { status: 1 } },
        { fields: { 'outcome.evidenceFileIds': 1 } },
      ],
    });
  }

  /**
   * Scheduled items of a helper (optionally one resource) overlapping [startsAt, endsAt), except
   * `exceptId`, at most `limit` of them (0: all).
   */
  overlapping(
    helperId: string,
    startsAt: string,
    endsAt: string,
    resource: string | null,
    exceptId?: string,
    limit = 5,
  ): Promise<ConsultationDoc[]> {
    const filter: Filter = { helperId, status: 'scheduled', startsAt: { $lt: endsAt }, endsAt: { $gt: startsAt } };
    if (resource !== null) filter.resource = resource;
    if (exceptId) filter._id = { $ne: exceptId };
    return this.collection.find(filter, limit ? { limit } : {});
  }

  activeCount(helperId: string): Promise<number> {
    return this.collection.countDocuments({ helperId, status: 'scheduled' });
  }

  /** Completed before `completedBefore` and not asked for a follow-up yet, oldest first. */
  dueForFollowUp(completedBefore: string, limit: number): Promise<ConsultationDoc[]> {
    return this.collection.find(
      { status: 'completed', completedAt: { $lte: completedBefore }, followUpAskedAt: { $exists: false } },
      { sort: { completedAt: 1, _id: 1 }, limit },
    );
  }

  /** Mark the follow-up as asked; false when another run did it first. */
  async markFollowUpAsked(id: string, at: string): Promise<boolean> {
    const { modifiedCount } = await this.collection.updateOne(
      { _id: id, followUpAskedAt: { $exists: false } },
      { $set: { followUpAskedAt: at } },
    );
    return modifiedCount === 1;
  }

  update(current: ConsultationDoc, set: Partial<ConsultationDoc>, change?: StatusChange): Promise<ConsultationDoc | null> {
    return this.collection.findOneAndUpdate(
      { _id: current._id, status: current.status, updatedAt: current.updatedAt },
      change ? { $set: set, $push: { history: change } } : { $set: set },
      { returnDocument: 'after' },
    );
  }
}
