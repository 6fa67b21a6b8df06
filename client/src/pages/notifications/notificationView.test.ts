import { describe, expect, it } from 'vitest';
import { NotificationOutput, type NotificationType } from '@ketnoi/contract';
import { parsed } from '../../test/fixtures.js';
import { notificationTarget } from './notificationView.js';

const notification = (type: NotificationType, data: Record<string, unknown>) =>
  parsed(NotificationOutput, { id: 'n-1', type, data, read: false, createdAt: '2026-03-18T02:00:00.000Z' });

// The data the events module stores with each notice (server/src/modules/events/notices.ts).
const aboutEvent = {
  eventId: 'ev 1',
  title: 'Ngày hội',
  startsAt: '2026-03-28T01:00:00.000Z',
  endsAt: '2026-03-28T10:00:00.000Z',
  status: 'published',
};
const aboutMeeting = {
  meetingId: 'mt-1',
  eventId: 'ev 1',
  eventTitle: 'Ngày hội',
  requesterId: 'p-a',
  inviteeId: 'p-b',
  status: 'accepted',
  slot: null,
};

describe('where an event notification leads', () => {
  it('opens the event for news about the event itself (ticket, waitlist place, new time, cancellation)', () => {
    for (const type of ['event.cancelled', 'event.changed', 'event.registered_for_you', 'event.registration_promoted'] as const)
      expect(notificationTarget(notification(type, aboutEvent))).toBe('/events/ev%201');
  });

  it('opens the agenda when a meeting got or changed its slot, and the meetings for requests and their end', () => {
    expect(notificationTarget(notification('meeting.accepted', aboutMeeting))).toBe('/events/ev%201/agenda');
    expect(notificationTarget(notification('meeting.rescheduled', aboutMeeting))).toBe('/events/ev%201/agenda');
    for (const type of ['meeting.requested', 'meeting.declined', 'meeting.cancelled'] as const)
      expect(notificationTarget(notification(type, { ...aboutMeeting, status: type.slice('meeting.'.length) }))).toBe(
        '/events/ev%201/meetings',
      );
  });

  it('keeps the other links as they were', () => {
    expect(notificationTarget(notification('message.new', { conversationId: 'c-1' }))).toBe('/chat/c-1');
    expect(notificationTarget(notification('intro.accepted', { introId: 'i-1' }))).toBe('/intros');
  });

  it('opens the consultations on the tab that lists the one it is about', () => {
    const about = { consultationId: 'k-1', introId: 'i-1' };
    expect(notificationTarget(notification('consultation.completed', about))).toBe('/consultations?status=completed');
    expect(notificationTarget(notification('consultation.follow_up', about))).toBe('/consultations?status=completed');
    expect(notificationTarget(notification('consultation.cancelled', about))).toBe('/consultations?status=cancelled');
    expect(notificationTarget(notification('consultation.scheduled', about))).toBe('/consultations');
  });
});
