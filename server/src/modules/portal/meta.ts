// The title, description, image and address of the public pages, for the HTML the server sends
// (http/pageMeta.ts writes them into the web client's shell): a link pasted into Zalo or Facebook
// shows the startup's name, headline and logo. Only what a visitor may see: a hidden profile, one
// of a province that does not share, or an unpublished event answers 404 with the generic page.
import { EventListQuery, ProvinceInput } from '@ketnoi/contract';
import { provinceByCode, referencePayload } from '@ketnoi/seeds';
import type { PageMeta } from '../../http/pageMeta.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { ProfileDoc } from '../profiles/repository.js';
import type { PublicCallDoc, PublicEventDoc, PublicEvents } from './publicEvents.js';
import type { PublicStatsService } from './stats.js';
import { publicScope } from './stats.js';
import { landingFirstPaint, profileFirstPaint } from './firstPaint.js';
import { eventsFirstPaint, type CalendarFilters } from './eventsFirstPaint.js';

const SITE = 'KếtNối';
const TAGLINE = 'Kết nối khởi nghiệp với chuyên gia, nhà đầu tư và đơn vị hỗ trợ của tỉnh';
/** The default share image (web client's public folder). */
export const DEFAULT_IMAGE_PATH = '/og-image.png';
const DESCRIPTION_CHARS = 200;
/** The calendar list's page size (client/src/api/hooks/events.ts useEventList). */
const CALENDAR_PAGE = 20;

/** One line, at most `max` characters, cut at a word. */
export function summary(text: string, max = DESCRIPTION_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

const provinceName = (code: string) => provinceByCode(code)?.name ?? code;

/** A path segment decoded, or null when it is not valid percent-encoding (no such page, rather than a failure). */
function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

const vietnamDate = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: 'numeric', month: 'numeric', year: 'numeric' }).format(
    new Date(iso),
  );

/** "08:00 28/12/2026", in Vietnam time whatever the server's zone (as the web client writes it). */
function vietnamTime(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}`;
}

/** Where a call stands for someone reading the preview: open until when, not yet open, closed, or decided. */
function callWindow(call: PublicCallDoc, now: Date): string {
  if (call.resultsPublishedAt) return `Đã công bố kết quả ngày ${vietnamDate(call.resultsPublishedAt)}`;
  const closes = vietnamTime(call.closesAt);
  if (call.opensAt && now < new Date(call.opensAt)) return `Nhận hồ sơ từ ${vietnamTime(call.opensAt)} đến ${closes}`;
  if (now <= new Date(call.closesAt)) return `Nhận hồ sơ đến ${closes}`;
  return `Đã hết hạn nộp hồ sơ (${closes})`;
}

function firstProductWithPhoto(profile: ProfileDoc): { name: string; photoFileId: string } | undefined {
  for (const product of profile.products ?? []) {
    const photo = product.photoFileIds?.[0];
    if (photo) return { name: product.name, photoFileId: photo };
  }
  return undefined;
}

export interface PageMetaDeps {
  origin: () => string;
  profiles: ProfilesRepository;
  /** As a visitor: not hidden or suspended, allowed by the sharing policy. */
  visibleToVisitor: (profile: ProfileDoc) => Promise<boolean>;
  stats: PublicStatsService;
  events: PublicEvents;
  now: () => Date;
}

export class PageMetaService {
  constructor(private readonly d: PageMetaDeps) {}

  /** Meta for a client route, or null when the path is not one of the public pages. */
  async forPath(path: string, query: Record<string, unknown>): Promise<PageMeta | null> {
    const province = this.province(query.province);
    if (path === '/' || path === '') return this.landing(province);
    if (path === '/events' || path === '/events/') return this.eventsPage(province, query);
    const profile = /^\/p\/([^/]+)\/?$/.exec(path);
    if (profile) {
      const id = decoded(profile[1]!);
      return id === null ? this.notFound(path) : this.profilePage(id);
    }
    const callPage = /^\/events\/([^/]+)\/(call|results)\/?$/.exec(path);
    if (callPage) {
      const id = decoded(callPage[1]!);
      return id === null ? this.notFound(path) : this.callPage(id, callPage[2] as 'call' | 'results');
    }
    const event = /^\/events\/([^/]+)\/?$/.exec(path);
    // /events/new is the staff's new-event form, a client route like any other, not an event id.
    if (event && event[1] === 'new') return null;
    if (event) {
      const id = decoded(event[1]!);
      return id === null ? this.notFound(path) : this.eventPage(id);
    }
    return null;
  }

  private province(value: unknown): string | null {
    if (typeof value !== 'string' || !value) return null;
    const parsed = ProvinceInput.safeParse(value);
    return parsed.success ? parsed.data : null;
  }

  private url(path: string): string {
    return `${this.d.origin()}${path}`;
  }

  private page(fields: Omit<PageMeta, 'image' | 'siteName'> & { image?: string }): PageMeta {
    // A page the server draws comes with the reference data its client asks for first (2–3 KB gzip).
    const data = fields.firstPaint ? { reference: this.reference, ...fields.data } : undefined;
    return { ...fields, image: fields.image ?? this.url(DEFAULT_IMAGE_PATH), siteName: SITE, ...(data ? { data } : {}) };
  }

  private readonly reference = referencePayload();

  private async landing(province: string | null): Promise<PageMeta> {
    // The figures the landing page itself asks for, from the same few-minute cache.
    const counts = await this.d.stats.stats(publicScope(province ? { province } : {}));
    const where = province ? provinceName(province) : 'Việt Nam';
    const figures =
      `${counts.startups} dự án khởi nghiệp, ${counts.experts} chuyên gia, ${counts.investors} nhà đầu tư ` +
      `và ${counts.providers} đơn vị hỗ trợ tại ${where}.`;
    return this.page({
      title: province ? `Khởi nghiệp ${where} — ${SITE}` : `${SITE} — ${TAGLINE}`,
      description: summary(`${figures} Tìm kiếm, xem sản phẩm và sự kiện, kết nối miễn phí.`),
      url: this.url(province ? `/?province=${province}` : '/'),
      type: 'website',
      firstPaint: landingFirstPaint(province ? { code: province, name: where } : null),
    });
  }

  private async eventsPage(province: string | null, query: Record<string, unknown>): Promise<PageMeta> {
    const where = province ? ` ${provinceName(province)}` : '';
    return this.page({
      title: `Sự kiện khởi nghiệp${where} — ${SITE}`,
      description: `Ngày hội khởi nghiệp, cuộc thi, hội thảo, tập huấn và hội chợ${where}: lịch chung của các tỉnh, đăng ký trực tuyến.`,
      url: this.url(province ? `/events?province=${province}` : '/events'),
      type: 'website',
      ...(await this.calendarFirstPaint(query)),
    });
  }

  /** The upcoming list as a visitor sees it; the month view, a chosen month and drafts are left to the client. */
  private async calendarFirstPaint(query: Record<string, unknown>): Promise<Pick<PageMeta, 'firstPaint' | 'data'>> {
    if (query.view !== undefined || query.month !== undefined || query.status !== undefined) return {};
    // The filters the client sends (a filter it would not accept leaves the page to the client).
    const filters: CalendarFilters = {};
    for (const key of ['province', 'region', 'kind', 'topic'] as const) {
      if (typeof query[key] === 'string' && query[key]) filters[key] = query[key];
    }
    const parsed = EventListQuery.safeParse({ ...filters, limit: CALENDAR_PAGE });
    if (!parsed.success) return {};
    const calendar = await this.d.events.calendar(parsed.data);
    if (!calendar) return {};
    return {
      firstPaint: eventsFirstPaint({ events: calendar.items, more: calendar.nextCursor !== null, filters, now: this.d.now() }),
      // The same page the client's list asks for with these filters, so it starts from it.
      data: { calendar },
    };
  }

  private async profilePage(id: string): Promise<PageMeta> {
    const profile = await this.d.profiles.findById(id);
    if (!profile || !(await this.d.visibleToVisitor(profile))) return this.notFound(`/p/${encodeURIComponent(id)}`);
    const place = provinceName(profile.province);
    const stars = (profile.products ?? []).some((p) => p.ocopStars) ? ' Sản phẩm OCOP.' : '';
    return this.page({
      title: `${profile.name} — ${SITE}`,
      description: summary(`${profile.headline || profile.about || profile.name} · ${place}.${stars}`),
      url: this.url(`/p/${encodeURIComponent(profile._id)}`),
      type: 'profile',
      ...(profile.logoFileId ? { image: this.url(`/api/files/${encodeURIComponent(profile.logoFileId)}`) } : {}),
      firstPaint: profileFirstPaint({
        id: profile._id,
        kind: profile.kind,
        name: profile.name,
        headline: profile.headline,
        verified: profile.verified,
        provinceName: place,
        commune: profile.commune,
        logoFileId: profile.logoFileId,
        firstProduct: firstProductWithPhoto(profile),
      }),
    });
  }

  private async eventPage(id: string): Promise<PageMeta> {
    const event = await this.d.events.find(id);
    if (!event) return this.notFound(`/events/${encodeURIComponent(id)}`);
    return this.eventMeta(event, `/events/${encodeURIComponent(event._id)}`);
  }

  private eventMeta(event: PublicEventDoc, path: string): PageMeta {
    return this.page({
      title: `${event.title} — ${SITE}`,
      description: summary(`${vietnamDate(event.startsAt)} · ${provinceName(event.province)}. ${event.description}`),
      url: this.url(path),
      type: 'article',
    });
  }

  /**
   * A competition's rules page or its results, the links a province shares to call for entries and
   * to announce the winners: the preview says what the page is and where the call stands.
   */
  private async callPage(id: string, page: 'call' | 'results'): Promise<PageMeta> {
    const path = `/events/${encodeURIComponent(id)}/${page}`;
    const event = await this.d.events.find(id);
    if (!event) return this.notFound(path);
    const call = await this.d.events.call(event._id);
    if (!call) return this.eventMeta(event, path);
    const where = provinceName(event.province);
    if (page === 'results')
      return this.page({
        title: `Kết quả: ${event.title} — ${SITE}`,
        description: call.resultsPublishedAt
          ? `Bảng xếp hạng các bài dự thi, công bố ngày ${vietnamDate(call.resultsPublishedAt)} · ${where}.`
          : `Kết quả chưa công bố. ${callWindow(call, this.d.now())} · ${where}.`,
        url: this.url(path),
        type: 'article',
      });
    return this.page({
      title: `Cuộc thi: ${event.title} — ${SITE}`,
      description: summary(
        `${callWindow(call, this.d.now())} · ${where}. Xem thể lệ, tiêu chí chấm điểm và nộp hồ sơ trực tuyến. ${event.description}`,
      ),
      url: this.url(path),
      type: 'article',
    });
  }

  private notFound(path: string): PageMeta {
    return this.page({
      title: `Không tìm thấy trang — ${SITE}`,
      description: TAGLINE,
      url: this.url(path),
      type: 'website',
      status: 404,
    });
  }
}
