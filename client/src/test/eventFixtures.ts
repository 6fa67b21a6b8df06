// Events test data the server could really send: each fixture is parsed with the contract's
// output schema (a missing or extra field throws).
import {
  AgendaOutput,
  EventOutput,
  EventsReportOutput,
  MeetingOutput,
  OverlapOutput,
  RegistrationOutput,
  SuggestionItem,
  type Agenda,
  type CalendarEvent,
  type EventOverlap,
  type EventsReport,
  type Meeting,
  type MeetingSuggestion,
  type Profile,
  type Registration,
} from '@ketnoi/contract';
import { afterEach, beforeEach, vi } from 'vitest';
import type { z } from 'zod';
import { expertProfile, parsed, profile, startupProfile, summaryOf } from './fixtures.js';

const AT = '2026-03-02T02:00:00.000Z';

/** A Lạng Sơn startup day on 28 March 2026, 08:00–17:00 in Vietnam, meetings 13:30–15:00 (30 min, 2 tables). */
export function calendarEvent(overrides: Partial<z.input<typeof EventOutput>> = {}): CalendarEvent {
  return parsed(EventOutput, {
    id: 'ev-1',
    kind: 'startup_day',
    title: 'Ngày hội Khởi nghiệp tỉnh Lạng Sơn 2026',
    description: 'Trưng bày dự án và gặp gỡ 1-1.',
    province: 'lang-son',
    region: 'trung-du-mien-nui-phia-bac',
    coOrganizers: [],
    topics: ['funding', 'distribution'],
    startsAt: '2026-03-28T01:00:00.000Z',
    endsAt: '2026-03-28T10:00:00.000Z',
    venue: { name: 'Hội trường tầng 2, Sở KH&CN Lạng Sơn', address: 'Thành phố Lạng Sơn' },
    online: false,
    capacity: 120,
    registration: { opensAt: null, closesAt: null },
    registrationOpen: true,
    meetings: { slotMinutes: 30, tables: 2, from: '2026-03-28T06:30:00.000Z', to: '2026-03-28T08:00:00.000Z', maxPerParticipant: 3 },
    status: 'published',
    organizerId: 'u-staff',
    registered: 12,
    waitlisted: 0,
    checkedIn: 0,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  });
}

export function registration(profile: Profile, overrides: Partial<z.input<typeof RegistrationOutput>> = {}): Registration {
  return parsed(RegistrationOutput, {
    id: `r-${profile.id}`,
    eventId: 'ev-1',
    profileId: profile.id,
    profile: summaryOf(profile),
    status: 'registered',
    offers: [],
    seeks: ['funding'],
    note: '',
    code: 'K7Q4FX',
    checkedInAt: null,
    assisted: false,
    waitlistPosition: null,
    createdAt: AT,
    ...overrides,
  });
}

/** Lạng Sơn's start-up space, which lends its hall for events. */
export function providerProfile(): Profile {
  return profile({
    id: 'p-space',
    kind: 'provider',
    name: 'Không gian khởi nghiệp Lạng Sơn',
    headline: 'Chỗ làm việc chung và hội trường',
    about: '',
    province: 'lang-son',
    sectors: [],
    languages: ['vi'],
    verified: true,
    createdAt: AT,
    updatedAt: AT,
    offerings: ['workspace'],
    resources: [
      { name: 'Hội trường tầng 2', kind: 'hall', capacity: 150 },
      { name: 'Phòng họp nhỏ', kind: 'meeting_room' },
    ],
    servesProvinces: ['lang-son'],
  });
}

/** A request from the startup to the expert at ev-1. */
export function meeting(overrides: Partial<z.input<typeof MeetingOutput>> = {}): Meeting {
  const startup = startupProfile();
  const expert = expertProfile();
  return parsed(MeetingOutput, {
    id: 'mt-1',
    eventId: 'ev-1',
    requesterId: startup.id,
    inviteeId: expert.id,
    requester: summaryOf(startup),
    invitee: summaryOf(expert),
    message: 'Xin 30 phút hỏi về nhãn hiệu',
    status: 'requested',
    slot: null,
    history: [{ at: AT, by: 'u-startup', from: null, to: 'requested' }],
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  });
}

export function suggestion(profile: Profile, overrides: Partial<z.input<typeof SuggestionItem>> = {}): MeetingSuggestion {
  return parsed(SuggestionItem, {
    profile: summaryOf(profile),
    score: 0.82,
    reasons: [
      { criterion: 'coverage', weight: 5, score: 1, detail: 'Họ giúp được điều bạn tìm: gọi vốn, đầu tư' },
      { criterion: 'geography', weight: 1, score: 1, detail: 'Cùng tỉnh Lạng Sơn' },
      { criterion: 'verified', weight: 1, score: 0, detail: 'Hồ sơ chưa được xác minh' },
    ],
    offers: ['funding'],
    seeks: [],
    ...overrides,
  });
}

export function agenda(me: Registration, meetings: Meeting[], event: CalendarEvent = calendarEvent()): Agenda {
  return parsed(AgendaOutput, { event, registration: me, meetings });
}

export function overlap(event: CalendarEvent, reasons: string[]): EventOverlap {
  return parsed(OverlapOutput, { event, reasons });
}

export function eventsReport(overrides: Partial<z.input<typeof EventsReportOutput>> = {}): EventsReport {
  return parsed(EventsReportOutput, {
    period: { from: '2026-01-01T00:00:00.000+07:00', to: '2026-12-31T23:59:00.000+07:00', timeZone: 'Asia/Ho_Chi_Minh' },
    scope: { level: 'province', province: 'lang-son', region: null, provinces: null },
    events: { total: 3, byKind: { startup_day: 1, training: 2 }, cancelled: 1 },
    registrations: 40,
    waitlisted: 2,
    checkedIn: 30,
    noShowRate: 0.25,
    meetings: { requested: 12, accepted: 9, scheduled: 8 },
    introsAfterEvents: 4,
    ...overrides,
  });
}

/**
 * Ten days before the fixtures' event: the pages read the clock for "registration opens", "over",
 * "today". Call at the top of a test file.
 */
export function atEventFixturesTime(): void {
  beforeEach(() => vi.setSystemTime(new Date('2026-03-18T02:00:00.000Z')));
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** A second helper who asks to meet, beside the fixtures' startup and expert. */
export const investorProfile = (): Profile =>
  expertProfile({ id: 'p-investor', name: 'Quỹ Đầu tư Bắc Sơn', headline: 'Vốn mồi cho nông sản' });
