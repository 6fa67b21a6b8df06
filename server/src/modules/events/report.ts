// GET /api/reports/events and the `events` CSV export: what a department needs to show an event
// was worth it. Same scope rules as the summary (staff: their province; admins: a province, a
// region or the country). Every figure is counted from the documents, so it can be checked by
// hand; the definitions are in docs/EVENTS.md "Report".
import { EVENT_KIND_LABELS, EVENT_KINDS, type EventsReport as EventsReportBody, type EventsReportQuery } from '@ketnoi/contract';
import type { z } from 'zod';
import type { AuthUser } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import { DAY_MS } from '../../lib/clock.js';
import { allOf } from '../../lib/filters.js';
import type { Filter } from '../../store/types.js';
import type { IntrosRepository } from '../intros/repository.js';
import { label, type Lang } from '../reports/labels.js';
import { type Period, parsePeriod, vietnamLocal } from '../reports/period.js';
import { type Sheet, sheetOf } from '../reports/sheet.js';
import { type Scope, staffScope } from '../staff/policy.js';
import type { MeetingsRepository } from './meetingsRepository.js';
import type { RegistrationsRepository } from './registrationsRepository.js';
import type { EventDoc, EventsRepository } from './repository.js';

export const INTROS_AFTER_DAYS = 30;

export type EventsReportParams = z.output<typeof EventsReportQuery>;

export interface EventFigures {
  event: EventDoc;
  registered: number;
  waitlisted: number;
  checkedIn: number;
  requested: number;
  accepted: number;
  scheduled: number;
  /** Ids of intros requested between two of its registrants within 30 days after it ended. */
  introsAfter: string[];
}

const HELD = ['published', 'completed'];
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const noShow = (registered: number, checkedIn: number) => (registered > 0 ? round4((registered - checkedIn) / registered) : null);

export class EventsReport {
  constructor(
    private readonly events: EventsRepository,
    private readonly registrations: RegistrationsRepository,
    private readonly meetings: MeetingsRepository,
    private readonly intros: IntrosRepository,
    private readonly clock: Clock,
  ) {}

  async report(user: AuthUser, query: EventsReportParams): Promise<EventsReportBody> {
    const scope = staffScope.listScope(user, query);
    const period = parsePeriod(query, this.clock.now());
    const rows = await this.figures(scope, period);
    const held = rows.filter((r) => HELD.includes(r.event.status));
    const sum = (f: (r: EventFigures) => number) => held.reduce((n, r) => n + f(r), 0);
    const byKind = Object.fromEntries(EVENT_KINDS.map((k) => [k, held.filter((r) => r.event.kind === k).length]));
    const registrations = sum((r) => r.registered);
    const checkedIn = sum((r) => r.checkedIn);
    return {
      period: { from: period.from, to: period.to, timeZone: 'Asia/Ho_Chi_Minh (UTC+7)' },
      scope: { level: scope.level, province: scope.province, region: scope.region, provinces: scope.provinces },
      events: { total: held.length, byKind, cancelled: rows.length - held.length },
      registrations,
      waitlisted: sum((r) => r.waitlisted),
      checkedIn,
      noShowRate: noShow(registrations, checkedIn),
      meetings: { requested: sum((r) => r.requested), accepted: sum((r) => r.accepted), scheduled: sum((r) => r.scheduled) },
      introsAfterEvents: new Set(held.flatMap((r) => r.introsAfter)).size,
    };
  }

  /** One row per event of the scope that started in the period (cancelled ones included, marked). */
  async sheet(user: AuthUser, query: EventsReportParams, lang: Lang): Promise<{ sheet: Sheet; scope: Scope; period: Period }> {
    const scope = staffScope.listScope(user, query);
    const period = parsePeriod(query, this.clock.now());
    const rows = await this.figures(scope, period);
    const sheet = sheetOf<EventFigures>(
      rows,
      [
        ['Mã sự kiện', 'Event ID', (r) => r.event._id],
        ['Bắt đầu', 'Starts at, UTC+7', (r) => vietnamLocal(r.event.startsAt)],
        ['Kết thúc', 'Ends at, UTC+7', (r) => vietnamLocal(r.event.endsAt)],
        ['Loại', 'Kind', (r) => EVENT_KIND_LABELS[r.event.kind][lang]],
        ['Tên sự kiện', 'Title', (r) => r.event.title],
        ['Tỉnh/thành tổ chức', 'Organiser', (r) => label.province(r.event.province, lang)],
        ['Đồng tổ chức', 'Co-organisers', (r) => r.event.coOrganizers.map((p) => label.province(p, lang)).join('; ')],
        ['Trạng thái', 'Status', (r) => label.status(r.event.status, lang) || r.event.status],
        ['Số chỗ', 'Capacity', (r) => r.event.capacity ?? ''],
        ['Đăng ký', 'Registered', (r) => r.registered],
        ['Danh sách chờ', 'Waitlisted', (r) => r.waitlisted],
        ['Đã check-in', 'Checked in', (r) => r.checkedIn],
        ['Tỷ lệ vắng mặt', 'No-show rate', (r) => noShow(r.registered, r.checkedIn) ?? ''],
        ['Lịch gặp được đề nghị', 'Meetings requested', (r) => r.requested],
        ['Lịch gặp được nhận', 'Meetings accepted', (r) => r.accepted],
        ['Lịch gặp đã xếp bàn', 'Meetings scheduled', (r) => r.scheduled],
        ['Giới thiệu sau sự kiện (30 ngày)', 'Intros within 30 days after', (r) => r.introsAfter.length],
      ],
      lang,
    );
    return { sheet, scope, period };
  }

  /** Figures of every non-draft event of the scope that started within the period, soonest first. */
  async figures(scope: Scope, period: Period): Promise<EventFigures[]> {
    const where: Filter = scope.provinces === null ? {} : { provinces: { $in: scope.provinces } };
    const started = allOf(
      where,
      { status: { $in: [...HELD, 'cancelled'] } },
      { startsAt: { $lt: period.to } },
      period.from ? { startsAt: { $gte: period.from } } : {},
    );
    const events = await this.events.find(started, { sort: { startsAt: 1, _id: 1 } });
    if (events.length === 0) return [];
    const ids = events.map((e) => e._id);
    const [regs, meetings] = await Promise.all([
      this.registrations.find({ eventId: { $in: ids } }),
      this.meetings.find({ eventId: { $in: ids } }),
    ]);
    const now = this.clock.now().toISOString();
    const rows: EventFigures[] = [];
    for (const event of events) {
      const mine = regs.filter((r) => r.eventId === event._id);
      const registered = mine.filter((r) => r.status === 'registered');
      const its = meetings.filter((m) => m.eventId === event._id);
      rows.push({
        event,
        registered: registered.length,
        waitlisted: mine.filter((r) => r.status === 'waitlisted').length,
        checkedIn: registered.filter((r) => r.checkedInAt !== null).length,
        requested: its.length,
        accepted: its.filter((m) => m.history.some((h) => h.to === 'accepted')).length,
        scheduled: its.filter((m) => m.status === 'accepted' && m.slot !== null).length,
        introsAfter:
          event.endsAt <= now
            ? await this.introsAfter(
                event,
                registered.map((r) => r.profileId),
              )
            : [],
      });
    }
    return rows;
  }

  private async introsAfter(event: EventDoc, participants: string[]): Promise<string[]> {
    if (participants.length < 2) return [];
    const until = new Date(Date.parse(event.endsAt) + INTROS_AFTER_DAYS * DAY_MS).toISOString();
    const intros = await this.intros.find({
      fromProfileId: { $in: participants },
      toProfileId: { $in: participants },
      createdAt: { $gte: event.endsAt, $lt: until },
    });
    return intros.map((i) => i._id);
  }
}
