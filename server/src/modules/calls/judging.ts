// Judging: a judge scores every criterion of an entry with a comment (a new score replaces the
// earlier one), or recuses itself from it; organisers type in a paper score or recusal for a judge
// (recorded as entered by them) and follow each judge's progress. A declared conflict of interest
// or the judge's own recusal answers 403 conflict_of_interest. Scores are written on the call's
// write guard, so they always match the criteria as they stand (the call editor takes the same guard).
import type { z } from 'zod';
import type { Judgement, JudgingProgress, RecuseBody, ScoreBody } from '@ketnoi/contract';
import { scoreIssues } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import { ConflictError, ConflictOfInterestError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { guardKeys, type WriteGuards } from '../../store/guards.js';
import type { CallsCore } from './deps.js';
import { type EntriesService, issuesToDetails } from './entries.js';
import { callPolicy } from './policy.js';
import { presentJudgement } from './presenter.js';
import type { CallDoc, EntryDoc, JudgementDoc } from './repository.js';
import type { CallsService } from './service.js';

export type ScoreInput = z.output<typeof ScoreBody>;
export type RecuseInput = z.output<typeof RecuseBody>;

export interface JudgingServiceDeps extends CallsCore {
  guards: WriteGuards;
  callsService: CallsService;
  entriesService: EntriesService;
}

type Verdict = Pick<JudgementDoc, 'status' | 'scores' | 'comment' | 'reason'>;

export class JudgingService {
  constructor(private readonly d: JudgingServiceDeps) {}

  async score(user: AuthUser, eventId: string, entryId: string, input: ScoreInput): Promise<Judgement> {
    const { call, entry, judgeId } = await this.prepare(user, eventId, entryId, input.judgeId);
    const issues = scoreIssues(call.criteria, input.scores);
    if (issues.length)
      throw new ValidationError(
        `Some scores are missing or out of range: ${issues.map((i) => i.path.join('.')).join(', ')}.`,
        issuesToDetails(issues),
      );
    await this.d.entriesService.assertMayScore(judgeId, entry);
    return this.write(user, call, entry, judgeId, { status: 'scored', scores: { ...input.scores }, comment: input.comment, reason: '' });
  }

  async recuse(user: AuthUser, eventId: string, entryId: string, input: RecuseInput): Promise<Judgement> {
    const { call, entry, judgeId } = await this.prepare(user, eventId, entryId, input.judgeId);
    if ((await this.d.judgements.of(entry._id, judgeId))?.status === 'recused')
      throw new ConflictError('This judge has already recused themselves from this entry.');
    return this.write(user, call, entry, judgeId, { status: 'recused', scores: null, comment: '', reason: input.reason });
  }

  /** Per judge: entries to score, scored, recused, kept away by a conflict, left to do, typed in by staff. */
  async progress(user: AuthUser, eventId: string): Promise<JudgingProgress> {
    const { event, call } = await this.d.callsService.load(user, eventId);
    callPolicy.authorize({ user, profileId: null }, 'organise', { event, call });
    const [entries, conflicts, judgements, jury] = await Promise.all([
      this.d.entries.submitted(eventId),
      this.d.jury.conflictsOf(call.judges),
      this.d.judgements.find({ eventId }),
      this.d.jury.members(call.judges),
    ]);
    const submitted = new Map(entries.map((e) => [e._id, e]));
    return {
      entries: entries.length,
      judges: jury.map((member) => {
        const judgeId = member.userId;
        const conflicted = entries.filter((e) => conflicts.has(judgeId, e.startupId)).length;
        const mine = judgements.filter((j) => {
          const entry = submitted.get(j.entryId);
          return j.judgeId === judgeId && entry !== undefined && !conflicts.has(judgeId, entry.startupId);
        });
        const scored = mine.filter((j) => j.status === 'scored');
        const recused = mine.length - scored.length;
        const assigned = entries.length - conflicted;
        return {
          userId: judgeId,
          name: member.name,
          role: member.role,
          assigned,
          scored: scored.length,
          recused,
          conflicted,
          remaining: assigned - scored.length - recused,
          paper: scored.filter((j) => j.enteredBy !== judgeId).length,
        };
      }),
    };
  }

  // ── internals ──

  /** The call, the entry and whose judgement this is; refusals in the contract's order. */
  private async prepare(user: AuthUser, eventId: string, entryId: string, forJudge: string | undefined) {
    const { event, call } = await this.d.callsService.load(user, eventId);
    const judgeId = forJudge ?? user.id;
    if (judgeId !== user.id) callPolicy.authorize({ user, profileId: null }, 'organise', { event, call });
    if (!call.judges.includes(judgeId))
      throw new ForbiddenError(judgeId === user.id ? 'You are not a judge of this call.' : 'This person is not a judge of this call.');
    const entry = await this.d.entries.findById(entryId);
    if (!entry || entry.eventId !== eventId) throw new NotFoundError('Entry');
    if (entry.status !== 'submitted') throw new ConflictError('This entry was withdrawn.', { status: entry.status });
    if (call.resultsPublishedAt) throw new ConflictError('The results are published; judging is over.');
    return { call, entry, judgeId };
  }

  private async write(user: AuthUser, read: CallDoc, entry: EntryDoc, judgeId: string, verdict: Verdict): Promise<Judgement> {
    const now = this.d.clock.now().toISOString();
    const saved = await this.d.guards.serialise([guardKeys.callJudging(read.eventId)], async () => {
      const call = await this.d.calls.findByEvent(read.eventId);
      if (!call || call.resultsPublishedAt) throw new ConflictError('The results are published; judging is over.');
      if (!call.judges.includes(judgeId)) throw new ForbiddenError('This person is no longer a judge of this call.');
      if (verdict.scores && scoreIssues(call.criteria, verdict.scores).length)
        throw new ConflictError('The criteria changed just now. Reload the score sheet and score again.');
      const current = await this.d.entries.findById(entry._id);
      if (current?.status !== 'submitted') throw new ConflictError('This entry was withdrawn.');
      const previous = await this.d.judgements.of(entry._id, judgeId);
      if (verdict.status === 'scored' && previous?.status === 'recused')
        throw new ConflictOfInterestError('This judge has recused themselves from this entry.', { entryId: entry._id });
      return this.d.judgements.put({
        _id: previous?._id ?? newId(),
        eventId: read.eventId,
        entryId: entry._id,
        judgeId,
        ...verdict,
        enteredBy: user.id,
        revisions: previous ? previous.revisions + 1 : 0,
        createdAt: previous?.createdAt ?? now,
        updatedAt: now,
      });
    });
    this.d.bus.publish('call.judged', { judgement: saved, by: user.id });
    return presentJudgement(saved, read.criteria);
  }
}
