// Every mail kind, by name. A new kind is one file beside these (schema, templates in vi and en,
// the app link, optional one-tap actions and attachments) and one line here. docs/MAIL.md lists
// who gets each and what causes it.
import type { MailKind } from '../render.js';
import { callResultsPublished } from './callResults.js';
import { consultationFollowUp } from './consultationFollowUp.js';
import { consultationCancelled, consultationMoved, consultationScheduled } from './consultations.js';
import { dailyDigest } from './dailyDigest.js';
import { meetingCancelled, meetingMoved, meetingScheduled } from './eventMeetings.js';
import { eventRegistered } from './eventRegistered.js';
import { eventCancelled, eventChanged, eventTomorrow, eventWaitlistPromoted } from './events.js';
import { introAwaiting } from './introAwaiting.js';
import { introAccepted, introApproved, introDeclined, introExpired, introRejected } from './introOutcomes.js';
import { introPendingStaff } from './introPendingStaff.js';
import { introReminder } from './introReminder.js';
import { messageReceived } from './messageReceived.js';
import { passwordChanged } from './passwordChanged.js';
import { passwordReset } from './passwordReset.js';

export const MAIL_KINDS = {
  'intro.awaiting': introAwaiting,
  'intro.reminder': introReminder,
  'intro.accepted': introAccepted,
  'intro.declined': introDeclined,
  'intro.approved': introApproved,
  'intro.rejected': introRejected,
  'intro.expired': introExpired,
  'intro.pending_staff': introPendingStaff,
  'consultation.scheduled': consultationScheduled,
  'consultation.moved': consultationMoved,
  'consultation.cancelled': consultationCancelled,
  'consultation.follow_up': consultationFollowUp,
  'message.received': messageReceived,
  'digest.daily': dailyDigest,
  'password.reset': passwordReset,
  'password.changed': passwordChanged,
  'event.registration_confirmed': eventRegistered,
  'event.waitlist_promoted': eventWaitlistPromoted,
  'event.changed': eventChanged,
  'event.cancelled': eventCancelled,
  'event.tomorrow': eventTomorrow,
  'event.meeting_scheduled': meetingScheduled,
  'event.meeting_moved': meetingMoved,
  'event.meeting_cancelled': meetingCancelled,
  'call.results_published': callResultsPublished,
} as const;

export type MailKindName = keyof typeof MAIL_KINDS;

/** The data a kind's templates need. */
export type MailData<K extends MailKindName> = (typeof MAIL_KINDS)[K] extends MailKind<infer D> ? D : never;
