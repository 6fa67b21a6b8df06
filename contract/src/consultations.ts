import { z } from 'zod';
import { CONSULTATION_LIST_ORDERS, CONSULTATION_MODES, CONSULTATION_STATUSES } from './codes.js';
import { HistoryEntry, Id, IsoTime, PageOf, Paged, ProfileSummary, Text } from './primitives.js';
import { OutcomeTagCode } from './reference.js';

export const ConsultationStatusSchema = z.enum(CONSULTATION_STATUSES).meta({ id: 'ConsultationStatus' });
export const ConsultationMode = z.enum(CONSULTATION_MODES).meta({ id: 'ConsultationMode' });

export const ScheduleBody = z
  .strictObject({
    introId: Id,
    startsAt: IsoTime,
    durationMinutes: z
      .number()
      .int()
      .min(15, 'At least 15 minutes.')
      .max(12 * 60, 'At most 12 hours; use endsAt for bookings.')
      .optional(),
    endsAt: IsoTime.optional().meta({ description: 'For bookings of a provider resource that span hours or days' }),
    mode: ConsultationMode,
    location: Text(300).optional(),
    resource: Text(120).optional().meta({ description: "A provider's resource name (its profile's resources)" }),
  })
  .refine((b) => (b.durationMinutes === undefined) !== (b.endsAt === undefined), {
    message: 'Give either durationMinutes or endsAt.',
    path: ['durationMinutes'],
  })
  .refine((b) => !b.endsAt || Date.parse(b.endsAt) > Date.parse(b.startsAt), {
    message: 'endsAt must be after startsAt.',
    path: ['endsAt'],
  })
  .refine((b) => !b.endsAt || Date.parse(b.endsAt) - Date.parse(b.startsAt) <= 366 * 86_400_000, {
    message: 'A booking spans at most a year.',
    path: ['endsAt'],
  })
  .refine((b) => !b.resource || b.mode === 'onsite', { message: 'A resource booking is onsite.', path: ['mode'] })
  .meta({ id: 'ScheduleConsultationRequest' });

export const CompleteBody = z
  .strictObject({
    outcome: z.strictObject({
      tags: z
        .array(OutcomeTagCode)
        .min(1, 'Choose at least one outcome.')
        .max(10)
        .transform((t) => [...new Set(t)]),
      note: Text(2000).optional(),
      evidence: Text(1000).optional().meta({ description: 'A reference: certificate number, filing number, contract number, link…' }),
      evidenceFileIds: z
        .array(Id)
        .max(10)
        .optional()
        .meta({ description: 'Files uploaded with purpose evidence (filing receipt, certificate): the two sides and staff open them' }),
    }),
  })
  .meta({ id: 'CompleteConsultationRequest' });

/** Move a scheduled consultation or booking: a new start and either a duration or an end. */
export const RescheduleBody = z
  .strictObject({
    startsAt: IsoTime,
    durationMinutes: z
      .number()
      .int()
      .min(15, 'At least 15 minutes.')
      .max(12 * 60, 'At most 12 hours; use endsAt for bookings.')
      .optional(),
    endsAt: IsoTime.optional(),
    location: Text(300).optional(),
  })
  .refine((b) => !(b.durationMinutes !== undefined && b.endsAt !== undefined), {
    message: 'Give durationMinutes or endsAt, not both (neither keeps the current length).',
    path: ['durationMinutes'],
  })
  .refine((b) => !b.endsAt || Date.parse(b.endsAt) > Date.parse(b.startsAt), {
    message: 'endsAt must be after startsAt.',
    path: ['endsAt'],
  })
  .refine((b) => !b.endsAt || Date.parse(b.endsAt) - Date.parse(b.startsAt) <= 366 * 86_400_000, {
    message: 'A booking spans at most a year.',
    path: ['endsAt'],
  })
  .meta({ id: 'RescheduleConsultationRequest' });

/**
 * Answers to the follow-up mail sent 90 days after a completed consultation ("what happened
 * next?"): an outcome tag, or `still_waiting`. Outcome tags count in the reports' outcomes.
 */
export const FOLLOW_UP_WAITING = 'still_waiting';
export const FollowUpTag = z.union([OutcomeTagCode, z.literal(FOLLOW_UP_WAITING)]).meta({ id: 'FollowUpTag' });
export const FollowUp = z.strictObject({ at: z.string(), tag: FollowUpTag }).meta({ id: 'ConsultationFollowUp' });

export const CancelBody = z.strictObject({ reason: Text(500).optional() }).meta({ id: 'CancelConsultationRequest' });

export const FeedbackBody = z
  .strictObject({
    rating: z.number().int().min(1).max(5),
    comment: Text(2000).optional(),
    resolved: z.boolean().optional().meta({ description: 'The startup confirms the outcome resolved its need' }),
  })
  .meta({ id: 'ConsultationFeedbackRequest' });

export const ConsultationListQuery = z.strictObject({
  status: ConsultationStatusSchema.optional(),
  order: z
    .enum(CONSULTATION_LIST_ORDERS)
    .default('latest')
    .meta({ description: 'latest: latest start first (default); soonest: soonest start first, for an agenda of what comes next' }),
  ...Paged,
});

export const ConsultationOutput = z
  .strictObject({
    id: z.string(),
    introId: z.string(),
    startupId: z.string(),
    helperId: z.string(),
    startup: ProfileSummary.nullable().meta({ description: 'The startup side, so a list needs no request per consultation' }),
    helper: ProfileSummary.nullable().meta({ description: 'The expert, investor or provider side' }),
    needId: z.string().optional(),
    startsAt: z.string(),
    endsAt: z.string(),
    durationMinutes: z.number(),
    mode: ConsultationMode,
    location: z.string().optional(),
    resource: z.string().optional(),
    status: ConsultationStatusSchema,
    outcome: z
      .strictObject({
        tags: z.array(OutcomeTagCode),
        note: z.string().optional(),
        evidence: z.string().optional(),
        evidenceFileIds: z.array(z.string()).optional(),
      })
      .optional(),
    cancelReason: z.string().optional(),
    feedback: z.strictObject({ rating: z.number(), comment: z.string().optional(), at: z.string() }).optional(),
    followUps: z.array(FollowUp).meta({ description: 'Answers to the follow-up mail 90 days after completion, oldest first' }),
    history: z.array(HistoryEntry),
    createdAt: z.string(),
  })
  .meta({ id: 'Consultation' });

export const ConsultationList = PageOf(ConsultationOutput).meta({
  id: 'ConsultationList',
  description: 'The caller’s consultations, latest start first (soonest first with order=soonest); nextCursor pages on',
});

export type ScheduleInput = z.input<typeof ScheduleBody>;
export type CompleteInput = z.input<typeof CompleteBody>;
export type CancelInput = z.input<typeof CancelBody>;
export type RescheduleInput = z.input<typeof RescheduleBody>;
export type FollowUpTag = z.output<typeof FollowUpTag>;
export type FollowUp = z.output<typeof FollowUp>;
export type FeedbackInput = z.input<typeof FeedbackBody>;
export type ConsultationListParams = z.input<typeof ConsultationListQuery>;
export type Consultation = z.output<typeof ConsultationOutput>;
export type ConsultationList = z.output<typeof ConsultationList>;
export type ConsultationMode = (typeof CONSULTATION_MODES)[number];
export type ConsultationListOrder = (typeof CONSULTATION_LIST_ORDERS)[number];
