import type { ConsultationStatus, Notification } from '@ketnoi/contract';

/** The i18n key of a notification type (the contract's NOTIFICATION_TYPES): `intro.requested` → `intro_requested`. */
export function notificationKey(type: string): string {
  return type.replace(/\./g, '_');
}

const str = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/** A consultation is listed under its status: the one to rate or follow up is among the completed. */
const CONSULTATION_TAB: Partial<Record<string, ConsultationStatus>> = {
  'consultation.completed': 'completed',
  'consultation.feedback': 'completed',
  'consultation.follow_up': 'completed',
  'consultation.cancelled': 'cancelled',
};

/** Where tapping a notification should go, from the ids it carries. */
export function notificationTarget(notification: Notification): string {
  const data = notification.data ?? {};
  // Events: a meeting answered or placed shows on the agenda, a request (or its end) with the
  // meetings; anything else about an event opens the event (ticket, new time, cancellation).
  const eventId = str(data.eventId);
  if (eventId && notification.type.startsWith('meeting.')) {
    const placed = notification.type === 'meeting.accepted' || notification.type === 'meeting.rescheduled';
    return `/events/${encodeURIComponent(eventId)}/${placed ? 'agenda' : 'meetings'}`;
  }
  // Calls for entries (docs/CALLS.md): the results, the judge's sheet, or the call with the entry.
  if (eventId && notification.type === 'call.results_published') return `/events/${encodeURIComponent(eventId)}/results`;
  if (eventId && notification.type === 'call.judge_assigned') return `/events/${encodeURIComponent(eventId)}/judging`;
  if (eventId && notification.type === 'call.entry_submitted_for_you') return `/events/${encodeURIComponent(eventId)}/call`;
  if (eventId) return `/events/${encodeURIComponent(eventId)}`;
  const conversationId = str(data.conversationId);
  if (conversationId) return `/chat/${encodeURIComponent(conversationId)}`;
  if (str(data.consultationId)) {
    const tab = CONSULTATION_TAB[notification.type];
    return tab ? `/consultations?status=${tab}` : '/consultations';
  }
  if (str(data.introId)) return '/intros';
  const needId = str(data.needId);
  if (needId) return `/needs/${encodeURIComponent(needId)}`;
  return '/notifications';
}

/** What a notification is about, from the data it carries (who, what, when), for a line under its title. */
export interface NotificationContext {
  /** The people of an intro; who asked for a meeting or sent the message; whom a consultation is with. */
  from?: string;
  to?: string;
  /** What it is about: the event or call, the entry, the start of the latest message. */
  subject?: string;
  detail?: string;
  preview?: string;
  /** How many unread messages a "new message" notification stands for. */
  count?: number;
  /** When the consultation, event or meeting takes place (ISO). */
  startsAt?: string;
}

/** The context a notification's data gives (server: notifications/subscriber.ts, events/notices.ts, calls/). */
export function notificationContext(notification: Notification): NotificationContext {
  const data = notification.data ?? {};
  const slot = data.slot && typeof data.slot === 'object' ? (data.slot as Record<string, unknown>) : undefined;
  const count = typeof data.count === 'number' && data.count > 1 ? data.count : undefined;
  return {
    from: str(data.fromName) ?? str(data.withName),
    to: str(data.toName),
    subject: str(data.title) ?? str(data.eventTitle),
    detail: str(data.entryTitle),
    preview: str(data.preview),
    count,
    startsAt: str(data.startsAt) ?? str(slot?.startsAt),
  };
}
