import { useEffect, useRef } from 'react';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  CalendarEvent,
  CreateEventInput,
  EventRegisterInput,
  Meeting,
  OverlapsParams,
  PatchEventInput,
  SummaryParams,
} from '@ketnoi/contract';
import { allPages, eventKeys, eventsApi, type EventListQuery } from '../events.js';
import { useRealtime, useSocketEvent } from '../../realtime/context.js';

export function useEventList(params: EventListQuery) {
  return useInfiniteQuery({
    queryKey: eventKeys.list(params),
    queryFn: ({ pageParam, signal }) => eventsApi.list({ ...params, limit: 20, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Every event of a period at once (the month view): at most a few hundred. */
export function useEventMonth(params: EventListQuery, enabled = true) {
  return useQuery({
    queryKey: eventKeys.month(params),
    queryFn: () => allPages((cursor) => eventsApi.list({ ...params, limit: 100, cursor }), 5),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** An event held for the day (not TanStack's five minutes): its page carries the ticket, shown at a door with no signal. */
const EVENT_KEPT_MS = 24 * 3_600_000;

export function useEvent(id: string | undefined) {
  return useQuery({ queryKey: eventKeys.detail(id ?? ''), queryFn: () => eventsApi.get(id!), enabled: !!id, gcTime: EVENT_KEPT_MS });
}

export function useEventOverlaps(params: OverlapsParams | null) {
  return useQuery({
    queryKey: eventKeys.overlaps(params ?? { startsAt: '' }),
    queryFn: ({ signal }) => eventsApi.overlaps(params!, signal),
    enabled: !!params,
    placeholderData: keepPreviousData,
  });
}

/** Organisers: every registration with codes. Participants: the registered others. */
export function useRegistrations(id: string, view: 'organiser' | 'participant', enabled = true) {
  return useQuery({
    queryKey: eventKeys.registrations(id, view),
    queryFn: () => allPages((cursor) => eventsApi.registrations(id, { limit: 100, cursor }), view === 'organiser' ? 100 : 3),
    enabled,
  });
}

export function useMeetings(id: string, enabled = true) {
  return useQuery({
    queryKey: eventKeys.meetings(id),
    queryFn: () => allPages((cursor) => eventsApi.meetings(id, { limit: 100, cursor })),
    enabled,
  });
}

export function useSuggestions(id: string, enabled = true) {
  return useQuery({ queryKey: eventKeys.suggestions(id), queryFn: () => eventsApi.suggestions(id), enabled });
}

export function useAgenda(id: string, profileId?: string) {
  return useQuery({ queryKey: eventKeys.agenda(id, profileId), queryFn: () => eventsApi.agenda(id, profileId) });
}

export function useEventsReport(params: SummaryParams) {
  return useQuery({ queryKey: eventKeys.report(params), queryFn: () => eventsApi.report(params), placeholderData: keepPreviousData });
}

// ── changes ──

/** After a change at one event: everything about it is read again (lists too: counters move). */
function refreshEvent(queryClient: QueryClient, id: string) {
  void queryClient.invalidateQueries({ queryKey: eventKeys.detail(id) });
  void queryClient.invalidateQueries({ queryKey: eventKeys.of(id) });
  void queryClient.invalidateQueries({ queryKey: eventKeys.lists });
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateEventInput) => eventsApi.create(input),
    onSuccess: ({ overlaps: _overlaps, ...event }) => {
      queryClient.setQueryData<CalendarEvent>(eventKeys.detail(event.id), event);
      void queryClient.invalidateQueries({ queryKey: eventKeys.lists });
    },
  });
}

export function usePatchEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PatchEventInput) => eventsApi.patch(id, input),
    onSuccess: (event) => {
      queryClient.setQueryData<CalendarEvent>(eventKeys.detail(id), (old) => ({ ...event, myRegistration: old?.myRegistration }));
      refreshEvent(queryClient, id);
    },
  });
}

export function useRegister(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EventRegisterInput) => eventsApi.register(id, input),
    onSettled: () => refreshEvent(queryClient, id),
  });
}

/** Cancel one's own registration, or (organisers) someone's by its id. */
export function useCancelRegistration(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (registrationId?: string) => (registrationId ? eventsApi.cancelRegistration(id, registrationId) : eventsApi.cancelMine(id)),
    onSettled: () => refreshEvent(queryClient, id),
  });
}

export function useCheckIn(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => eventsApi.checkIn(id, code),
    onSuccess: () => refreshDoor(queryClient, id),
  });
}

/** Take back a check-in made by mistake (by registration id). */
export function useUndoCheckIn(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (registrationId: string) => eventsApi.undoCheckIn(id, registrationId),
    onSuccess: () => refreshDoor(queryClient, id),
  });
}

/** After the door changed: the organiser's list and the event's counts. */
function refreshDoor(queryClient: QueryClient, id: string) {
  void queryClient.invalidateQueries({ queryKey: eventKeys.registrations(id, 'organiser') });
  void queryClient.invalidateQueries({ queryKey: eventKeys.detail(id) });
}

export type MeetingChange =
  | { action: 'request'; withProfileId: string; message?: string }
  | { action: 'accept' | 'cancel'; meetingId: string }
  | { action: 'decline'; meetingId: string; reason?: string };

export function useMeetingChange(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: MeetingChange) => {
      switch (change.action) {
        case 'request':
          return eventsApi.requestMeeting(id, { withProfileId: change.withProfileId, message: change.message ?? '' });
        case 'accept':
          return eventsApi.accept(id, change.meetingId);
        case 'decline':
          return eventsApi.decline(id, change.meetingId, change.reason);
        case 'cancel':
          return eventsApi.cancelMeeting(id, change.meetingId);
      }
    },
    onSuccess: (meeting) => upsertMeeting(queryClient, meeting),
  });
}

export function useSchedule(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => eventsApi.schedule(id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: eventKeys.of(id) }),
  });
}

// ── live ──

/** A meeting as the server now has it: into the event's meeting list; agendas and suggestions re-read. */
export function upsertMeeting(queryClient: QueryClient, meeting: Meeting) {
  queryClient.setQueryData<Meeting[]>(eventKeys.meetings(meeting.eventId), (old) => {
    if (!old) return old;
    const rest = old.filter((m) => m.id !== meeting.id);
    return [meeting, ...rest];
  });
  void queryClient.invalidateQueries({ queryKey: [...eventKeys.of(meeting.eventId), 'agenda'] });
  void queryClient.invalidateQueries({ queryKey: eventKeys.suggestions(meeting.eventId) });
}

/**
 * Keeps what is on screen about events current over Socket.IO: `meeting:new` and `meeting:updated`
 * (a request, an answer, a slot placed or moved) and `event:updated` (time, venue, status). After a
 * reconnect, events it may have missed are read again.
 */
export function useEventsLive() {
  const queryClient = useQueryClient();
  const { status } = useRealtime();
  useSocketEvent('meeting:new', ({ meeting }) => upsertMeeting(queryClient, meeting));
  useSocketEvent('meeting:updated', ({ meeting }) => upsertMeeting(queryClient, meeting));
  useSocketEvent('event:updated', ({ event }) => {
    queryClient.setQueryData<CalendarEvent>(eventKeys.detail(event.id), (old) => ({ ...event, myRegistration: old?.myRegistration }));
    void queryClient.invalidateQueries({ queryKey: eventKeys.detail(event.id) });
    void queryClient.invalidateQueries({ queryKey: eventKeys.lists });
  });
  const previous = useRef(status);
  useEffect(() => {
    if (previous.current === 'reconnecting' && status === 'connected') void queryClient.invalidateQueries({ queryKey: eventKeys.all });
    previous.current = status;
  }, [status, queryClient]);
}
