// What leaves the server about calls, entries and judgements. Judges' identities and every
// judgement go to organisers only; an entrant sees its own entry and named needs; a judge sees
// the entries it may score with its own judgement (docs/CALLS.md "Who sees what").
import type { Call, CallCriterion, CallQuestion, Entry, EntryNeed, Judgement, JuryMember } from '@ketnoi/contract';
import type { EventDoc } from '../events/repository.js';
import type { NeedDoc } from '../needs/repository.js';
import type { ProfileDoc } from '../profiles/repository.js';
import { presentProfileSummary } from '../profiles/presenter.js';
import type { UserDoc } from '../accounts/repository.js';
import type { CallDoc, CriterionDoc, EntryDoc, JudgementDoc, LabelledDoc, QuestionDoc } from './repository.js';
import { weightedScore } from './results.js';

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Taking entries now: the event published, results not out, inside the window. */
export function callOpen(call: Pick<CallDoc, 'opensAt' | 'closesAt' | 'resultsPublishedAt'>, event: Pick<EventDoc, 'status'>, now: Date) {
  const t = now.toISOString();
  return event.status === 'published' && call.resultsPublishedAt === null && (!call.opensAt || call.opensAt <= t) && t < call.closesAt;
}

export function presentCallEvent(event: EventDoc) {
  return {
    id: event._id,
    kind: event.kind,
    title: event.title,
    province: event.province,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    status: event.status,
  };
}

/** The labels of a question or criterion; the English form and the hint only when given. */
function presentLabels(item: LabelledDoc) {
  return {
    code: item.code,
    label: item.label,
    ...(item.labelEn ? { labelEn: item.labelEn } : {}),
    ...(item.hint ? { hint: item.hint } : {}),
  };
}

export function presentQuestion(q: QuestionDoc): CallQuestion {
  return {
    ...presentLabels(q),
    type: q.type,
    ...(q.type === 'choice' ? { options: [...(q.options ?? [])] } : {}),
    required: q.required,
  };
}

export function presentCriterion(c: CriterionDoc): CallCriterion {
  return {
    ...presentLabels(c),
    weight: c.weight,
    max: c.max,
  };
}

export function presentJuryMember(user: Pick<UserDoc, '_id' | 'name' | 'role' | 'province'>, profile: ProfileDoc | undefined): JuryMember {
  return {
    userId: user._id,
    name: profile?.name ?? user.name,
    role: user.role,
    province: profile?.province ?? user.province,
    profileId: profile?._id ?? null,
    headline: profile?.headline ?? null,
  };
}

export interface CallView {
  now: Date;
  entries: number;
  locked: boolean;
  viewer?: { organiser: boolean; manager: boolean; judge: boolean };
  jury?: JuryMember[];
  myEntry?: Entry | null;
}

export function presentCall(call: CallDoc, event: EventDoc, view: CallView): Call {
  const organiser = view.viewer?.organiser ?? false;
  return {
    eventId: call.eventId,
    event: presentCallEvent(event),
    opensAt: call.opensAt,
    closesAt: call.closesAt,
    open: callOpen(call, event, view.now),
    rules: call.rules,
    questions: call.questions.map(presentQuestion),
    criteria: call.criteria.map(presentCriterion),
    normalizeJudges: call.normalizeJudges,
    locked: view.locked,
    resultsPublishedAt: call.resultsPublishedAt,
    entries: view.entries,
    createdAt: call.createdAt,
    updatedAt: call.updatedAt,
    ...(organiser ? { judges: [...call.judges], jury: view.jury ?? [] } : {}),
    ...(view.viewer ? { viewer: view.viewer } : {}),
    ...(view.myEntry !== undefined ? { myEntry: view.myEntry } : {}),
  };
}

export function presentNeed(need: NeedDoc): EntryNeed {
  return { id: need._id, category: need.category, title: need.title, status: need.status };
}

export function presentJudgement(doc: JudgementDoc, criteria: readonly CriterionDoc[]): Judgement {
  return {
    entryId: doc.entryId,
    judgeId: doc.judgeId,
    status: doc.status,
    scores: doc.scores ? { ...doc.scores } : null,
    total: doc.scores ? round2(weightedScore(criteria, doc.scores)) : null,
    comment: doc.comment,
    reason: doc.reason,
    enteredBy: doc.enteredBy,
    at: doc.updatedAt,
  };
}

export interface EntryView {
  /** The named needs (organisers and the entrant). */
  needs?: NeedDoc[];
  /** Judge view: the caller's (or the named judge's) judgement. */
  myJudgement?: Judgement | null;
  /** Organiser view: counts of the judges' work on it. */
  judging?: { scored: number; recused: number; conflicted: number };
}

export function presentEntry(doc: EntryDoc, startup: ProfileDoc, view: EntryView = {}): Entry {
  return {
    id: doc._id,
    eventId: doc.eventId,
    startupId: doc.startupId,
    startup: presentProfileSummary(startup),
    title: doc.title,
    summary: doc.summary,
    answers: { ...doc.answers },
    status: doc.status,
    needIds: [...doc.needIds],
    ...(view.needs ? { needs: view.needs.map(presentNeed) } : {}),
    assisted: doc.assisted,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    withdrawnAt: doc.withdrawnAt,
    ...(view.myJudgement !== undefined ? { myJudgement: view.myJudgement } : {}),
    ...(view.judging ? { judging: view.judging } : {}),
  };
}
