// The three collections of calls for entries (docs/CALLS.md "Model"): `calls` (one per event, its
// id the event's), `call_entries` (one per startup and call) and `call_judgements` (one per judge
// and entry: a score, or a recusal). Scores that count are derived when results are asked for.
import type { CallQuestionType, EntryStatus, JudgementStatus } from '@ketnoi/contract';
import { DocumentRepository } from '../../store/repository.js';
import type { Doc, Store } from '../../store/types.js';
import type { StatusChange } from '../needs/repository.js';

/** What questions and criteria share: a code, the Vietnamese label, its English form and a hint. */
export interface LabelledDoc {
  code: string;
  label: string;
  labelEn?: string;
  hint?: string;
}

export interface QuestionDoc extends LabelledDoc {
  type: CallQuestionType;
  options?: string[];
  required: boolean;
}

export interface CriterionDoc extends LabelledDoc {
  weight: number;
  max: number;
}

export interface CallDoc extends Doc {
  /** The event's id (also `_id`: one call per event). */
  eventId: string;
  opensAt: string | null;
  closesAt: string;
  rules: string;
  questions: QuestionDoc[];
  criteria: CriterionDoc[];
  /** User ids of the judges (experts or staff). */
  judges: string[];
  normalizeJudges: boolean;
  resultsPublishedAt: string | null;
  resultsPublishedBy: string | null;
  createdBy: string;
  updatedBy: string;
  createdAt: string;
  updatedAt: string;
}

export type Answers = Record<string, string | number>;

export interface EntryDoc extends Doc {
  eventId: string;
  startupId: string;
  /** The startup's owner (who is told about results). */
  userId: string;
  province: string;
  title: string;
  summary: string;
  answers: Answers;
  needIds: string[];
  status: EntryStatus;
  /** Submitted by staff on the founder's behalf. */
  assisted: boolean;
  submittedBy: string;
  withdrawnAt: string | null;
  history: StatusChange[];
  createdAt: string;
  updatedAt: string;
}

export interface JudgementDoc extends Doc {
  eventId: string;
  entryId: string;
  judgeId: string;
  status: JudgementStatus;
  scores: Record<string, number> | null;
  comment: string;
  reason: string;
  /** The judge, or the staff member who typed in a paper score. */
  enteredBy: string;
  /** How many times the score was replaced. */
  revisions: number;
  createdAt: string;
  updatedAt: string;
}

export class CallsRepository extends DocumentRepository<CallDoc> {
  constructor(store: Store) {
    super(store, {
      name: 'calls',
      indexes: [{ fields: { closesAt: 1 } }, { fields: { judges: 1 } }],
    });
  }

  findByEvent(eventId: string): Promise<CallDoc | null> {
    return this.findById(eventId);
  }
}

export class EntriesRepository extends DocumentRepository<EntryDoc> {
  constructor(store: Store) {
    super(store, {
      name: 'call_entries',
      indexes: [
        { fields: { eventId: 1, startupId: 1 }, unique: true },
        { fields: { eventId: 1, status: 1, createdAt: 1 } },
        { fields: { startupId: 1 } },
      ],
    });
  }

  forStartup(eventId: string, startupId: string): Promise<EntryDoc | null> {
    return this.collection.findOne({ eventId, startupId });
  }

  submitted(eventId: string): Promise<EntryDoc[]> {
    return this.collection.find({ eventId, status: 'submitted' }, { sort: { createdAt: 1, _id: 1 } });
  }

  countSubmitted(eventId: string): Promise<number> {
    return this.collection.countDocuments({ eventId, status: 'submitted' });
  }

  /** Replace `previous` if nobody changed it meanwhile (null otherwise). */
  replace(previous: EntryDoc, next: EntryDoc): Promise<EntryDoc | null> {
    const { _id, ...fields } = next;
    return this.collection.findOneAndUpdate({ _id, updatedAt: previous.updatedAt }, { $set: fields }, { returnDocument: 'after' });
  }
}

export class JudgementsRepository extends DocumentRepository<JudgementDoc> {
  constructor(store: Store) {
    super(store, {
      name: 'call_judgements',
      indexes: [
        { fields: { entryId: 1, judgeId: 1 }, unique: true },
        { fields: { eventId: 1, judgeId: 1 } },
        { fields: { eventId: 1, status: 1 } },
      ],
    });
  }

  of(entryId: string, judgeId: string): Promise<JudgementDoc | null> {
    return this.collection.findOne({ entryId, judgeId });
  }

  async anyScore(eventId: string): Promise<boolean> {
    return (await this.collection.countDocuments({ eventId, status: 'scored' })) > 0;
  }

  /** Insert or replace the one judgement of (entry, judge); the caller holds the call's write guard. */
  async put(doc: JudgementDoc): Promise<JudgementDoc> {
    const existing = await this.of(doc.entryId, doc.judgeId);
    if (!existing) return this.collection.insertOne(doc);
    const { _id: _ignored, createdAt: _created, ...fields } = doc;
    return (await this.collection.findOneAndUpdate({ _id: existing._id }, { $set: fields }, { returnDocument: 'after' }))!;
  }
}
