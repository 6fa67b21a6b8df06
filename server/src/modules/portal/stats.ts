// GET /api/public/stats: a province's (or region's, or the country's) figures for the public
// landing page, counts only. Profiles are counted as a visitor sees them: startups always,
// experts, investors and providers only from provinces whose sharing policy is `all`, never
// hidden or suspended ones. Needs, intros, consultations and outcomes come from the reports'
// own counters over all time. Answers are kept for a few minutes (the page is public) but dropped at
// the first change that can move a figure, so they are never older than the data.
import type { PublicStats, RegionCode } from '@ketnoi/contract';
import type { DomainEvents, EventBus } from '../../lib/events.js';
import { KeptAnswers } from './keptAnswers.js';
import { provincesInRegion } from '@ketnoi/seeds';
import type { Clock } from '../../lib/clock.js';
import { ValidationError } from '../../lib/errors.js';
import type { Filter } from '../../store/types.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { VisibilityRules } from '../profiles/visibility.js';
import type { ReportsService } from '../reports/service.js';
import { parsePeriod } from '../reports/period.js';
import type { Scope } from '../staff/policy.js';
import { staffScope } from '../staff/policy.js';
import type { PublicEvents } from './publicEvents.js';

/** How long a computed answer is served again, when nothing changed meanwhile. */
export const PUBLIC_STATS_TTL_MS = 5 * 60_000;

/** Changes that can move a public figure: each drops every kept answer. */
export const FIGURE_CHANGES = [
  'profile.saved',
  'account.suspended',
  'account.unsuspended',
  'policy.changed',
  'need.created',
  'need.status_changed',
  'intro.created',
  'intro.updated',
  'consultation.changed',
  'event.created',
  'event.updated',
  'event.registration',
] as const satisfies readonly (keyof DomainEvents)[];

export function publicScope(query: { province?: string | undefined; region?: RegionCode | undefined }): Scope {
  if (query.province && query.region) {
    throw new ValidationError('Give a province or a region, not both.', [{ path: 'query.region', message: 'conflicts with province' }]);
  }
  if (query.province) return { level: 'province', province: query.province, region: null, provinces: [query.province] };
  if (query.region) {
    return {
      level: 'region',
      province: null,
      region: query.region,
      provinces: provincesInRegion(query.region).map((p) => p.code as string),
    };
  }
  return { level: 'national', province: null, region: null, provinces: null };
}

export class PublicStatsService {
  private readonly answers: KeptAnswers<PublicStats>;

  constructor(
    private readonly profiles: ProfilesRepository,
    private readonly visibility: VisibilityRules,
    private readonly reports: ReportsService,
    private readonly events: PublicEvents,
    private readonly clock: Clock,
  ) {
    this.answers = new KeptAnswers(PUBLIC_STATS_TTL_MS, () => clock.now().getTime());
  }

  /** Drop kept answers (the data changed, or a new source of figures was wired in). */
  forget(): void {
    this.answers.forget();
  }

  /** Forget kept answers after every change that can move a figure. */
  watch(events: EventBus): void {
    this.answers.watch(events, FIGURE_CHANGES);
  }

  stats(scope: Scope): Promise<PublicStats> {
    const key = `${scope.level}:${scope.province ?? scope.region ?? ''}`;
    return this.answers.get(key, () => this.compute(scope, this.clock.now()));
  }

  /** Visible profiles of each kind in the scope, as a visitor (no province) would count them. */
  async profileCounts(scope: Scope): Promise<Record<'startup' | 'expert' | 'investor' | 'provider', number>> {
    const hidden = await this.visibility.hiddenProvincesFor(null);
    const base: Filter = { hidden: false, suspended: { $ne: true }, ...staffScope.filter(scope) };
    const count = (kind: string) =>
      this.profiles.collection.countDocuments({
        ...base,
        kind,
        ...(kind !== 'startup' && hidden.length ? { $and: [{ province: { $nin: hidden } }] } : {}),
      });
    const [startup, expert, investor, provider] = await Promise.all(['startup', 'expert', 'investor', 'provider'].map(count));
    return { startup: startup!, expert: expert!, investor: investor!, provider: provider! };
  }

  private async compute(scope: Scope, now: Date): Promise<PublicStats> {
    const [counts, figures, events] = await Promise.all([
      this.profileCounts(scope),
      this.reports.figures(scope, parsePeriod({}, now)),
      this.events.figures(scope, now.toISOString()),
    ]);
    return {
      scope: { level: scope.level, province: scope.province, region: scope.region },
      startups: counts.startup,
      experts: counts.expert,
      investors: counts.investor,
      providers: counts.provider,
      needs: { opened: figures.needs.totals.opened, resolved: figures.needs.totals.resolved },
      intros: { accepted: figures.intros.byStatus.accepted ?? 0 },
      consultations: { completed: figures.consultations.completed },
      outcomes: figures.outcomes,
      events,
    };
  }
}
