// A consultation or a resource booking scheduled, moved or cancelled: to both sides, each with a
// calendar file whose UID is the consultation's, so the move or cancellation updates the entry
// the first mail added.
import { z } from 'zod';
import { calendarAttachment, calendarFilename, sequenceOf } from '../calendar.js';
import type { MailKind, MailLanguage } from '../render.js';
import { timedBody } from './timedBody.js';
import { CONSULTATION_MODES } from '@ketnoi/contract';

const ConsultationData = z.object({
  consultationId: z.string().min(1),
  /** The other side, as the recipient sees it. */
  withName: z.string().min(1),
  startsAt: z.string().datetime(),
  endsAt: z.string().datetime(),
  mode: z.enum(CONSULTATION_MODES),
  location: z.string().optional(),
  /** A provider's resource: this is a booking. */
  resource: z.string().optional(),
  /** Its last change (the calendar SEQUENCE). */
  changedAt: z.string().datetime(),
  reason: z.string().optional(),
  /** Where a moved one was before. */
  previousStartsAt: z.string().datetime().optional(),
});

type Data = z.infer<typeof ConsultationData>;
type Change = 'scheduled' | 'moved' | 'cancelled';

function calendarTitle(data: Data, language: MailLanguage): string {
  if (data.resource) return language === 'vi' ? `Đặt ${data.resource} – ${data.withName}` : `Booking: ${data.resource} – ${data.withName}`;
  return language === 'vi' ? `Tư vấn với ${data.withName}` : `Consultation with ${data.withName}`;
}

const WHAT_VI = '{{#if resource}}Đặt {{resource}} của {{withName}}{{else}}Buổi tư vấn với {{withName}}{{/if}}';
const WHAT_EN = '{{#if resource}}Your booking of {{resource}} at {{withName}}{{else}}Your consultation with {{withName}}{{/if}}';
const WHEN_VI = `Thời gian: {{timespan startsAt endsAt}}
Hình thức: {{#if (eq mode "online")}}trực tuyến{{else}}trực tiếp{{/if}}{{#if location}}, {{location}}{{/if}}`;
const WHEN_EN = `When: {{timespan startsAt endsAt}}
How: {{#if (eq mode "online")}}online{{else}}in person{{/if}}{{#if location}}, {{location}}{{/if}}`;

const SAID: Record<Change, Record<MailLanguage, { subject: string; lead: string; tail: string }>> = {
  scheduled: {
    vi: {
      subject: `Đã lên lịch: ${WHAT_VI}`,
      lead: `${WHAT_VI} đã được lên lịch.`,
      tail: 'Tệp lịch (.ics) đính kèm giúp bạn thêm vào lịch.',
    },
    en: {
      subject: `Scheduled: ${WHAT_EN}`,
      lead: `${WHAT_EN} is scheduled.`,
      tail: 'The attached calendar file (.ics) adds it to your calendar.',
    },
  },
  moved: {
    vi: {
      subject: `Đổi lịch: ${WHAT_VI}`,
      lead: `${WHAT_VI} đã được dời sang thời gian mới{{#if previousStartsAt}} (trước đây: {{datetime previousStartsAt}}){{/if}}.`,
      tail: 'Tệp lịch (.ics) đính kèm cập nhật mục lịch cũ.',
    },
    en: {
      subject: `Moved: ${WHAT_EN}`,
      lead: `${WHAT_EN} has moved to a new time{{#if previousStartsAt}} (it was {{datetime previousStartsAt}}){{/if}}.`,
      tail: 'The attached calendar file (.ics) updates the earlier entry.',
    },
  },
  cancelled: {
    vi: {
      subject: `Đã hủy: ${WHAT_VI}`,
      lead: `${WHAT_VI} đã bị hủy.{{#if reason}} Lý do: "{{reason}}"{{/if}}`,
      tail: 'Tệp lịch (.ics) đính kèm đánh dấu mục lịch là đã hủy.',
    },
    en: {
      subject: `Cancelled: ${WHAT_EN}`,
      lead: `${WHAT_EN} is cancelled.{{#if reason}} Reason: "{{reason}}"{{/if}}`,
      tail: 'The attached calendar file (.ics) marks the calendar entry as cancelled.',
    },
  },
};

function consultationKind(name: string, change: Change): MailKind<Data> {
  const template = (language: MailLanguage) =>
    timedBody({
      ...SAID[change][language],
      button: language === 'vi' ? 'Xem lịch tư vấn' : 'View your consultations',
      when: language === 'vi' ? WHEN_VI : WHEN_EN,
    });
  return {
    name,
    category: 'notification',
    data: ConsultationData,
    link: () => '/consultations',
    attachments: (data, language, origin) => [
      calendarAttachment(
        {
          uid: `consultation-${data.consultationId}@ketnoi`,
          title: calendarTitle(data, language),
          startsAt: data.startsAt,
          endsAt: data.endsAt,
          location: data.location ?? (data.mode === 'online' ? (language === 'vi' ? 'Trực tuyến' : 'Online') : data.resource),
          url: `${origin}/consultations`,
          sequence: sequenceOf(data.changedAt),
          cancelled: change === 'cancelled',
        },
        calendarFilename(data.resource ? 'booking' : 'consultation', data.startsAt, language),
      ),
    ],
    templates: { vi: template('vi'), en: template('en') },
  };
}

export const consultationScheduled = consultationKind('consultation.scheduled', 'scheduled');
export const consultationMoved = consultationKind('consultation.moved', 'moved');
export const consultationCancelled = consultationKind('consultation.cancelled', 'cancelled');
