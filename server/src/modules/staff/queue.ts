// GET /api/staff/queue: what needs a staff member's attention, each item with the actions they
// can take. Read from the intros and needs repositories at request time (no stored queue).
import type { z } from 'zod';
import type { QueueQuery as QueueQuerySchema } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import { DAY_MS, type Clock } from '../../lib/clock.js';
import { allOf } from '../../lib/filters.js';
import type { IntroDoc, IntrosRepository } from '../intros/repository.js';
import type { NeedDoc, NeedsRepository } from '../needs/repository.js';
import type { ProfileDoc, ProfilesRepository } from '../profiles/repository.js';
import type { ProvincePoliciesRepository } from '../provinces/repository.js';
import { DEFAULT_STALE_NEED_DAYS } from '../provinces/repository.js';
import { presentVerifiedSummary } from '../profiles/presenter.js';
import { presentQueueIntro, presentQueueNeed } from './presenter.js';
import { staffScope } from './policy.js';

/** A pending request counts as unanswered once it has waited this long. */
export const UNANSWERED_AFTER_DAYS = 3;
/** Expired intros stay in the queue this long, for follow-up or re-brokering. */
export const EXPIRED_LOOKBACK_DAYS = 30;

export const QUEUE_ACTIONS = {
  pendingStaff: ['approve', 'reject'],
  staleNeed: ['broker', 'follow_up'],
  stalledIntro: ['follow_up', 'reassign'],
  unansweredExpert: ['follow_up', 'reassign'],
} as const;

export type QueueQuery = z.output<typeof QueueQuerySchema>;

/** When the intro last entered `pending` (creation or staff approval). */
export function pendingSince(intro: IntroDoc): string {
  for (let i = intro.history.length - 1; i >= 0; i--) if (intro.history[i]!.to === 'pending') return intro.history[i]!.at;
  return intro.createdAt;
}

/** When the need last entered `open` (creation or reopening). */
export function openSince(need: NeedDoc): string {
  for (let i = need.history.length - 1; i >= 0; i--) if (need.history[i]!.to === 'open') return need.history[i]!.at;
  return need.createdAt;
}

const daysBetween = (from: string, to: number) => Math.floor((to - Date.parse(from)) / DAY_MS);

export class StaffQueue {
  constructor(
    private readonly intros: IntrosRepository,
    private readonly needs: NeedsRepository,
    private readonly profiles: ProfilesRepository,
    private readonly policies: ProvincePoliciesRepository,
    private readonly clock: Clock,
  ) {}

  async build(user: AuthUser, query: QueueQuery) {
    const scope = staffScope.listScope(user, { province: query.province });
    const scoped = staffScope.filter(scope);
    const now = this.clock.now().getTime();
    const nowIso = new Date(now).toISOString();
    const [pendingStaff, pastExpiry, expired, openNeeds, pending] = await Promise.all([
      this.intros.find(allOf(scoped, { status: 'pending_staff' }), { sort: { createdAt: 1, _id: 1 } }),
      this.intros.find(allOf(scoped, { status: 'pending', expiresAt: { $lte: nowIso } }), { sort: { expiresAt: 1, _id: 1 } }),
      this.intros.find(
        allOf(scoped, { status: 'expired', updatedAt: { $gte: new Date(now - EXPIRED_LOOKBACK_DAYS * DAY_MS).toISOString() } }),
        { sort: { updatedAt: -1, _id: -1 } },
      ),
      this.needs.find(allOf(scoped, { status: 'open' })),
      this.intros.find(allOf(scoped, { status: 'pending' })),
    ]);
    const stale = await this.staleNeeds(openNeeds, now, query.days);
    const unanswered = this.unanswered(pending, now);

    const shownIntros = [...pendingStaff.slice(0, query.limit), ...[...pastExpiry, ...expired].slice(0, query.limit)];
    const profileIds = new Set<string>();
    for (const i of shownIntros) profileIds.add(i.fromProfileId).add(i.toProfileId);
    for (const s of stale.slice(0, query.limit)) profileIds.add(s.need.startupId);
    for (const id of unanswered.keys()) profileIds.add(id);
    const parties = new Map((await this.profiles.findMany([...profileIds])).map((p) => [p._id, p]));
    const helpers = [...unanswered.entries()]
      .map(([id, entry]) => ({ profile: parties.get(id), ...entry }))
      .filter((e): e is typeof e & { profile: ProfileDoc } => e.profile !== undefined && e.profile.kind !== 'startup')
      .sort((a, b) => a.oldestAt.localeCompare(b.oldestAt) || a.profile._id.localeCompare(b.profile._id));
    const policy = scope.province ? await this.policies.get(scope.province) : null;

    return {
      scope: { level: scope.level, province: scope.province, region: scope.region },
      generatedAt: nowIso,
      staleNeedDays: query.days ?? (policy ? (policy.staleNeedDays ?? DEFAULT_STALE_NEED_DAYS) : null),
      unansweredAfterDays: UNANSWERED_AFTER_DAYS,
      counts: {
        pendingStaff: pendingStaff.length,
        staleNeeds: stale.length,
        stalledIntros: pastExpiry.length + expired.length,
        unansweredExperts: helpers.length,
      },
      pendingStaff: pendingStaff
        .slice(0, query.limit)
        .map((i) => presentQueueIntro(i, parties, QUEUE_ACTIONS.pendingStaff, { overdue: i.expiresAt <= nowIso })),
      staleNeeds: stale.slice(0, query.limit).map((s) =>
        presentQueueNeed(s.need, parties, QUEUE_ACTIONS.staleNeed, {
          openSince: s.openSince,
          lastIntroAt: s.lastIntroAt,
          waitingDays: s.waitingDays,
        }),
      ),
      stalledIntros: [...pastExpiry, ...expired].slice(0, query.limit).map((i) =>
        presentQueueIntro(i, parties, QUEUE_ACTIONS.stalledIntro, {
          stalled: i.status === 'expired' ? ('expired' as const) : ('past_expiry' as const),
        }),
      ),
      unansweredExperts: helpers.slice(0, query.limit).map((h) => ({
        profile: presentVerifiedSummary(h.profile),
        pending: h.pending,
        oldestAt: h.oldestAt,
        introIds: h.introIds,
        actions: [...QUEUE_ACTIONS.unansweredExpert],
      })),
    };
  }

  /** Open needs that entered `open` at least N days ago and got no introduction in the last N days. */
  private async staleNeeds(open: NeedDoc[], now: number, override: number | undefined) {
    const policies = await this.policies.all();
    const thresholdOf = (province: string) => override ?? policies.get(province)?.staleNeedDays ?? DEFAULT_STALE_NEED_DAYS;
    const candidates = open
      .map((need) => ({ need, openSince: openSince(need), cutoff: new Date(now - thresholdOf(need.province) * DAY_MS).toISOString() }))
      .filter((c) => c.openSince <= c.cutoff);
    const lastIntro = new Map<string, string>();
    for (let i = 0; i < candidates.length; i += 500) {
      const ids = candidates.slice(i, i + 500).map((c) => c.need._id);
      for (const intro of await this.intros.find({ needId: { $in: ids } })) {
        const seen = lastIntro.get(intro.needId!);
        if (!seen || intro.createdAt > seen) lastIntro.set(intro.needId!, intro.createdAt);
      }
    }
    return candidates
      .map((c) => ({ ...c, lastIntroAt: lastIntro.get(c.need._id) ?? null }))
      .filter((c) => c.lastIntroAt === null || c.lastIntroAt <= c.cutoff)
      .map((c) => ({ ...c, waitingDays: daysBetween(c.lastIntroAt && c.lastIntroAt > c.openSince ? c.lastIntroAt : c.openSince, now) }))
      .sort((a, b) => b.waitingDays - a.waitingDays || a.need._id.localeCompare(b.need._id));
  }

  /** Awaited sides of pending intros that have waited UNANSWERED_AFTER_DAYS or more. */
  private unanswered(pending: IntroDoc[], now: number) {
    const cutoff = new Date(now - UNANSWERED_AFTER_DAYS * DAY_MS).toISOString();
    const byProfile = new Map<string, { pending: number; oldestAt: string; introIds: string[] }>();
    for (const intro of pending) {
      const since = pendingSince(intro);
      if (since > cutoff) continue;
      for (const id of intro.awaiting) {
        const entry = byProfile.get(id) ?? { pending: 0, oldestAt: since, introIds: [] };
        entry.pending++;
        if (since < entry.oldestAt) entry.oldestAt = since;
        entry.introIds.push(intro._id);
        byProfile.set(id, entry);
      }
    }
    return byProfile;
  }
}
