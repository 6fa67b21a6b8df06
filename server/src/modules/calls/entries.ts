// Entries: a startup submits one per call inside the window (staff may submit for a startup of
// their province: assisted), edits it until the deadline, withdraws it until results are out.
// An entry may name open needs of the startup, which organisers then see and broker help for.
// Lists: organisers see every entry; a judge the entries it may score; a startup its own.
import type { z } from 'zod';
import type { Entry, EntryBody, EntryListQuery, Page, PatchEntryBody } from '@ketnoi/contract';
import { ACTIVE_NEED_STATUSES, entryAnswerIssues } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import { ConflictError, ConflictOfInterestError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors.js';
import { allOf } from '../../lib/filters.js';
import { newId } from '../../lib/ids.js';
import { findPage, mapPage } from '../../lib/pagination.js';
import { DuplicateKeyError, type Filter, type Store } from '../../store/types.js';
import { isStaffFor } from '../accounts/policy.js';
import { eventPolicy } from '../events/policy.js';
import type { EventDoc, EventsRepository } from '../events/repository.js';
import type { NeedDoc, NeedsRepository } from '../needs/repository.js';
import type { NotificationsService } from '../notifications/service.js';
import type { ProfileDoc, ProfilesRepository } from '../profiles/repository.js';
import type { CallsCore } from './deps.js';
import type { EntryAction } from './events.js';
import { callPolicy, isJudge } from './policy.js';
import { callOpen, presentEntry, presentJudgement } from './presenter.js';
import type { CallDoc, EntryDoc } from './repository.js';
import { vietnamLocal } from '../reports/period.js';

export type EntryInput = z.output<typeof EntryBody>;
export type PatchEntryInput = z.output<typeof PatchEntryBody>;
export type EntryListParams = z.output<typeof EntryListQuery>;

export interface EntriesServiceDeps extends CallsCore {
  store: Store;
  events: EventsRepository;
  profiles: ProfilesRepository;
  needs: NeedsRepository;
  notifications: NotificationsService;
}

/** The contract's rule issues as field issues; `code` is the rule's reason, which the web client translates. */
export const issuesToDetails = (issues: { path: (string | number)[]; message: string; reason?: string }[]) =>
  issues.map((i) => ({ path: i.path.join('.'), message: i.message, ...(i.reason ? { code: i.reason } : {}) }));

export class EntriesService {
  constructor(private readonly d: EntriesServiceDeps) {}

  async submit(user: AuthUser, eventId: string, input: EntryInput): Promise<Entry> {
    const { event } = await this.load(user, eventId);
    const { startup, assisted } = await this.entrantFor(user, input.startupId);
    if (startup.suspended) throw new ConflictError('This profile is suspended and cannot enter.');
    const call = await this.openCall(eventId, event);
    this.checkAnswers(call, input.answers);
    await this.checkNeeds(startup._id, input.needIds ?? []);
    const now = this.now();
    const saved = await this.d.store
      .withTransaction(async () => {
        await this.openCall(eventId, event);
        const existing = await this.d.entries.forStartup(eventId, startup._id);
        if (existing?.status === 'submitted')
          throw new ConflictError('This startup has already entered this call; edit that entry instead.', { entryId: existing._id });
        const doc: EntryDoc = {
          _id: existing?._id ?? newId(),
          eventId,
          startupId: startup._id,
          userId: startup.userId,
          province: startup.province,
          title: input.title,
          summary: input.summary,
          answers: { ...input.answers },
          needIds: input.needIds ?? [],
          status: 'submitted',
          assisted,
          submittedBy: user.id,
          withdrawnAt: null,
          history: [...(existing?.history ?? []), { at: now, by: user.id, from: existing?.status ?? null, to: 'submitted' }],
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        };
        const written = existing ? await this.d.entries.replace(existing, doc) : await this.d.entries.collection.insertOne(doc);
        if (!written) throw new ConflictError('This entry changed just now. Try again.');
        if (assisted)
          await this.d.notifications.notify(startup.userId, 'call.entry_submitted_for_you', {
            eventId,
            title: event.title,
            entryId: written._id,
            entryTitle: written.title,
          });
        return written;
      })
      .catch((error: unknown) => {
        // The same startup entering twice at once: the unique (event, startup) index lets one through.
        if (error instanceof DuplicateKeyError) throw new ConflictError('This startup has already entered this call.');
        throw error;
      });
    this.published(saved, 'submitted', user.id);
    return this.presentFor(saved, startup, { needs: true });
  }

  async patch(user: AuthUser, eventId: string, entryId: string, input: PatchEntryInput): Promise<Entry> {
    const { event } = await this.load(user, eventId);
    const entry = await this.ownEntry(user, eventId, entryId);
    if (entry.status !== 'submitted')
      throw new ConflictError('This entry was withdrawn; submit it again to enter.', { status: entry.status });
    const call = await this.openCall(eventId, event, 'The deadline has passed; entries can no longer change.');
    const answers = input.answers ?? entry.answers;
    this.checkAnswers(call, answers);
    if (input.needIds) await this.checkNeeds(entry.startupId, input.needIds);
    const saved = await this.d.store.withTransaction(async () => {
      await this.openCall(eventId, event, 'The deadline has passed; entries can no longer change.');
      const next: EntryDoc = {
        ...entry,
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.summary !== undefined ? { summary: input.summary } : {}),
        answers: { ...answers },
        needIds: input.needIds ?? entry.needIds,
        updatedAt: this.now(),
      };
      const written = await this.d.entries.replace(entry, next);
      if (!written) throw new ConflictError('This entry changed just now. Reload it and try again.');
      return written;
    });
    this.published(saved, 'updated', user.id);
    return this.presentFor(saved, await this.startupOf(saved), { needs: true });
  }

  async withdraw(user: AuthUser, eventId: string, entryId: string): Promise<Entry> {
    await this.load(user, eventId);
    const entry = await this.ownEntry(user, eventId, entryId);
    if (entry.status !== 'submitted') throw new ConflictError('This entry is already withdrawn.', { status: entry.status });
    const saved = await this.d.store.withTransaction(async () => {
      const call = await this.d.calls.findByEvent(eventId);
      if (call?.resultsPublishedAt) throw new ConflictError('The results are published; entries can no longer be withdrawn.');
      const now = this.now();
      const written = await this.d.entries.replace(entry, {
        ...entry,
        status: 'withdrawn',
        withdrawnAt: now,
        history: [...entry.history, { at: now, by: user.id, from: 'submitted', to: 'withdrawn' }],
        updatedAt: now,
      });
      if (!written) throw new ConflictError('This entry changed just now. Reload it and try again.');
      return written;
    });
    this.published(saved, 'withdrawn', user.id);
    return this.presentFor(saved, await this.startupOf(saved), { needs: true });
  }

  async list(user: AuthUser, eventId: string, query: EntryListParams): Promise<Page<Entry>> {
    const { event, call } = await this.load(user, eventId);
    const actor = { user, profileId: null };
    const organiser = callPolicy.can(actor, 'organise', { event, call });
    const view = query.as ?? (organiser ? 'organiser' : isJudge(user, call) ? 'judge' : 'entrant');
    const entriesOf = async (scope: Filter) => {
      const page = await findPage(this.d.entries, allOf({ eventId }, scope), query, 'createdAt', 1);
      const startups = new Map((await this.d.profiles.findMany(page.items.map((d) => d.startupId))).map((p) => [p._id, p]));
      return { page, startups };
    };
    if (view === 'organiser') {
      if (!organiser) throw new ForbiddenError('Only the organisers of this event see every entry.');
      const { page, startups } = await entriesOf(query.status ? { status: query.status } : {});
      const [needs, judging] = await Promise.all([this.needsOf(page.items), this.judgingCounts(call, page.items)]);
      return mapPage(page, (d) =>
        presentEntry(d, startups.get(d.startupId)!, { needs: d.needIds.flatMap((id) => needs.get(id) ?? []), judging: judging(d) }),
      );
    }
    if (view === 'judge') {
      const judgeId = query.judgeId && query.judgeId !== user.id ? query.judgeId : user.id;
      if (judgeId !== user.id && !organiser) throw new ForbiddenError('Only organisers type in scores for another judge.');
      if (!call.judges.includes(judgeId))
        throw new ForbiddenError(judgeId === user.id ? 'You are not a judge of this call.' : 'This person is not a judge of this call.');
      const conflicts = await this.d.jury.conflictsOf([judgeId]);
      const mine = await this.d.judgements.find({ eventId, judgeId });
      const recused = mine.filter((j) => j.status === 'recused').map((j) => j.entryId);
      const { page, startups } = await entriesOf({
        status: 'submitted',
        _id: { $nin: recused },
        startupId: { $nin: conflicts.startupsOf(judgeId) },
      });
      const byEntry = new Map(mine.map((j) => [j.entryId, j]));
      return mapPage(page, (d) => {
        const judgement = byEntry.get(d._id);
        return presentEntry(d, startups.get(d.startupId)!, { myJudgement: judgement ? presentJudgement(judgement, call.criteria) : null });
      });
    }
    const own = await this.ownStartupIds(user);
    if (!own.length) throw new ForbiddenError('Only the organisers, the judges and the entrants see entries.');
    const { page, startups } = await entriesOf({ startupId: { $in: own } });
    const needs = await this.needsOf(page.items);
    return mapPage(page, (d) => presentEntry(d, startups.get(d.startupId)!, { needs: d.needIds.flatMap((id) => needs.get(id) ?? []) }));
  }

  /** One entry, as the caller may see it: organiser, judge who may score it, or its entrant. */
  async get(user: AuthUser, eventId: string, entryId: string): Promise<Entry> {
    const { event, call } = await this.load(user, eventId);
    const entry = await this.d.entries.findById(entryId);
    if (!entry || entry.eventId !== eventId) throw new NotFoundError('Entry');
    const startup = await this.startupOf(entry);
    if (callPolicy.can({ user, profileId: null }, 'organise', { event, call }))
      return this.presentFor(entry, startup, { needs: true, judgingOf: call });
    if (this.mayEdit(user, entry, await this.ownStartupIds(user))) return this.presentFor(entry, startup, { needs: true });
    if (isJudge(user, call) && entry.status === 'submitted') {
      await this.assertMayScore(user.id, entry);
      const judgement = await this.d.judgements.of(entry._id, user.id);
      return presentEntry(entry, startup, { myJudgement: judgement ? presentJudgement(judgement, call.criteria) : null });
    }
    throw new NotFoundError('Entry');
  }

  /** The caller's own entry in a call (a startup, or null). */
  async mine(user: AuthUser, call: CallDoc): Promise<Entry | null> {
    const own = await this.d.profiles.findByUserId(user.id);
    if (own?.kind !== 'startup') return null;
    const entry = await this.d.entries.forStartup(call.eventId, own._id);
    return entry ? this.presentFor(entry, own, { needs: true }) : null;
  }

  /** 403 conflict_of_interest when a declared conflict or the judge's own recusal keeps it away. */
  async assertMayScore(judgeId: string, entry: EntryDoc): Promise<void> {
    if (await this.d.jury.conflicted(judgeId, entry.startupId))
      throw new ConflictOfInterestError('A conflict of interest is declared between this judge and the startup.', { entryId: entry._id });
    if ((await this.d.judgements.of(entry._id, judgeId))?.status === 'recused')
      throw new ConflictOfInterestError('This judge has recused themselves from this entry.', { entryId: entry._id });
  }

  // ── internals ──

  private async load(user: AuthUser, eventId: string): Promise<{ event: EventDoc; call: CallDoc }> {
    const event = eventPolicy.assertVisible(user, await this.d.events.findById(eventId));
    const call = await this.d.calls.findByEvent(eventId);
    if (!call) throw new NotFoundError('Call for entries');
    return { event, call };
  }

  /** The call, read again, when it takes entries now; 409 otherwise. */
  private async openCall(eventId: string, event: EventDoc, closedMessage?: string): Promise<CallDoc> {
    const call = await this.d.calls.findByEvent(eventId);
    if (!call) throw new NotFoundError('Call for entries');
    const now = this.d.clock.now();
    if (callOpen(call, event, now)) return call;
    const details = { opensAt: call.opensAt, closesAt: call.closesAt, resultsPublishedAt: call.resultsPublishedAt };
    if (call.resultsPublishedAt) throw new ConflictError('The results of this call are published.', details);
    if (event.status !== 'published') throw new ConflictError(`This event is ${event.status}; it takes no entries.`, details);
    if (call.opensAt && now.toISOString() < call.opensAt)
      throw new ConflictError(`Entries open at ${vietnamLocal(call.opensAt)} (Vietnam time).`, details);
    throw new ConflictError(closedMessage ?? 'The deadline for entries has passed.', details);
  }

  private checkAnswers(call: CallDoc, answers: Record<string, string | number>): void {
    const issues = entryAnswerIssues(call.questions, answers);
    if (issues.length)
      throw new ValidationError(
        `Some answers are missing or not valid: ${issues.map((i) => i.path.join('.')).join(', ')}.`,
        issuesToDetails(issues),
      );
  }

  /** Named needs must be the startup's own and still asking for help (open or in progress), as matching reads them. */
  private async checkNeeds(startupId: string, needIds: readonly string[]): Promise<void> {
    if (!needIds.length) return;
    const found = new Map((await this.d.needs.find({ _id: { $in: [...needIds] } })).map((n) => [n._id, n]));
    const issues = needIds.flatMap((id, i) => {
      const need = found.get(id);
      if (!need || need.startupId !== startupId) return [{ path: `needIds.${i}`, message: 'Not a need of this startup.' }];
      if (!ACTIVE_NEED_STATUSES.includes(need.status)) return [{ path: `needIds.${i}`, message: `This need is ${need.status}.` }];
      return [];
    });
    if (issues.length) throw new ValidationError('Name open needs of the startup.', issues);
  }

  /** The startup an entry is for: the caller's own, or (staff) one of their province. */
  private async entrantFor(user: AuthUser, startupId: string | undefined): Promise<{ startup: ProfileDoc; assisted: boolean }> {
    const own = await this.d.profiles.findByUserId(user.id);
    if (!startupId || startupId === own?._id) {
      if (user.role === 'staff' || user.role === 'admin')
        throw new ValidationError('Name the startup to submit for.', [{ path: 'startupId', message: 'required for staff' }]);
      if (user.role !== 'startup') throw new ForbiddenError('Only startups submit entries.');
      if (!own) throw new ConflictError('Create your startup profile before entering.', { profile: 'missing' });
      return { startup: own, assisted: false };
    }
    if (user.role !== 'staff' && user.role !== 'admin') throw new ForbiddenError('You can only enter your own startup.');
    const startup = await this.d.profiles.findById(startupId);
    if (!startup || !isStaffFor(user, startup.province)) throw new NotFoundError('Profile');
    if (startup.kind !== 'startup') throw new ValidationError('Only startups enter.', [{ path: 'startupId', message: 'not a startup' }]);
    return { startup, assisted: true };
  }

  private async ownStartupIds(user: AuthUser): Promise<string[]> {
    const own = await this.d.profiles.findByUserId(user.id);
    return own?.kind === 'startup' ? [own._id] : [];
  }

  private mayEdit(user: AuthUser, entry: EntryDoc, own: readonly string[]): boolean {
    return own.includes(entry.startupId) || isStaffFor(user, entry.province);
  }

  /** An entry the caller may change: their startup's, or (staff) one of their province's. */
  private async ownEntry(user: AuthUser, eventId: string, entryId: string): Promise<EntryDoc> {
    const entry = await this.d.entries.findById(entryId);
    if (!entry || entry.eventId !== eventId || !this.mayEdit(user, entry, await this.ownStartupIds(user))) throw new NotFoundError('Entry');
    return entry;
  }

  private async startupOf(entry: EntryDoc): Promise<ProfileDoc> {
    const startup = await this.d.profiles.findById(entry.startupId);
    if (!startup) throw new NotFoundError('Profile');
    return startup;
  }

  private async needsOf(entries: readonly EntryDoc[]): Promise<Map<string, NeedDoc>> {
    const ids = [...new Set(entries.flatMap((e) => e.needIds))];
    return new Map((ids.length ? await this.d.needs.find({ _id: { $in: ids } }) : []).map((n) => [n._id, n]));
  }

  /** Organiser view: per entry, how many judges scored, recused, are conflicted. */
  private async judgingCounts(call: CallDoc, entries: readonly EntryDoc[]) {
    const [conflicts, judgements] = await Promise.all([
      this.d.jury.conflictsOf(call.judges),
      this.d.judgements.find({ eventId: call.eventId, entryId: { $in: entries.map((e) => e._id) }, judgeId: { $in: call.judges } }),
    ]);
    return (entry: EntryDoc) => {
      const mine = judgements.filter((j) => j.entryId === entry._id);
      const conflicted = call.judges.filter((j) => conflicts.has(j, entry.startupId));
      return {
        scored: mine.filter((j) => j.status === 'scored' && !conflicted.includes(j.judgeId)).length,
        recused: mine.filter((j) => j.status === 'recused').length,
        conflicted: conflicted.length,
      };
    };
  }

  private async presentFor(entry: EntryDoc, startup: ProfileDoc, view: { needs?: boolean; judgingOf?: CallDoc }): Promise<Entry> {
    const needs = view.needs ? [...(await this.needsOf([entry])).values()] : undefined;
    const judging = view.judgingOf ? (await this.judgingCounts(view.judgingOf, [entry]))(entry) : undefined;
    return presentEntry(entry, startup, { ...(needs ? { needs } : {}), ...(judging ? { judging } : {}) });
  }

  private published(entry: EntryDoc, action: EntryAction, by: string): void {
    this.d.bus.publish('call.entry', { entry, action, by });
  }

  private now(): string {
    return this.d.clock.now().toISOString();
  }
}
