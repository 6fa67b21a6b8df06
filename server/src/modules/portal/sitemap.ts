// /sitemap.xml and /robots.txt: the public pages a search engine may list — the landing page of
// the country and of each province, the events calendar, every profile a visitor may see and every
// published event. Past 50 000 addresses (the sitemaps.org limit) /sitemap.xml becomes an index of
// /sitemap-<n>.xml pages.
import { provinceCodes } from '@ketnoi/seeds';
import type { Clock } from '../../lib/clock.js';
import type { DomainEvents, EventBus } from '../../lib/events.js';
import type { Filter } from '../../store/types.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { VisibilityRules } from '../profiles/visibility.js';
import { KeptAnswers } from './keptAnswers.js';
import type { PublicEvents } from './publicEvents.js';

export const SITEMAP_PAGE_SIZE = 45_000;
const SITEMAP_TTL_MS = 10 * 60_000;
const MAX_EVENTS = 5_000;

const xml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

interface Entry {
  path: string;
  lastmod?: string;
}

/** Changes that can add or remove an address. */
export const SITEMAP_CHANGES = [
  'profile.saved',
  'account.suspended',
  'account.unsuspended',
  'policy.changed',
  'event.created',
  'event.updated',
] as const satisfies readonly (keyof DomainEvents)[];

export class Sitemap {
  private readonly answers: KeptAnswers<string | null>;

  constructor(
    private readonly d: {
      origin: () => string;
      profiles: ProfilesRepository;
      visibility: VisibilityRules;
      events: PublicEvents;
      clock: Clock;
      /** Profiles per sitemap page (tests use a small one). */
      pageSize?: number;
    },
  ) {
    this.answers = new KeptAnswers(SITEMAP_TTL_MS, () => d.clock.now().getTime());
  }

  /** Forget kept pages after every change that can add or remove an address. */
  watch(events: EventBus): void {
    this.answers.watch(events, SITEMAP_CHANGES);
  }

  private get pageSize(): number {
    return this.d.pageSize ?? SITEMAP_PAGE_SIZE;
  }

  robots(): string {
    return ['User-agent: *', 'Allow: /', 'Allow: /api/files/', 'Disallow: /api/', `Sitemap: ${this.d.origin()}/sitemap.xml`, ''].join('\n');
  }

  /** `page` 0 is /sitemap.xml (the whole list, or the index when there are too many); n ≥ 1 is /sitemap-n.xml. Null: no such page. */
  page(page: number): Promise<string | null> {
    return this.answers.get(String(page), () => this.build(page));
  }

  private async visibleProfiles(): Promise<Filter> {
    const restriction = await this.d.visibility.filterFor(null);
    const base: Filter = { hidden: false, suspended: { $ne: true } };
    return restriction ? { $and: [base, restriction] } : base;
  }

  private async build(page: number): Promise<string | null> {
    const filter = await this.visibleProfiles();
    const total = await this.d.profiles.collection.countDocuments(filter);
    const pages = Math.max(1, Math.ceil(total / this.pageSize));
    if (page === 0 && pages > 1) return this.index(pages);
    if (page > pages || (page >= 1 && pages === 1)) return null;
    const index = Math.max(page, 1) - 1;
    const entries: Entry[] = [];
    if (index === 0) {
      entries.push({ path: '/' }, { path: '/events' }, ...provinceCodes.map((code) => ({ path: `/?province=${code}` })));
      for (const e of await this.d.events.listed(MAX_EVENTS))
        entries.push({ path: `/events/${encodeURIComponent(e._id)}`, lastmod: e.updatedAt });
    }
    const profiles = await this.d.profiles.collection.find(filter, {
      sort: { _id: 1 },
      skip: index * this.pageSize,
      limit: this.pageSize,
      projection: { _id: 1, updatedAt: 1 },
    });
    for (const p of profiles) entries.push({ path: `/p/${encodeURIComponent(p._id)}`, lastmod: p.updatedAt });
    return this.urlset(entries);
  }

  private urlset(entries: Entry[]): string {
    const origin = this.d.origin();
    const urls = entries.map(
      (e) => `  <url><loc>${xml(origin + e.path)}</loc>${e.lastmod ? `<lastmod>${xml(e.lastmod.slice(0, 10))}</lastmod>` : ''}</url>`,
    );
    return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  }

  private index(pages: number): string {
    const origin = this.d.origin();
    const items = Array.from({ length: pages }, (_, i) => `  <sitemap><loc>${xml(`${origin}/sitemap-${i + 1}.xml`)}</loc></sitemap>`);
    return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
  }
}
