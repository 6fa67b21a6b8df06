// The call itself: the organiser writes it (window, rules, questions, weighted criteria, jury,
// normalisation), anyone who may see the event reads it, the public lists open calls, judges list
// what waits for them, and the editor starts from a rubric template. Criteria lock once a score
// exists (409); the whole call once results are published.
import type { z } from 'zod';
import type { Call, CallBody, CallListItem, CallListQuery, CallTemplate, JudgingAssignment, JuryMember, Page } from '@ketnoi/contract';
import { fold } from '@ketnoi/search';
import type { AuthUser } from '../../http/api.js';
import { ConflictError, NotFoundError } from '../../lib/errors.js';
import { allOf } from '../../lib/filters.js';
import { cursorQuery, decodeCursor, encodeCursor } from '../../lib/pagination.js';
import { guardKeys, type WriteGuards } from '../../store/guards.js';
import type { Store } from '../../store/types.js';
import type { UsersRepository } from '../accounts/repository.js';
import { eventPolicy } from '../events/policy.js';
import type { EventDoc, EventsRepository } from '../events/repository.js';
import type { NotificationsService } from '../notifications/service.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { CallsCore } from './deps.js';
import type { EntriesService } from './entries.js';
import { callPolicy, isJudge } from './policy.js';
import { callOpen, presentCall, presentCallEvent, presentJuryMember } from './presenter.js';
import type { CallDoc, CriterionDoc } from './repository.js';
import { CALL_TEMPLATES } from './templates.js';

export type CallInput = z.output<typeof CallBody>;
export type CallListParams = z.output<typeof CallListQuery>;

const iso = (s: string) => new Date(s).toISOString();
const rubricOf = (criteria: readonly CriterionDoc[]) =>
  JSON.stringify([...criteria].map((c) => [c.code, c.weight, c.max]).sort(([a], [b]) => String(a).localeCompare(String(b))));

export interface CallsServiceDeps extends CallsCore {
  store: Store;
  guards: WriteGuards;
  events: EventsRepository;
  entriesService: EntriesService;
  users: UsersRepository;
  profiles: ProfilesRepository;
  notifications: NotificationsService;
}

export class CallsService {
  constructor(private readonly d: CallsServiceDeps) {}

  templates(): CallTemplate[] {
    return CALL_TEMPLATES.map((t) => structuredClone(t));
  }

  /** The event (visible to the caller) and its call; 404 for either missing. */
  async load(user: AuthUser | null, eventId: string): Promise<{ event: EventDoc; call: CallDoc }> {
    const event = eventPolicy.assertVisible(user, await this.d.events.findById(eventId));
    const call = await this.d.calls.findByEvent(eventId);
    if (!call) throw new NotFoundError('Call for entries');
    return { event, call };
  }

  async get(user: AuthUser | null, eventId: string): Promise<Call> {
    const { event, call } = await this.load(user, eventId);
    return this.present(user, event, call);
  }

  async put(user: AuthUser, eventId: string, input: CallInput): Promise<Call> {
    const event = eventPolicy.assertManage(user, await this.d.events.findById(eventId));
    if (event.status === 'cancelled') throw new ConflictError('This event is cancelled; it takes no entries.', { status: event.status });
    await this.d.jury.assertJudges(input.judges);
    const now = this.d.clock.now().toISOString();
    const { saved, added } = await this.d.guards.serialise([guardKeys.callJudging(eventId)], async () => {
      const previous = await this.d.calls.findByEvent(eventId);
      if (previous?.resultsPublishedAt) throw new ConflictError('The results are published; the call can no longer change.');
      const criteria = input.criteria.map((c) => ({ ...c }));
      if (previous && rubricOf(previous.criteria) !== rubricOf(criteria) && (await this.d.judgements.anyScore(eventId)))
        throw new ConflictError('Judges have started scoring: the criteria, weights and maxima can no longer change.', {
          criteria: 'locked',
        });
      const dropped = (previous?.judges ?? []).filter((j) => !input.judges.includes(j));
      if (dropped.length) {
        const scored = await this.d.judgements.find({ eventId, judgeId: { $in: dropped }, status: 'scored' });
        const who = [...new Set(scored.map((s) => s.judgeId))];
        if (who.length) throw new ConflictError('These judges have already scored entries and stay on the jury.', { judges: who });
      }
      const doc: CallDoc = {
        _id: eventId,
        eventId,
        opensAt: input.opensAt ? iso(input.opensAt) : null,
        closesAt: iso(input.closesAt),
        rules: input.rules,
        questions: input.questions.map((q) => ({ ...q, ...(q.type === 'choice' ? {} : { options: undefined }) })),
        criteria,
        judges: [...input.judges],
        normalizeJudges: input.normalizeJudges,
        resultsPublishedAt: null,
        resultsPublishedBy: null,
        createdBy: previous?.createdBy ?? user.id,
        updatedBy: user.id,
        createdAt: previous?.createdAt ?? now,
        updatedAt: now,
      };
      for (const q of doc.questions) if (q.options === undefined) delete q.options;
      const { _id, ...fields } = doc;
      if (previous) await this.d.calls.collection.updateOne({ _id }, { $set: fields });
      else await this.d.calls.collection.insertOne(doc);
      const newcomers = doc.judges.filter((j) => !(previous?.judges ?? []).includes(j));
      for (const judgeId of newcomers)
        await this.d.notifications.notify(judgeId, 'call.judge_assigned', { eventId, title: event.title, closesAt: doc.closesAt });
      return { saved: doc, added: newcomers };
    });
    this.d.bus.publish('call.saved', { call: saved, judgesAdded: added, by: user.id });
    return this.present(user, event, saved);
  }

  /** Calls of published events: open ones by deadline, closed ones awaiting results, published results (newest first). */
  async list(query: CallListParams): Promise<Page<CallListItem>> {
    const now = this.d.clock.now();
    const t = now.toISOString();
    const published = query.status === 'published';
    const field = published ? 'resultsPublishedAt' : 'closesAt';
    const dir = published ? -1 : 1;
    const scope =
      query.status === 'open'
        ? { closesAt: { $gt: t }, resultsPublishedAt: null }
        : query.status === 'closed'
          ? { closesAt: { $lte: t }, resultsPublishedAt: null }
          : { resultsPublishedAt: { $ne: null } };
    // Drafts and cancelled events are left out after reading, so a page may take a few reads.
    let cursor = decodeCursor(query.cursor);
    const found: { call: CallDoc; event: EventDoc }[] = [];
    for (;;) {
      const { filter, sort } = cursorQuery(field, dir, cursor);
      const batch = await this.d.calls.find(allOf(scope, filter), { sort, limit: 100 });
      const events = new Map((await this.d.events.find({ _id: { $in: batch.map((c) => c.eventId) } })).map((e) => [e._id, e]));
      for (const call of batch) {
        cursor = { value: call[field] as string, id: call._id };
        const event = events.get(call.eventId);
        if (!event || (event.status !== 'published' && event.status !== 'completed')) continue;
        if (query.province && !event.provinces.includes(query.province)) continue;
        if (query.status === 'open' && !callOpen(call, event, now)) continue;
        found.push({ call, event });
        if (found.length > query.limit) break;
      }
      if (batch.length < 100 || found.length > query.limit) break;
    }
    const page = found.slice(0, query.limit);
    const last = page[page.length - 1]?.call;
    return {
      items: await Promise.all(page.map(({ call, event }) => this.listItem(call, event, now))),
      nextCursor: found.length > query.limit && last ? encodeCursor({ value: last[field] as string, id: last._id }) : null,
    };
  }

  /** The calls the caller judges, with how far along they are. */
  async assignments(user: AuthUser): Promise<JudgingAssignment[]> {
    const calls = await this.d.calls.find({ judges: user.id }, { sort: { closesAt: -1 } });
    const conflicts = await this.d.jury.conflictsOf([user.id]);
    const out: JudgingAssignment[] = [];
    for (const call of calls) {
      const event = await this.d.events.findById(call.eventId);
      if (!event || event.status === 'cancelled' || !eventPolicy.canView(user, event)) continue;
      const entries = (await this.d.entries.submitted(call.eventId)).filter((e) => !conflicts.has(user.id, e.startupId));
      const ids = new Set(entries.map((e) => e._id));
      const mine = (await this.d.judgements.find({ eventId: call.eventId, judgeId: user.id })).filter((j) => ids.has(j.entryId));
      const scored = mine.filter((j) => j.status === 'scored').length;
      const recused = mine.length - scored;
      out.push({
        event: presentCallEvent(event),
        closesAt: call.closesAt,
        resultsPublishedAt: call.resultsPublishedAt,
        assigned: entries.length,
        scored,
        recused,
        remaining: entries.length - scored - recused,
      });
    }
    return out;
  }

  /** Who the organiser may put on the jury: staff of the event's provinces, experts there or serving them or remote. */
  async judgeCandidates(user: AuthUser, eventId: string, q: string | undefined): Promise<JuryMember[]> {
    const event = eventPolicy.assertManage(user, await this.d.events.findById(eventId));
    const needle = q ? fold(q) : '';
    const matches = (name: string) => !needle || fold(name).includes(needle);
    const staff = (await Promise.all(event.provinces.map((p) => this.d.users.staffOf(p)))).flat();
    const experts = await this.d.profiles.find(
      { kind: 'expert', $or: [{ province: { $in: event.provinces } }, { servesProvinces: { $in: event.provinces } }, { remote: true }] },
      { sort: { nameKey: 1 }, limit: 500 },
    );
    const people = [
      ...staff.filter((s) => matches(s.name)).map((s) => presentJuryMember(s, undefined)),
      ...experts
        .filter((p) => !p.suspended && matches(p.name))
        .map((p) => presentJuryMember({ _id: p.userId, name: p.name, role: 'expert', province: p.province }, p)),
    ];
    return people.slice(0, 50);
  }

  // ── internals ──

  private async listItem(call: CallDoc, event: EventDoc, now: Date): Promise<CallListItem> {
    return {
      event: presentCallEvent(event),
      opensAt: call.opensAt,
      closesAt: call.closesAt,
      open: callOpen(call, event, now),
      resultsPublishedAt: call.resultsPublishedAt,
      entries: await this.d.entries.countSubmitted(call.eventId),
    };
  }

  private async present(user: AuthUser | null, event: EventDoc, call: CallDoc): Promise<Call> {
    const actor = user ? { user, profileId: null } : null;
    const organiser = actor ? callPolicy.can(actor, 'organise', { event, call }) : false;
    const [entries, locked] = await Promise.all([this.d.entries.countSubmitted(call.eventId), this.d.judgements.anyScore(call.eventId)]);
    return presentCall(call, event, {
      now: this.d.clock.now(),
      entries,
      locked,
      ...(actor
        ? {
            viewer: { organiser, manager: callPolicy.can(actor, 'manage', { event, call }), judge: isJudge(user, call) },
            myEntry: await this.d.entriesService.mine(user!, call),
          }
        : {}),
      ...(organiser ? { jury: await this.d.jury.members(call.judges) } : {}),
    });
  }
}
