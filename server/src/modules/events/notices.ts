// Stored notifications about events and meetings, written inside the transaction of the change
// they report (so a cancellation that commits always leaves its notices behind); the realtime
// push of each follows the commit through `notification.created`.
import type { NotificationType } from '@ketnoi/contract';
import type { NotificationsService } from '../notifications/service.js';
import type { MeetingDoc } from './meetingsRepository.js';
import type { EventDoc } from './repository.js';

/** The notification types this module sends (listed in the contract's NOTIFICATION_TYPES). */
export type EventNoticeType = Extract<NotificationType, `event.${string}` | `meeting.${string}`>;

export class EventNotices {
  constructor(private readonly notifications: NotificationsService) {}

  async tell(userIds: Iterable<string>, type: EventNoticeType, data: Record<string, unknown>): Promise<void> {
    for (const userId of new Set(userIds)) await this.notifications.notify(userId, type, data);
  }

  aboutEvent(event: EventDoc, extra: Record<string, unknown> = {}): Record<string, unknown> {
    return { eventId: event._id, title: event.title, startsAt: event.startsAt, endsAt: event.endsAt, status: event.status, ...extra };
  }

  aboutMeeting(meeting: MeetingDoc, event: EventDoc, extra: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      meetingId: meeting._id,
      eventId: event._id,
      eventTitle: event.title,
      requesterId: meeting.requesterId,
      inviteeId: meeting.inviteeId,
      status: meeting.status,
      slot: meeting.slot ? { startsAt: meeting.slot.startsAt, endsAt: meeting.slot.endsAt, table: meeting.slot.table } : null,
      ...extra,
    };
  }
}
