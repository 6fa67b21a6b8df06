// Dates and money for Vietnamese users: always the vi-VN conventions (dd/mm/yyyy, 24-hour clock,
// "1.500.000 ₫"), whatever the interface language, because the data is Vietnamese.
const LOCALE = 'vi-VN';
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * Formatters are made on first use and kept: building an Intl formatter loads locale data, and
 * making them at module load or once per call cost a phone tens of milliseconds of blocked
 * start-up on /events (Lighthouse trace: five at load, four per event card).
 */
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** A month as the reader's texts name it: its name in English ("December", "Dec"), its number in Vietnamese ("12"). */
export function monthText(month: number, lang: string, width: 'long' | 'short' = 'long'): string {
  if (!lang.startsWith('en')) return String(month);
  return dateFormatter('en-GB', { month: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 15)));
}

/** The one Intl.DateTimeFormat for this locale and these options. */
export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) dateFormatters.set(key, (formatter = new Intl.DateTimeFormat(locale, options)));
  return formatter;
}

function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const vnd = lazy(() => new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }));
const number = lazy(() => new Intl.NumberFormat(LOCALE));
const dateFmt = () => dateFormatter(LOCALE, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE });
const dateTimeFmt = () =>
  dateFormatter(LOCALE, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: TIME_ZONE,
  });
const timeFmt = () => dateFormatter(LOCALE, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: TIME_ZONE });

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatVnd(amount: number | null | undefined): string {
  return typeof amount === 'number' && Number.isFinite(amount) ? vnd().format(amount) : '—';
}

export function formatVndRange(range: { min: number; max: number } | null | undefined): string {
  if (!range) return '—';
  return `${formatVnd(range.min)} – ${formatVnd(range.max)}`;
}

export function formatNumber(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? number().format(value) : '—';
}

export function formatPercent(fraction: number): string {
  return `${Math.round(Math.max(0, Math.min(1, fraction)) * 100)}%`;
}

export function formatDate(value: string | Date | null | undefined): string {
  const date = value ? toDate(value) : null;
  return date ? dateFmt().format(date) : '—';
}

export function formatDateTime(value: string | Date | null | undefined): string {
  const date = value ? toDate(value) : null;
  return date ? dateTimeFmt().format(date) : '—';
}

export function formatTime(value: string | Date | null | undefined): string {
  const date = value ? toDate(value) : null;
  return date ? timeFmt().format(date) : '—';
}

/** "5 phút trước" / "5 minutes ago" in the interface language. */
export function formatRelative(value: string | Date, lang: string, now: Date = new Date()): string {
  const date = toDate(value);
  if (!date) return '—';
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(lang.startsWith('en') ? 'en' : LOCALE, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(seconds, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  if (abs < 30 * 86_400) return rtf.format(Math.round(seconds / 86_400), 'day');
  return formatDate(date);
}

/** Value for <input type="datetime-local"> in Vietnam time from an ISO string. */
export function toLocalInput(value: string | Date): string {
  const date = toDate(value);
  if (!date) return '';
  const parts = Object.fromEntries(
    dateFormatter('en-CA', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const hour = parts.hour === '24' ? '00' : parts.hour;
  return `${parts.year}-${parts.month}-${parts.day}T${hour}:${parts.minute}`;
}

/** ISO UTC string from a datetime-local value read as Vietnam time (UTC+7, no daylight saving). */
export function fromLocalInput(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h - 7, mi)).toISOString();
}

/**
 * A report period from two YYYY-MM-DD date inputs, as the server reads periods: a bare date is
 * the start of that Vietnam day and `to` is exclusive, so the last chosen day is sent as the day
 * after it (1–31 March → from=2026-03-01&to=2026-04-01). An empty or partial input is left out.
 */
export function reportPeriod(from: string, to: string): { from?: string; to?: string } {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const next = (value: string) => new Date(Date.parse(`${value}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    ...(day.test(from) ? { from } : {}),
    ...(day.test(to) && !Number.isNaN(Date.parse(to)) ? { to: next(to) } : {}),
  };
}

/** A YYYY-MM-DD date input as the start (or end) of that day in Vietnam, ISO UTC. */
export function dayBoundary(value: string, end = false): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  return fromLocalInput(`${value}T${end ? '23:59' : '00:00'}`) ?? undefined;
}

/** `YYYY-MM-DD` of an instant in Vietnam (the product's days, whatever the browser's time zone). */
export function vietnamDay(value: string | Date): string {
  return dateFormatter('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(value));
}

/** The year it is in Vietnam now. */
export const vietnamYear = (now: Date = new Date()) => Number(vietnamDay(now).slice(0, 4));
