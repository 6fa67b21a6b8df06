// The first screen of the regional calendar (/events), written into the server's HTML like the
// landing's (firstPaint.ts): the heading, the view and period switches, the filters and the first
// page of upcoming published events, with the markup, class names and Vietnamese words of
// client/src/pages/events/EventsPage.tsx, CalendarFilters.tsx and EventCard.tsx, so that React
// drawing the page over it moves nothing. Dates, hours and numbers are formatted as the client's
// lib/format.ts and eventView.ts do (vi-VN, Vietnam time). Every value is escaped.
import { EVENT_KINDS, NEED_CATEGORIES, type CalendarEvent } from '@ketnoi/contract';
import { needCategories, provinceByCode, provinces, regions } from '@ketnoi/seeds';
import { escapeHtml } from '../../http/pageMeta.js';
import { shell } from './firstPaint.js';

/** The client's Vietnamese words the calendar's first screen uses (client/src/i18n/vi/events.json). */
export const EVENTS_FIRST_PAINT_WORDS = {
  'events.calendar.title': 'Lịch sự kiện',
  'events.calendar.lead': 'Ngày hội khởi nghiệp, tập huấn, hội thảo và hội chợ của các tỉnh, trên một lịch chung.',
  'events.calendar.viewLabel': 'Cách xem',
  'events.calendar.view.list': 'Danh sách',
  'events.calendar.view.month': 'Tháng',
  'events.calendar.period': 'Thời gian',
  'events.calendar.upcoming': 'Sắp tới',
  'events.calendar.previousMonth': 'Tháng trước',
  'events.calendar.nextMonth': 'Tháng sau',
  'events.calendar.empty': 'Chưa có sự kiện sắp tới.',
  'events.calendar.emptyFiltered': 'Thử bỏ bớt bộ lọc để xem thêm.',
  'events.calendar.more': 'Xem thêm sự kiện',
  'events.month.label': 'Tháng {{month}}/{{year}}',
  'events.filters.label': 'Bộ lọc',
  'events.filters.province': 'Tỉnh, thành phố',
  'events.filters.allProvinces': 'Mọi tỉnh',
  'events.filters.region': 'Vùng',
  'events.filters.allRegions': 'Mọi vùng',
  'events.filters.kind': 'Loại',
  'events.filters.allKinds': 'Mọi loại',
  'events.filters.topic': 'Chủ đề',
  'events.filters.allTopics': 'Mọi chủ đề',
  'events.filters.clear': 'Bỏ lọc',
  'events.kind.startup_day': 'Ngày hội khởi nghiệp',
  'events.kind.competition': 'Cuộc thi',
  'events.kind.workshop': 'Hội thảo',
  'events.kind.training': 'Tập huấn',
  'events.kind.forum': 'Diễn đàn',
  'events.kind.trade_fair': 'Hội chợ, triển lãm',
  'events.kind.meetup': 'Gặp gỡ',
  'events.monthShort': 'Th{{month}}',
  // Vietnamese has one plural form: i18next picks `_other` for every count.
  'events.registeredCount_other': '{{formatted}} người đăng ký',
  'events.placesLeft_other': 'còn {{count}} chỗ',
  'events.full': 'đã đủ chỗ (nhận danh sách chờ)',
  'events.hasMeetings': 'có gặp 1-1',
  'events.online': 'Trực tuyến',
  'events.venueTbd': 'Địa điểm sẽ báo sau',
  'events.withCoOrganisers': '{{province}}, cùng {{others}}',
} as const;

type Word = keyof typeof EVENTS_FIRST_PAINT_WORDS;

/** A word with its `{{name}}` values filled in, escaped. */
const w = (key: Word, values: Record<string, string | number> = {}) =>
  escapeHtml(EVENTS_FIRST_PAINT_WORDS[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? '')));

const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const dateFmt = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE });
const timeFmt = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: TIME_ZONE });
const dayFmt = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const weekdayFmt = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, weekday: 'long' });
const numberFmt = new Intl.NumberFormat('vi-VN');

/** `YYYY-MM-DD` in Vietnam. */
const vietnamDay = (iso: string | Date) => dayFmt.format(new Date(iso));

/** "28/03/2026, 08:00–17:00", or both days when it spans several (eventView.ts whenText). */
function whenText(event: Pick<CalendarEvent, 'startsAt' | 'endsAt'>): string {
  const [start, end] = [new Date(event.startsAt), new Date(event.endsAt)];
  // The end is exclusive: an event ending at midnight ends that day, at 24:00.
  if (vietnamDay(start) === vietnamDay(new Date(end.getTime() - 1))) {
    const until = timeFmt.format(end);
    return `${dateFmt.format(start)}, ${timeFmt.format(start)}–${until === '00:00' ? '24:00' : until}`;
  }
  return `${dateFmt.format(start)} ${timeFmt.format(start)} – ${dateFmt.format(end)} ${timeFmt.format(end)}`;
}

const provinceName = (code: string) => provinceByCode(code)?.name ?? code;

export interface CalendarFilters {
  province?: string | undefined;
  region?: string | undefined;
  kind?: string | undefined;
  topic?: string | undefined;
}

/** A filter as CalendarFilters draws it: its label over a select of every choice. */
function select(name: keyof CalendarFilters, selected: string, options: { value: string; label: string }[]): string {
  const option = (value: string, text: string) =>
    `<option value="${escapeHtml(value)}"${value === selected ? ' selected=""' : ''}>${escapeHtml(text)}</option>`;
  const all =
    `events.filters.all${name === 'province' ? 'Provinces' : name === 'region' ? 'Regions' : name === 'kind' ? 'Kinds' : 'Topics'}` as const;
  return (
    `<label class="calendar-filter"><span>${w(`events.filters.${name}`)}</span><select class="input input--small">` +
    `${option('', EVENTS_FIRST_PAINT_WORDS[all])}${options.map((o) => option(o.value, o.label)).join('')}</select></label>`
  );
}

function filtersBox(filters: CalendarFilters): string {
  const sortedProvinces = provinces.slice().sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const active = Object.values(filters).filter(Boolean).length;
  return (
    `<div class="calendar-filters-box"><div class="calendar-filters" role="group" aria-label="${w('events.filters.label')}">` +
    select(
      'province',
      filters.province ?? '',
      sortedProvinces.map((p) => ({ value: p.code, label: p.name })),
    ) +
    select(
      'region',
      filters.region ?? '',
      regions.map((r) => ({ value: r.code, label: r.vi })),
    ) +
    select(
      'kind',
      filters.kind ?? '',
      EVENT_KINDS.map((k) => ({ value: k, label: EVENTS_FIRST_PAINT_WORDS[`events.kind.${k}`] })),
    ) +
    select(
      'topic',
      filters.topic ?? '',
      NEED_CATEGORIES.map((c) => ({ value: c, label: needCategories.find((n) => n.code === c)?.vi ?? c })),
    ) +
    `</div>${active > 0 ? `<button type="button" class="btn btn--ghost btn--small">${w('events.filters.clear')}</button>` : ''}</div>`
  );
}

/** The list view's switches: list or month, upcoming or a month (the current one in Vietnam). */
function calendarBar(now: Date): string {
  const month = vietnamDay(now).slice(0, 7);
  const button = (attrs: string, text: string) => `<button type="button" class="btn btn--ghost btn--small"${attrs}>${text}</button>`;
  return (
    `<div class="calendar-bar"><div class="segmented" role="group" aria-label="${w('events.calendar.viewLabel')}">` +
    `<button type="button" class="segmented__option" aria-pressed="true">${w('events.calendar.view.list')}</button>` +
    `<button type="button" class="segmented__option" aria-pressed="false">${w('events.calendar.view.month')}</button></div>` +
    `<div class="period" role="group" aria-label="${w('events.calendar.period')}">` +
    button(' aria-pressed="true"', w('events.calendar.upcoming')) +
    button(` aria-label="${w('events.calendar.previousMonth')}"`, '‹') +
    `<button type="button" class="btn btn--ghost btn--small period__month" aria-pressed="false">` +
    `${w('events.month.label', { month: Number(month.slice(5)), year: month.slice(0, 4) })}</button>` +
    button(` aria-label="${w('events.calendar.nextMonth')}"`, '›') +
    `</div></div>`
  );
}

/** One event as EventCard draws it (published events only: no status badge). */
export function eventCard(event: CalendarEvent): string {
  const day = vietnamDay(event.startsAt);
  const places = event.capacity === null ? null : Math.max(0, event.capacity - event.registered);
  const organisers = event.coOrganizers.length
    ? w('events.withCoOrganisers', { province: provinceName(event.province), others: event.coOrganizers.map(provinceName).join(', ') })
    : escapeHtml(provinceName(event.province));
  const where = event.venue ? escapeHtml(event.venue.name) : event.online ? w('events.online') : w('events.venueTbd');
  const placesText = places === null ? '' : places > 0 ? ` · ${w('events.placesLeft_other', { count: places })}` : ` · ${w('events.full')}`;
  return (
    `<li class="card event-card" data-testid="event-card"><div class="event-card__date" aria-hidden="true">` +
    `<span class="event-card__weekday">${escapeHtml(weekdayFmt.format(new Date(event.startsAt)))}</span>` +
    `<span class="event-card__day">${day.slice(8)}</span>` +
    `<span class="event-card__month">${w('events.monthShort', { month: Number(day.slice(5, 7)) })}</span></div>` +
    `<div class="event-card__body"><span class="event-badges"><span class="kind kind--${escapeHtml(event.kind)}">${w(`events.kind.${event.kind}`)}</span></span>` +
    `<h2 class="event-card__title"><a href="/events/${escapeHtml(encodeURIComponent(event.id))}">${escapeHtml(event.title)}</a></h2>` +
    `<p class="event-card__meta"><span>${escapeHtml(whenText(event))}</span><span>${where}</span><span>${organisers}</span></p>` +
    `<p class="event-card__places muted">${w('events.registeredCount_other', { formatted: numberFmt.format(event.registered) })}` +
    `${placesText}${event.meetings ? ` · ${w('events.hasMeetings')}` : ''}</p></div></li>`
  );
}

/** `/events` (list view, upcoming): the page as a visitor first sees it. */
export function eventsFirstPaint(p: { events: CalendarEvent[]; more: boolean; filters: CalendarFilters; now: Date }): string {
  const filtered = Object.values(p.filters).some(Boolean);
  const list = p.events.length
    ? `<ul class="plain-list event-list">${p.events.map(eventCard).join('')}</ul>` +
      (p.more ? `<button type="button" class="btn btn--secondary btn--block">${w('events.calendar.more')}</button>` : '')
    : `<div class="state state--empty"><p class="state__title">${w('events.calendar.empty')}</p>` +
      `${filtered ? `<p>${w('events.calendar.emptyFiltered')}</p>` : ''}</div>`;
  return shell(
    `<div class="page page--wide events-page"><div class="page__head"><div><h1>${w('events.calendar.title')}</h1>` +
      `<p class="muted">${w('events.calendar.lead')}</p></div></div>` +
      calendarBar(p.now) +
      filtersBox(p.filters) +
      list +
      `</div>`,
  );
}
