// Events and the shared regional calendar (API.md "Events and the shared regional calendar"):
// the calendar, an event, registration and check-in, one-to-one meetings, agendas, re-planning and
// the events report.
import type {
  Agenda,
  CalendarEvent,
  CreateEventInput,
  CreateMeetingInput,
  EventCreated,
  EventListParams,
  EventOverlap,
  EventRegisterInput,
  EventsReport,
  Meeting,
  MeetingStatus,
  MeetingSuggestion,
  OverlapsParams,
  Page,
  PatchEventInput,
  Registration,
  RegistrationStatus,
  ScheduleResult,
  SummaryParams,
} from '@ketnoi/contract';
import { apiUrl, http, request } from './http.js';

const of = (id: string, rest = '') => `/api/events/${encodeURIComponent(id)}${rest}`;
const meeting = (id: string, meetingId: string, action: string) => of(id, `/meetings/${encodeURIComponent(meetingId)}/${action}`);

export interface EventListQuery extends Omit<EventListParams, 'limit'> {
  limit?: number;
}

export const eventsApi = {
  list: (params: EventListQuery = {}, signal?: AbortSignal) => http.get<Page<CalendarEvent>>('/api/events', params, signal),
  get: (id: string) => http.get<CalendarEvent>(of(id)),
  create: (input: CreateEventInput) => http.post<EventCreated>('/api/events', input),
  patch: (id: string, input: PatchEventInput) => http.patch<CalendarEvent>(of(id), input),
  /** `topics` as a list goes out as `topics=a,b`. */
  overlaps: (params: OverlapsParams, signal?: AbortSignal) => http.get<{ items: EventOverlap[] }>('/api/events/overlaps', params, signal),

  register: (id: string, input: EventRegisterInput) => http.post<Registration>(of(id, '/registrations'), input),
  cancelMine: (id: string) => request<void>('DELETE', of(id, '/registrations/me')),
  cancelRegistration: (id: string, registrationId: string) =>
    request<void>('DELETE', of(id, `/registrations/${encodeURIComponent(registrationId)}`)),
  registrations: (id: string, params: { status?: RegistrationStatus; limit?: number; cursor?: string } = {}) =>
    http.get<Page<Registration>>(of(id, '/registrations'), params),
  checkIn: (id: string, code: string) => http.post<Registration>(of(id, '/checkin'), { code }),

  suggestions: (id: string) => http.get<{ items: MeetingSuggestion[] }>(of(id, '/suggestions'), { limit: 20 }),
  meetings: (id: string, params: { status?: MeetingStatus; limit?: number; cursor?: string } = {}) =>
    http.get<Page<Meeting>>(of(id, '/meetings'), params),
  requestMeeting: (id: string, input: CreateMeetingInput) => http.post<Meeting>(of(id, '/meetings'), input),
  accept: (id: string, meetingId: string) => http.post<Meeting>(meeting(id, meetingId, 'accept')),
  decline: (id: string, meetingId: string, reason?: string) =>
    http.post<Meeting>(meeting(id, meetingId, 'decline'), reason ? { reason } : {}),
  cancelMeeting: (id: string, meetingId: string) => http.post<Meeting>(meeting(id, meetingId, 'cancel')),
  agenda: (id: string, profileId?: string) => http.get<Agenda>(of(id, '/agenda'), { profileId }),
  /** The agenda as an iCalendar file (a plain link: the browser downloads it with the session cookie). */
  agendaIcsUrl: (id: string, profileId?: string) => apiUrl(of(id, '/agenda'), { format: 'ics', profileId }),
  schedule: (id: string) => http.post<ScheduleResult>(of(id, '/schedule')),

  report: (params: SummaryParams = {}) => http.get<EventsReport>('/api/reports/events', params),
};

/** Every page of a list, for the organiser's views (registrants, the meeting board). */
export async function allPages<T>(fetchPage: (cursor?: string) => Promise<Page<T>>, maxPages = 50): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return items;
}

/** Query keys of events: everything about one event sits under `['events', 'of', id]`. */
export const eventKeys = {
  all: ['events'] as const,
  lists: ['events', 'list'] as const,
  list: (params: EventListQuery) => ['events', 'list', params] as const,
  month: (params: EventListQuery) => ['events', 'month', params] as const,
  detail: (id: string) => ['events', 'detail', id] as const,
  of: (id: string) => ['events', 'of', id] as const,
  registrations: (id: string, view: 'organiser' | 'participant') => ['events', 'of', id, 'registrations', view] as const,
  meetings: (id: string) => ['events', 'of', id, 'meetings'] as const,
  suggestions: (id: string) => ['events', 'of', id, 'suggestions'] as const,
  agenda: (id: string, profileId?: string) => ['events', 'of', id, 'agenda', profileId ?? 'me'] as const,
  overlaps: (params: OverlapsParams) => ['events', 'overlaps', params] as const,
  report: (params: SummaryParams) => ['events', 'report', params] as const,
};
