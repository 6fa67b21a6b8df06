// The public portal: what a province's startup portal shows anyone without an account — its
// figures (GET /api/public/stats), the title, description and share image of the public pages in
// the server's HTML, the sitemap and robots.txt. Events come in through a hook (publicEvents.ts).
import type { ApiRegistry } from '../../http/api.js';
import type { SiteHooks } from '../../http/static.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Logger } from '../../lib/logger.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { VisibilityRules } from '../profiles/visibility.js';
import type { ReportsService } from '../reports/service.js';
import { PageMetaService } from './meta.js';
import type { PublicCallsSource, PublicEventsSource } from './publicEvents.js';
import { PublicEvents } from './publicEvents.js';
import { registerPortalRoutes } from './routes.js';
import { Sitemap } from './sitemap.js';
import { PublicStatsService } from './stats.js';

export function buildPortal(d: {
  clock: Clock;
  events: EventBus;
  logger: Logger;
  origin: () => string;
  profiles: ProfilesRepository;
  visibility: VisibilityRules;
  reports: ReportsService;
}) {
  const events = new PublicEvents();
  const stats = new PublicStatsService(d.profiles, d.visibility, d.reports, events, d.clock);
  stats.watch(d.events);
  const meta = new PageMetaService({
    origin: d.origin,
    profiles: d.profiles,
    visibleToVisitor: (p) => d.visibility.mayOpen(null, p),
    stats,
    events,
    now: () => d.clock.now(),
  });
  const sitemap = new Sitemap({ origin: d.origin, profiles: d.profiles, visibility: d.visibility, events, clock: d.clock });
  sitemap.watch(d.events);
  const log = d.logger.child({ module: 'portal' });
  const site: SiteHooks = {
    pageMeta: (path, query) => meta.forPath(path, query),
    sitemap: (page) => sitemap.page(page),
    robots: () => sitemap.robots(),
    onError: (error) => log.warn({ err: error }, 'page meta failed; the generic page was sent'),
  };
  return {
    stats,
    site,
    /** Wire the events module in: `portal.useEvents(events.repository)`. */
    useEvents: (source: PublicEventsSource) => {
      events.use(source);
      stats.forget();
    },
    /** Wire the calls module in, for the share previews of a call's page and its results. */
    useCalls: (source: PublicCallsSource) => events.useCalls(source),
    routes: (api: ApiRegistry) => registerPortalRoutes(api, stats),
  };
}

export type PortalModule = ReturnType<typeof buildPortal>;
