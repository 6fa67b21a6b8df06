// Results of a call by the contract's formula (results.ts): what counts is each current judge's
// score of each submitted entry, unless a conflict of interest is declared between the judge and
// the startup (a declaration made after scoring takes the score out) or the judge recused.
// Organisers and judges read results at any time, anyone once published. Publishing tells every
// entrant (notification and mail, queued in the publishing transaction). scores.csv lists every
// score that counts, one row per judge × entry × criterion.
import type { CallResults, ResultItem } from '@ketnoi/contract';
import { ACTIVE_NEED_STATUSES } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import { ConflictError, ForbiddenError } from '../../lib/errors.js';
import { guardKeys, type WriteGuards } from '../../store/guards.js';
import { isStaffFor } from '../accounts/policy.js';
import type { EventDoc } from '../events/repository.js';
import type { MailService } from '../mail/service.js';
import type { NeedsRepository } from '../needs/repository.js';
import type { NotificationsService } from '../notifications/service.js';
import { profilePolicy } from '../profiles/policy.js';
import type { ProfileDoc, ProfilesRepository } from '../profiles/repository.js';
import { toCsv } from '../reports/csv.js';
import { label, type Lang } from '../reports/labels.js';
import { vietnamLocal } from '../reports/period.js';
import { sheetOf } from '../reports/sheet.js';
import type { CallsCore } from './deps.js';
import { callPolicy, isJudge, mayReadResults } from './policy.js';
import { presentCriterion, presentNeed } from './presenter.js';
import type { CallDoc, EntryDoc, JudgementDoc } from './repository.js';
import { computeResults, type EntryResult } from './results.js';
import type { CallsService } from './service.js';

export interface PublicationDeps extends CallsCore {
  guards: WriteGuards;
  callsService: CallsService;
  profiles: ProfilesRepository;
  needs: NeedsRepository;
  notifications: NotificationsService;
  mail: Pick<MailService, 'enqueue'>;
}

interface Standing {
  entries: EntryDoc[];
  counted: JudgementDoc[];
  results: EntryResult[];
}

export class PublicationService {
  constructor(private readonly d: PublicationDeps) {}

  async results(user: AuthUser | null, eventId: string): Promise<CallResults> {
    const { event, call } = await this.d.callsService.load(user, eventId);
    if (!mayReadResults(user, { event, call })) throw new ForbiddenError('The results are not published yet.');
    return this.present(user, event, call, await this.standing(call));
  }

  async publish(user: AuthUser, eventId: string): Promise<CallResults> {
    const { event, call: read } = await this.d.callsService.load(user, eventId);
    callPolicy.authorize({ user, profileId: null }, 'manage', { event, call: read });
    const { call, standing } = await this.d.guards.serialise([guardKeys.callJudging(eventId)], async () => {
      const current = await this.d.calls.findByEvent(eventId);
      if (!current) throw new ConflictError('This call changed just now. Reload it.');
      if (current.resultsPublishedAt)
        throw new ConflictError('The results are already published.', { publishedAt: current.resultsPublishedAt });
      const now = this.d.clock.now().toISOString();
      const standing = await this.standing(current);
      if (standing.counted.length === 0) throw new ConflictError('No entry has been scored yet; there is nothing to publish.');
      const published = (await this.d.calls.collection.findOneAndUpdate(
        { _id: eventId, resultsPublishedAt: null },
        { $set: { resultsPublishedAt: now, resultsPublishedBy: user.id, updatedAt: now } },
        { returnDocument: 'after' },
      ))!;
      const ranked = standing.results.filter((r) => r.rank !== null).length;
      const byEntry = new Map(standing.results.map((r) => [r.entryId, r]));
      for (const entry of standing.entries) {
        const result = byEntry.get(entry._id)!;
        const data = {
          eventId,
          eventTitle: event.title,
          entryTitle: entry.title,
          ...(result.rank !== null ? { rank: result.rank, total: result.total! } : {}),
          entries: ranked,
        };
        await this.d.notifications.notify(entry.userId, 'call.results_published', { ...data, entryId: entry._id });
        await this.d.mail.enqueue('call.results_published', entry.userId, data);
      }
      return { call: published, standing };
    });
    this.d.bus.publish('call.results_published', { call, entrantUserIds: standing.entries.map((e) => e.userId), by: user.id });
    return this.present(user, event, call, standing);
  }

  async scoresCsv(user: AuthUser, eventId: string, lang: Lang): Promise<{ filename: string; csv: string }> {
    const { event, call } = await this.d.callsService.load(user, eventId);
    callPolicy.authorize({ user, profileId: null }, 'organise', { event, call });
    const standing = await this.standing(call);
    const [startups, jury] = await Promise.all([this.startupsOf(standing.entries), this.d.jury.members(call.judges)]);
    const typists = await this.d.jury.usersOf(standing.counted.map((j) => j.enteredBy));
    const judgeName = new Map(jury.map((m) => [m.userId, m.name]));
    const entries = new Map(standing.entries.map((e) => [e._id, e]));
    const rank = new Map(standing.results.map((r, i) => [r.entryId, { rank: r.rank, order: i }]));
    const scores = [...standing.counted]
      .sort(
        (a, b) =>
          rank.get(a.entryId)!.order - rank.get(b.entryId)!.order ||
          (judgeName.get(a.judgeId) ?? '').localeCompare(judgeName.get(b.judgeId) ?? '', 'vi') ||
          a.judgeId.localeCompare(b.judgeId),
      )
      .flatMap((j) => call.criteria.map((c) => ({ j, c, entry: entries.get(j.entryId)! })));
    const enteredBy = (j: JudgementDoc) =>
      j.enteredBy === j.judgeId ? (judgeName.get(j.judgeId) ?? '') : (typists.get(j.enteredBy)?.name ?? j.enteredBy);
    const sheet = sheetOf<(typeof scores)[number]>(
      scores,
      [
        ['Hạng', 'Rank', ({ j }) => rank.get(j.entryId)!.rank],
        ['Mã bài dự thi', 'Entry ID', ({ entry }) => entry._id],
        ['Bài dự thi', 'Entry', ({ entry }) => entry.title],
        ['Khởi nghiệp', 'Startup', ({ entry }) => startups.get(entry.startupId)?.name ?? ''],
        ['Tỉnh/thành', 'Province', ({ entry }) => label.province(entry.province, lang)],
        ['Giám khảo', 'Judge', ({ j }) => judgeName.get(j.judgeId) ?? j.judgeId],
        ['Mã tiêu chí', 'Criterion code', ({ c }) => c.code],
        ['Tiêu chí', 'Criterion', ({ c }) => (lang === 'en' ? (c.labelEn ?? c.label) : c.label)],
        ['Trọng số', 'Weight', ({ c }) => c.weight],
        ['Điểm tối đa', 'Maximum', ({ c }) => c.max],
        ['Điểm', 'Score', ({ j, c }) => j.scores![c.code]!],
        ['Nhận xét', 'Comment', ({ j }) => j.comment],
        ['Người nhập', 'Entered by', ({ j }) => enteredBy(j)],
        ['Thời điểm chấm, UTC+7', 'Scored at, UTC+7', ({ j }) => vietnamLocal(j.updatedAt)],
      ],
      lang,
    );
    const csv = toCsv(sheet.header, sheet.rows);
    return { filename: `cham-diem-scores-${eventId}.csv`, csv };
  }

  // ── internals ──

  /** Submitted entries, the judgements that count, and the results by the formula. */
  private async standing(call: CallDoc): Promise<Standing> {
    const [entries, judgements, conflicts] = await Promise.all([
      this.d.entries.submitted(call.eventId),
      this.d.judgements.find({ eventId: call.eventId, status: 'scored' }),
      this.d.jury.conflictsOf(call.judges),
    ]);
    const byId = new Map(entries.map((e) => [e._id, e]));
    const counted = judgements.filter((j) => {
      const entry = byId.get(j.entryId);
      return entry !== undefined && call.judges.includes(j.judgeId) && !conflicts.has(j.judgeId, entry.startupId) && j.scores !== null;
    });
    const results = computeResults(
      call.criteria,
      entries.map((e) => e._id),
      counted.map((j) => ({ judgeId: j.judgeId, entryId: j.entryId, scores: j.scores! })),
      { normalize: call.normalizeJudges },
    );
    return { entries, counted, results };
  }

  private async present(user: AuthUser | null, event: EventDoc, call: CallDoc, standing: Standing): Promise<CallResults> {
    const entries = new Map(standing.entries.map((e) => [e._id, e]));
    const startups = await this.startupsOf(standing.entries);
    const organiser = user !== null && callPolicy.can({ user, profileId: null }, 'organise', { event, call });
    // Staff who may broker for an entrant see the open needs its entry names.
    const brokers = (entry: EntryDoc) => organiser || isStaffFor(user, entry.province);
    const needIds = standing.entries.filter(brokers).flatMap((e) => e.needIds);
    const needs = new Map(
      (needIds.length ? await this.d.needs.find({ _id: { $in: needIds }, status: { $in: [...ACTIVE_NEED_STATUSES] } }) : []).map((n) => [
        n._id,
        n,
      ]),
    );
    // Published results are public, but a hidden or suspended startup is not: outside the jury and
    // the organisers, only those who may open its profile (itself, its province's staff) see its entry.
    const insider = organiser || isJudge(user, call);
    const shown = (entry: EntryDoc) => {
      const startup = startups.get(entry.startupId);
      return insider || (startup !== undefined && profilePolicy.canView(user, startup));
    };
    const items: ResultItem[] = standing.results.flatMap((r) => {
      const entry = entries.get(r.entryId)!;
      if (!shown(entry)) return [];
      const startup = startups.get(entry.startupId);
      return {
        entry: {
          id: entry._id,
          title: entry.title,
          startup: { id: entry.startupId, name: startup?.name ?? '', province: startup?.province ?? entry.province },
        },
        rank: r.rank,
        total: r.total,
        byCriterion: r.byCriterion,
        judges: r.judges,
        ...(brokers(entry) ? { needs: entry.needIds.flatMap((id) => (needs.has(id) ? [presentNeed(needs.get(id)!)] : [])) } : {}),
      } satisfies ResultItem;
    });
    return {
      published: call.resultsPublishedAt !== null,
      publishedAt: call.resultsPublishedAt,
      normalized: call.normalizeJudges,
      criteria: call.criteria.map(presentCriterion),
      items,
    };
  }

  private async startupsOf(entries: readonly EntryDoc[]): Promise<Map<string, ProfileDoc>> {
    return new Map((await this.d.profiles.findMany(entries.map((e) => e.startupId))).map((p) => [p._id, p]));
  }
}
