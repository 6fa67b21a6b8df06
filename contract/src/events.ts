// Events and the shared regional calendar (API.md "Events and the shared regional calendar"):
// events, overlaps, registrations and check-in, one-to-one meetings, agendas, re-planning and
// the events report. Rules and decisions: docs/EVENTS.md.
import { z } from 'zod';
import {
  EVENT_KINDS,
  EVENT_STATUSES,
  type EventKind,
  MAX_EVENT_DAYS,
  MAX_MEETING_SLOTS,
  MEETING_STATUSES,
  REGISTRATION_STATUSES,
} from './codes.js';
import { MatchReason } from './matching.js';
import {
  CodeList,
  HistoryEntry,
  Id,
  IsoTime,
  Lang,
  Limit,
  PageOf,
  Paged,
  PeriodOutput,
  ProfileSummary,
  RequiredText,
  ScopeOutput,
  Text,
} from './primitives.js';
import { NeedCategoryCode, ProvinceInput, RegionCode } from './reference.js';
import { PeriodBoundary, ScopeQuery } from './reports.js';

/** Labels of the kinds, Vietnamese first (calendar chips, CSV, overlap reasons). */
export const EVENT_KIND_LABELS: Readonly<Record<EventKind, { vi: string; en: string }>> = {
  startup_day: { vi: 'Ngày hội khởi nghiệp', en: 'Startup day' },
  competition: { vi: 'Cuộc thi', en: 'Competition' },
  workshop: { vi: 'Hội thảo', en: 'Workshop' },
  training: { vi: 'Tập huấn', en: 'Training' },
  forum: { vi: 'Diễn đàn', en: 'Forum' },
  trade_fair: { vi: 'Hội chợ, triển lãm', en: 'Trade fair' },
  meetup: { vi: 'Gặp gỡ', en: 'Meetup' },
};

export const EventKindSchema = z.enum(EVENT_KINDS).meta({ id: 'EventKind' });
export const EventStatusSchema = z.enum(EVENT_STATUSES).meta({ id: 'EventStatus' });
export const RegistrationStatusSchema = z.enum(REGISTRATION_STATUSES).meta({ id: 'RegistrationStatus' });
export const MeetingStatusSchema = z.enum(MEETING_STATUSES).meta({ id: 'MeetingStatus' });

const Count = z.number().int().min(0);
const NeedList = CodeList(NeedCategoryCode, 10);
/** `?topics=a,b` or `?topics=a&topics=b`. */
const commaList = z.union([z.string(), z.array(z.string())]).transform((v) =>
  (Array.isArray(v) ? v : v.split(','))
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean),
);
const NeedListQuery = commaList.pipe(NeedList);
const ProvinceListQuery = commaList.pipe(CodeList(ProvinceInput, 33));

// ── event ──

export const VenueInput = z
  .strictObject({
    name: RequiredText(200, 'Name the venue.'),
    address: Text(300).optional(),
    providerId: Id.optional().meta({ description: 'A provider profile whose resource hosts the event' }),
    resource: Text(120).optional().meta({ description: 'One of that provider’s resources, by name' }),
  })
  .meta({ id: 'EventVenueInput' });

export const MeetingsConfigInput = z
  .strictObject({
    slotMinutes: z.number().int().min(5).max(240),
    tables: z.number().int().min(1).max(500),
    from: IsoTime,
    to: IsoTime,
    maxPerParticipant: z.number().int().min(1).max(50),
  })
  .meta({ id: 'EventMeetingsInput', description: 'One-to-one meetings: slots of slotMinutes between from and to, tables 1..tables' });

interface ShapeInput {
  startsAt: string;
  endsAt: string;
  registration?: { opensAt?: string | null | undefined; closesAt?: string | null | undefined } | null | undefined;
  meetings?: { from: string; to: string; slotMinutes: number } | null | undefined;
}

/** Cross-field rules of an event's times (create, and the merged result of a PATCH). */
export function eventShapeIssues(e: ShapeInput): { path: string[]; message: string }[] {
  const issues: { path: string[]; message: string }[] = [];
  const t = (s: string) => Date.parse(s);
  if (t(e.endsAt) <= t(e.startsAt)) issues.push({ path: ['endsAt'], message: 'The event must end after it starts.' });
  else if (t(e.endsAt) - t(e.startsAt) > MAX_EVENT_DAYS * 86_400_000)
    issues.push({ path: ['endsAt'], message: `An event lasts at most ${MAX_EVENT_DAYS} days.` });
  const { opensAt, closesAt } = e.registration ?? {};
  if (opensAt && closesAt && t(closesAt) <= t(opensAt))
    issues.push({ path: ['registration', 'closesAt'], message: 'Registration must close after it opens.' });
  if (closesAt && t(closesAt) > t(e.endsAt))
    issues.push({ path: ['registration', 'closesAt'], message: 'Registration must close by the end of the event.' });
  if (opensAt && t(opensAt) >= t(e.endsAt))
    issues.push({ path: ['registration', 'opensAt'], message: 'Registration must open before the event ends.' });
  if (e.meetings) {
    const { from, to, slotMinutes } = e.meetings;
    if (t(from) < t(e.startsAt) || t(to) > t(e.endsAt))
      issues.push({ path: ['meetings', 'from'], message: 'Meeting hours must lie within the event.' });
    // A slot length the field itself refuses (0, negative) says nothing about the hours.
    const slots = slotMinutes > 0 ? Math.floor((t(to) - t(from)) / (slotMinutes * 60_000)) : 1;
    if (slots < 1) issues.push({ path: ['meetings', 'to'], message: 'Meeting hours must hold at least one whole slot.' });
    if (slots > MAX_MEETING_SLOTS)
      issues.push({ path: ['meetings', 'to'], message: `At most ${MAX_MEETING_SLOTS} slots; use longer slots or shorter hours.` });
  }
  return issues;
}

const shapeCheck = (e: ShapeInput, ctx: z.RefinementCtx) => {
  for (const issue of eventShapeIssues(e)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
};

export const CreateEventBody = z
  .strictObject({
    kind: EventKindSchema,
    title: RequiredText(200, 'Give the event a title.'),
    description: Text(5000).optional().default(''),
    province: ProvinceInput.optional().meta({ description: 'The organising province (staff: their own, the default; admins: required)' }),
    coOrganizers: CodeList(ProvinceInput, 33).optional().default([]),
    topics: NeedList.optional().default([]),
    startsAt: IsoTime,
    endsAt: IsoTime,
    venue: VenueInput.optional(),
    online: z.boolean().optional().default(false),
    capacity: z.number().int().min(1).max(100_000).optional().meta({ description: 'Registered places; absent = no limit' }),
    registration: z.strictObject({ opensAt: IsoTime.optional(), closesAt: IsoTime.optional() }).optional(),
    meetings: MeetingsConfigInput.optional(),
    status: z.enum(['draft', 'published']).optional().default('draft'),
  })
  .superRefine(shapeCheck)
  .meta({ id: 'CreateEventRequest' });

/**
 * PATCH is a merge patch: absent fields stay, `null` clears a nullable one (venue, capacity,
 * registration times, meetings). The server checks the merged event with eventShapeIssues().
 */
export const PatchEventBody = z
  .strictObject({
    kind: EventKindSchema.optional(),
    title: RequiredText(200).optional(),
    description: Text(5000).optional(),
    coOrganizers: CodeList(ProvinceInput, 33).optional(),
    topics: NeedList.optional(),
    startsAt: IsoTime.optional(),
    endsAt: IsoTime.optional(),
    venue: VenueInput.nullable().optional(),
    online: z.boolean().optional(),
    capacity: z.number().int().min(1).max(100_000).nullable().optional(),
    registration: z.strictObject({ opensAt: IsoTime.nullable().optional(), closesAt: IsoTime.nullable().optional() }).optional(),
    meetings: MeetingsConfigInput.nullable().optional(),
    status: EventStatusSchema.optional(),
  })
  .meta({ id: 'PatchEventRequest' });

export const VenueOutput = z
  .strictObject({ name: z.string(), address: z.string().optional(), providerId: z.string().optional(), resource: z.string().optional() })
  .meta({ id: 'EventVenue' });
export const MeetingsConfigOutput = z
  .strictObject({ slotMinutes: z.number(), tables: z.number(), from: z.string(), to: z.string(), maxPerParticipant: z.number() })
  .meta({ id: 'EventMeetings' });

export const RegistrationOutput = z
  .strictObject({
    id: z.string(),
    eventId: z.string(),
    profileId: z.string(),
    profile: ProfileSummary,
    status: RegistrationStatusSchema,
    offers: z.array(z.string()),
    seeks: z.array(z.string()),
    note: z.string().optional().meta({ description: 'For the organiser and the registrant only' }),
    code: z.string().optional().meta({ description: 'Ticket code (the QR code carries it); organiser and registrant only' }),
    checkedInAt: z.string().nullable().optional().meta({ description: 'Organiser and registrant only' }),
    assisted: z.boolean().optional().meta({ description: 'Registered by staff on the profile’s behalf' }),
    waitlistPosition: z.number().int().nullable().optional().meta({ description: '1 = next to move up (waitlisted only)' }),
    createdAt: z.string(),
  })
  .meta({ id: 'EventRegistration' });

export const EventOutput = z
  .strictObject({
    id: z.string(),
    kind: EventKindSchema,
    title: z.string(),
    description: z.string(),
    province: z.string(),
    region: z.string().nullable(),
    coOrganizers: z.array(z.string()),
    topics: z.array(z.string()),
    startsAt: z.string(),
    endsAt: z.string(),
    venue: VenueOutput.nullable(),
    online: z.boolean(),
    capacity: z.number().nullable(),
    registration: z.strictObject({ opensAt: z.string().nullable(), closesAt: z.string().nullable() }),
    registrationOpen: z.boolean().meta({ description: 'Published, inside the window and not over' }),
    meetings: MeetingsConfigOutput.nullable(),
    status: EventStatusSchema,
    organizerId: z.string(),
    registered: Count,
    waitlisted: Count,
    checkedIn: Count,
    createdAt: z.string(),
    updatedAt: z.string(),
    myRegistration: RegistrationOutput.nullable().optional().meta({ description: 'Signed in: your registration, if any' }),
  })
  .meta({ id: 'Event' });

export const OverlapOutput = z
  .strictObject({ event: EventOutput, reasons: z.array(z.string()) })
  .meta({ id: 'EventOverlap', description: 'A published event of the same region within 30 days sharing a topic or the kind' });

export const EventCreatedOutput = EventOutput.extend({ overlaps: z.array(OverlapOutput) }).meta({ id: 'EventCreated' });

export const LangQuery = z.strictObject({ lang: Lang.optional().meta({ description: 'Language of the reasons (else Accept-Language)' }) });

export const OverlapsQuery = z
  .strictObject({
    province: ProvinceInput.optional().meta({ description: 'The organising province (staff: default their own; admins: required)' }),
    startsAt: IsoTime,
    endsAt: IsoTime.optional(),
    coOrganizers: ProvinceListQuery.optional().meta({ description: 'Co-organising provinces: their regions are checked too' }),
    topics: NeedListQuery.optional(),
    kind: EventKindSchema.optional(),
    excludeId: Id.optional().meta({ description: 'Leave this event out (the one being edited)' }),
    lang: Lang.optional(),
  })
  .meta({ id: 'EventOverlapsQuery' });
export const OverlapList = z.strictObject({ items: z.array(OverlapOutput) }).meta({ id: 'EventOverlapList' });

export const EventListQuery = z.strictObject({
  province: ProvinceInput.optional().meta({ description: 'Organiser or co-organiser' }),
  region: RegionCode.optional().meta({ description: 'An event belongs to the regions of its organiser and co-organisers' }),
  from: PeriodBoundary.optional().meta({ description: 'Events not ended by then (default: now)' }),
  to: PeriodBoundary.optional().meta({ description: 'Events starting before then' }),
  kind: EventKindSchema.optional(),
  topic: NeedCategoryCode.optional(),
  status: EventStatusSchema.optional().meta({ description: 'Default published; draft: staff (their province’s) and admins' }),
  ...Paged,
});
export const EventPage = PageOf(EventOutput).meta({ id: 'EventPage' });

// ── registrations ──

export const EventRegisterBody = z
  .strictObject({
    profileId: Id.optional().meta({ description: 'Staff: register a profile of their province on its behalf (assisted)' }),
    offers: NeedList.optional().meta({ description: 'Default: what the profile covers (experts, providers, investors)' }),
    seeks: NeedList.optional().meta({ description: 'Default: the startup’s open needs' }),
    note: Text(1000).optional(),
  })
  .meta({ id: 'EventRegisterRequest' });

export const RegistrationListQuery = z.strictObject({
  status: RegistrationStatusSchema.optional(),
  ...Paged,
});
export const RegistrationPage = PageOf(RegistrationOutput).meta({ id: 'EventRegistrationPage' });
export const CheckinBody = z
  .strictObject({ code: z.string().trim().min(1, 'Scan or type the ticket code.').max(20) })
  .meta({ id: 'CheckinRequest' });
export const RegistrationParams = z.strictObject({ id: Id, registrationId: Id });

// ── meetings ──

export const MeetingSlot = z
  .strictObject({ startsAt: z.string(), endsAt: z.string(), table: z.number().int().min(1) })
  .meta({ id: 'MeetingSlot' });

export const MeetingOutput = z
  .strictObject({
    id: z.string(),
    eventId: z.string(),
    requesterId: z.string(),
    inviteeId: z.string(),
    requester: ProfileSummary,
    invitee: ProfileSummary,
    message: z.string(),
    status: MeetingStatusSchema,
    slot: MeetingSlot.nullable(),
    declineReason: z.string().optional(),
    history: z.array(HistoryEntry),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Meeting' });

export const CreateMeetingBody = z
  .strictObject({ withProfileId: Id, message: Text(1000).optional().default('') })
  .meta({ id: 'CreateMeetingRequest' });
export const DeclineMeetingBody = z.strictObject({ reason: Text(500).optional() }).meta({ id: 'DeclineMeetingRequest' });
export const MeetingParams = z.strictObject({ id: Id, meetingId: Id });
export const MeetingListQuery = z.strictObject({ status: MeetingStatusSchema.optional(), ...Paged });
export const MeetingPage = PageOf(MeetingOutput).meta({ id: 'MeetingPage' });

export const SuggestionsQuery = z.strictObject({ limit: Limit(), lang: Lang.optional() });
export const SuggestionItem = z
  .strictObject({
    profile: ProfileSummary,
    score: z.number().min(0).max(1),
    reasons: z.array(MatchReason),
    offers: z.array(z.string()),
    seeks: z.array(z.string()),
  })
  .meta({ id: 'MeetingSuggestion' });
export const SuggestionList = z.strictObject({ items: z.array(SuggestionItem) }).meta({ id: 'MeetingSuggestionList' });

export const AgendaQuery = z.strictObject({
  format: z.enum(['json', 'ics']).optional().default('json'),
  profileId: Id.optional().meta({ description: 'Organiser: a participant’s agenda (to print it for them)' }),
  lang: Lang.optional().meta({ description: 'Language of the calendar entries’ words (else Accept-Language)' }),
});
export const AgendaOutput = z
  .strictObject({
    event: EventOutput,
    registration: RegistrationOutput,
    meetings: z.array(MeetingOutput).meta({ description: 'Accepted meetings by time; those without a slot last' }),
  })
  .meta({ id: 'Agenda' });

export const ScheduleOutput = z
  .strictObject({
    scheduled: Count,
    unscheduled: z.array(z.string()),
    moved: Count.meta({ description: 'Meetings whose slot or table changed' }),
  })
  .meta({ id: 'ScheduleResult' });

// ── report ──

export const EventsReportQuery = z.strictObject(ScopeQuery);
export const EventsReportOutput = z
  .strictObject({
    period: PeriodOutput,
    scope: ScopeOutput,
    events: z.strictObject({ total: Count, byKind: z.record(z.string(), Count), cancelled: Count }),
    registrations: Count,
    waitlisted: Count,
    checkedIn: Count,
    noShowRate: z.number().min(0).max(1).nullable(),
    meetings: z.strictObject({ requested: Count, accepted: Count, scheduled: Count }),
    introsAfterEvents: Count,
  })
  .meta({ id: 'EventsReport' });

export type CreateEventInput = z.input<typeof CreateEventBody>;
export type PatchEventInput = z.input<typeof PatchEventBody>;
export type EventListParams = z.input<typeof EventListQuery>;
export type OverlapsParams = z.input<typeof OverlapsQuery>;
export type EventRegisterInput = z.input<typeof EventRegisterBody>;
export type CreateMeetingInput = z.input<typeof CreateMeetingBody>;
export type CalendarEvent = z.output<typeof EventOutput>;
export type EventCreated = z.output<typeof EventCreatedOutput>;
export type EventOverlap = z.output<typeof OverlapOutput>;
export type Registration = z.output<typeof RegistrationOutput>;
export type Meeting = z.output<typeof MeetingOutput>;
export type MeetingSuggestion = z.output<typeof SuggestionItem>;
export type Agenda = z.output<typeof AgendaOutput>;
export type ScheduleResult = z.output<typeof ScheduleOutput>;
export type EventsReport = z.output<typeof EventsReportOutput>;
