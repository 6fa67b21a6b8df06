// Events and the shared regional calendar (API.md "Events and the shared regional calendar"):
// the calendar, an event, registration and check-in, one-to-one meetings, agendas, re-planning and
// the events report.
import type {
  CreateEventInput,
  CreateMeetingInput,
  EventListParams,
  EventRegisterInput,
  OverlapsParams,
  Page,
  PatchEventInput,
  SummaryParams,
} from '@ketnoi/contract';
import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import { apiUrl, call, endpointPath, type CallInput } from './http.js';

const meeting = (id: string, meetingId: string) => ({ params: { id, meetingId } });

export interface EventListQuery extends Omit<EventListParams, 'limit'> {
  limit?: number;
}

export const eventsApi = {
  list: (params: EventListQuery = {}, signal?: AbortSignal) => call(endpoints.events.calendar, { query: params }, { signal }),
  get: (id: string) => call(endpoints.events.get, { params: { id } }),
  create: (input: CreateEventInput) => call(endpoints.events.create, { body: input }),
  patch: (id: string, input: PatchEventInput) => call(endpoints.events.update, { params: { id }, body: input }),
  /** `topics` as a list goes out as `topics=a,b`. */
  overlaps: (params: OverlapsParams, signal?: AbortSignal) => call(endpoints.events.overlaps, { query: params }, { signal }),

  register: (id: string, input: EventRegisterInput) => call(endpoints.events.register, { params: { id }, body: input }),
  cancelMine: (id: string) => call(endpoints.events.cancelOwnRegistration, { params: { id } }),
  cancelRegistration: (id: string, registrationId: string) => call(endpoints.events.cancelRegistration, { params: { id, registrationId } }),
  registrations: (id: string, params: CallInput<typeof endpoints.events.registrations>['query'] = {}) =>
    call(endpoints.events.registrations, { params: { id }, query: params }),
  checkIn: (id: string, code: string) => call(endpoints.events.checkIn, { params: { id }, body: { code } }),
  undoCheckIn: (id: string, registrationId: string) => call(endpoints.events.undoCheckIn, { params: { id, registrationId } }),

  suggestions: (id: string) => call(endpoints.events.suggestions, { params: { id }, query: { limit: 20 } }),
  meetings: (id: string, params: CallInput<typeof endpoints.events.meetings>['query'] = {}) =>
    call(endpoints.events.meetings, { params: { id }, query: params }),
  requestMeeting: (id: string, input: CreateMeetingInput) => call(endpoints.events.requestMeeting, { params: { id }, body: input }),
  accept: (id: string, meetingId: string) => call(endpoints.events.acceptMeeting, meeting(id, meetingId)),
  decline: (id: string, meetingId: string, reason?: string) =>
    call(endpoints.events.declineMeeting, { ...meeting(id, meetingId), body: reason ? { reason } : {} }),
  cancelMeeting: (id: string, meetingId: string) => call(endpoints.events.cancelMeeting, meeting(id, meetingId)),
  agenda: (id: string, profileId?: string) => call(endpoints.events.agenda, { params: { id }, query: { profileId } }),
  /** The agenda as an iCalendar file (a plain link: the browser downloads it with the session cookie). */
  agendaIcsUrl: (id: string, profileId?: string) => apiUrl(endpointPath(endpoints.events.agenda, { id }), { format: 'ics', profileId }),
  schedule: (id: string) => call(endpoints.events.schedule, { params: { id } }),

  report: (params: SummaryParams = {}) => call(endpoints.events.report, { query: params }),
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
