// One-to-one meetings at an event: placed in a slot (scheduled), moved to another slot or table,
// or cancelled — to both people, each with a calendar file whose UID is the meeting's.
import { z } from 'zod';
import { calendarAttachment, calendarFilename, sequenceOf } from '../calendar.js';
import type { MailKind, MailLanguage } from '../render.js';
import { timedBody } from './timedBody.js';

const MeetingData = z.object({
  eventId: z.string().min(1),
  eventTitle: z.string().min(1),
  meetingId: z.string().min(1),
  /** The other person, as the recipient sees it. */
  withName: z.string().min(1),
  startsAt: z.string().datetime(),
  endsAt: z.string().datetime(),
  table: z.number().int().positive(),
  location: z.string().optional(),
  changedAt: z.string().datetime(),
  reason: z.string().optional(),
});

type Data = z.infer<typeof MeetingData>;
type Change = 'scheduled' | 'moved' | 'cancelled';

const LEAD: Record<Change, Record<MailLanguage, { subject: string; lead: string }>> = {
  scheduled: {
    vi: {
      subject: 'Lịch gặp mới: {{withName}} tại {{eventTitle}}',
      lead: 'Cuộc gặp của bạn với {{withName}} tại "{{eventTitle}}" đã được xếp lịch:',
    },
    en: {
      subject: 'Meeting scheduled: {{withName}} at {{eventTitle}}',
      lead: 'Your meeting with {{withName}} at "{{eventTitle}}" is scheduled:',
    },
  },
  moved: {
    vi: {
      subject: 'Đổi lịch gặp: {{withName}} tại {{eventTitle}}',
      lead: 'Cuộc gặp của bạn với {{withName}} tại "{{eventTitle}}" đã được chuyển sang:',
    },
    en: {
      subject: 'Meeting moved: {{withName}} at {{eventTitle}}',
      lead: 'Your meeting with {{withName}} at "{{eventTitle}}" moved to:',
    },
  },
  cancelled: {
    vi: {
      subject: 'Đã hủy cuộc gặp: {{withName}} tại {{eventTitle}}',
      lead: 'Cuộc gặp của bạn với {{withName}} tại "{{eventTitle}}" đã bị hủy.{{#if reason}} Lý do: "{{reason}}"{{/if}} Lịch cũ:',
    },
    en: {
      subject: 'Meeting cancelled: {{withName}} at {{eventTitle}}',
      lead: 'Your meeting with {{withName}} at "{{eventTitle}}" is cancelled.{{#if reason}} Reason: "{{reason}}"{{/if}} It was:',
    },
  },
};

const SLOT: Record<MailLanguage, string> = {
  vi: '{{timespan startsAt endsAt}}, bàn số {{table}}{{#if location}}, {{location}}{{/if}}',
  en: '{{timespan startsAt endsAt}}, table {{table}}{{#if location}}, {{location}}{{/if}}',
};

function meetingKind(name: string, change: Change): MailKind<Data> {
  const template = (language: MailLanguage) => {
    const { subject, lead } = LEAD[change][language];
    const tail =
      language === 'vi'
        ? 'Tệp lịch (.ics) đính kèm giữ lịch của bạn luôn đúng.'
        : 'The attached calendar file (.ics) keeps your calendar right.';
    const button = language === 'vi' ? 'Xem lịch gặp của tôi' : 'View my agenda';
    return timedBody({ subject, button, lead, when: SLOT[language], tail }, `<strong>${SLOT[language]}</strong>`);
  };
  return {
    name,
    category: 'notification',
    data: MeetingData,
    link: (data) => `/events/${encodeURIComponent(data.eventId)}/agenda`,
    attachments: (data, language, origin) => [
      calendarAttachment(
        {
          uid: `meeting-${data.meetingId}@ketnoi`,
          title: language === 'vi' ? `Gặp ${data.withName} (bàn ${data.table})` : `Meeting ${data.withName} (table ${data.table})`,
          startsAt: data.startsAt,
          endsAt: data.endsAt,
          location: data.location ?? data.eventTitle,
          url: `${origin}/events/${encodeURIComponent(data.eventId)}/agenda`,
          sequence: sequenceOf(data.changedAt),
          cancelled: change === 'cancelled',
        },
        calendarFilename('meeting', data.startsAt, language),
      ),
    ],
    templates: { vi: template('vi'), en: template('en') },
  };
}

export const meetingScheduled = meetingKind('event.meeting_scheduled', 'scheduled');
export const meetingMoved = meetingKind('event.meeting_moved', 'moved');
export const meetingCancelled = meetingKind('event.meeting_cancelled', 'cancelled');
