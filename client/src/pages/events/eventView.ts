// How the events pages read an event: who may organise it, its day and hours in Vietnam time,
// where it happens, and the calendar's period in the URL.
import type { CalendarEvent, Me } from '@ketnoi/contract';
import { dateFormatter, formatDate, formatTime, vietnamDay } from '../../lib/format.js';

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Staff of the organising or a co-organising province, and admins: the door, the desk, the list. */
export function canOrganise(me: Me | null | undefined, event: Pick<CalendarEvent, 'province' | 'coOrganizers'>): boolean {
  const user = me?.user;
  if (!user) return false;
  if (user.role === 'admin') return true;
  return user.role === 'staff' && !!user.province && (user.province === event.province || event.coOrganizers.includes(user.province));
}

/** Staff of the organising province, and admins: change, publish, cancel, re-plan. */
export function canManage(me: Me | null | undefined, event: Pick<CalendarEvent, 'province'>): boolean {
  const user = me?.user;
  return user?.role === 'admin' || (user?.role === 'staff' && user.province === event.province);
}

export const isStaff = (me: Me | null | undefined) => me?.user.role === 'staff' || me?.user.role === 'admin';

/** "Thứ bảy" / "Saturday" of an instant in Vietnam, in the interface language. */
export function weekday(value: string | Date, lang: string): string {
  return dateFormatter(lang.startsWith('en') ? 'en-GB' : 'vi-VN', { timeZone: TIME_ZONE, weekday: 'long' }).format(new Date(value));
}

/** "28/03/2026, 08:00–17:00", or both days when it spans several. */
export function whenText(event: Pick<CalendarEvent, 'startsAt' | 'endsAt'>): string {
  if (vietnamDay(event.startsAt) === lastVietnamDay(event.endsAt))
    return `${formatDate(event.startsAt)}, ${formatTime(event.startsAt)}–${endTime(event.endsAt)}`;
  return `${formatDate(event.startsAt)} ${formatTime(event.startsAt)} – ${formatDate(event.endsAt)} ${formatTime(event.endsAt)}`;
}

/** The Vietnam day an event ends on: its end is exclusive, so an end at midnight closes the day before. */
export const lastVietnamDay = (endsAt: string) => vietnamDay(new Date(Date.parse(endsAt) - 1));

/** An end time, 24:00 for midnight (the close of the day it ends). */
function endTime(endsAt: string): string {
  const time = formatTime(endsAt);
  return time === '00:00' ? '24:00' : time;
}

/** "08:00–08:20" */
export const hoursText = (slot: { startsAt: string; endsAt: string }) => `${formatTime(slot.startsAt)}–${endTime(slot.endsAt)}`;

/** The current month in Vietnam, `YYYY-MM`. */
export const thisMonth = (now = new Date()) => vietnamDay(now).slice(0, 7);

/** `YYYY-MM` moved by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** `?from=&to=` of a month: the Vietnam days the server reads as that month. */
export function monthRange(month: string): { from: string; to: string } {
  return { from: `${month}-01`, to: `${shiftMonth(month, 1)}-01` };
}

export const isMonth = (value: string | null | undefined): value is string => !!value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
