// The mails the events module causes, as a port: the services call it inside the transaction of
// the change (so a mail exists exactly when its cause committed); container.ts fills it with
// mail/triggers/events.ts, which knows recipients, names and the mail kinds (docs/MAIL.md).
import type { MeetingDoc, StoredSlot } from './meetingsRepository.js';
import type { RegistrationDoc } from './registrationsRepository.js';
import type { EventDoc } from './repository.js';

export interface EventMails {
  /** A place at once: `event.registration_confirmed` (ticket code, .ics). */
  registered(registration: RegistrationDoc, event: EventDoc): Promise<void>;
  /** A place from the waitlist: `event.waitlist_promoted` (ticket code, .ics). */
  promoted(registration: RegistrationDoc, event: EventDoc): Promise<void>;
  /** Time or venue changed: `event.changed` to each registrant. */
  changed(event: EventDoc, registrants: readonly RegistrationDoc[]): Promise<void>;
  /** Cancelled: `event.cancelled` to each registrant. */
  cancelled(event: EventDoc, registrants: readonly RegistrationDoc[]): Promise<void>;
  /**
   * A meeting now holds `meeting.slot`: `event.meeting_scheduled` to both people when it had no
   * slot before (`previous` null), `event.meeting_moved` when it had another.
   */
  placed(meeting: MeetingDoc, event: EventDoc, previous: StoredSlot | null): Promise<void>;
  /** A meeting that held `slot` was cancelled: `event.meeting_cancelled` to `recipientUserId`. */
  meetingCancelled(meeting: MeetingDoc, event: EventDoc, slot: StoredSlot, recipientUserId: string): Promise<void>;
}
