// Domain events of the events module (published after commit). The realtime layer turns them
// into `meeting:new`, `meeting:updated` and `event:updated`; notifications are written in the
// transactions themselves (see notices.ts), so none is lost between commit and delivery.
import type { MeetingDoc } from './meetingsRepository.js';
import type { RegistrationDoc } from './registrationsRepository.js';
import type { EventDoc } from './repository.js';

/** What changed on an event, as registrants are told. */
export type EventChange = 'time' | 'venue' | 'status' | 'details';

export type RegistrationAction = 'registered' | 'waitlisted' | 'promoted' | 'cancelled' | 'checked_in' | 'checkin_undone';

export type MeetingAction = 'accept' | 'decline' | 'cancel' | 'placed' | 'moved';

export interface EventsModuleEvents {
  'event.created': { event: EventDoc; by: string };
  /** `registrantUserIds`: everyone registered or waitlisted when it changed. */
  'event.updated': { event: EventDoc; previous: EventDoc; changes: EventChange[]; registrantUserIds: string[]; by: string };
  'event.registration': { registration: RegistrationDoc; event: EventDoc; action: RegistrationAction; by: string };
  /** The organiser re-planned every accepted meeting (POST /schedule), with what it did. */
  'event.replanned': { event: EventDoc; outcome: { scheduled: number; unscheduled: string[]; moved: number }; by: string };
  'meeting.created': { meeting: MeetingDoc; by: string };
  /** Every change of a meeting: status, and slot moves (accept placing it, re-plans, freed slots filled). */
  'meeting.updated': { meeting: MeetingDoc; action: MeetingAction; by: string };
}
