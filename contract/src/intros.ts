import { z } from 'zod';
import { INTRO_BOXES, INTRO_STATUSES } from './codes.js';
import { HistoryEntry, Id, PageOf, Paged, ProfileSummary, RequiredText, Text } from './primitives.js';

export const IntroStatusSchema = z.enum(INTRO_STATUSES).meta({ id: 'IntroStatus' });

export const CreateIntroBody = z
  .strictObject({
    fromProfileId: Id.optional().meta({ description: 'Staff brokering: the first party (both must accept)' }),
    toProfileId: Id,
    needId: Id.optional(),
    message: RequiredText(2000, 'Write a short message explaining why you want to connect.'),
  })
  .meta({ id: 'CreateIntroRequest' });

export const DeclineBody = z.strictObject({ reason: Text(500).optional() }).meta({ id: 'DeclineIntroRequest' });
export const RejectBody = z.strictObject({ reason: Text(500).optional() }).meta({ id: 'RejectIntroRequest' });

export const IntroListQuery = z.strictObject({
  box: z.enum(INTRO_BOXES).optional().default('all'),
  status: IntroStatusSchema.optional(),
  with: Id.optional().meta({ description: 'Only the intros between you and this profile (either direction); staff: involving it' }),
  ...Paged,
});

export const IntroOutput = z
  .strictObject({
    id: z.string(),
    fromProfileId: z.string(),
    toProfileId: z.string(),
    needId: z.string().optional(),
    opportunityId: z
      .string()
      .optional()
      .meta({ description: 'Set when the intro answers an opportunity (POST /api/opportunities/:id/interest)' }),
    message: z.string(),
    brokeredBy: z.string().optional(),
    status: IntroStatusSchema,
    acceptedBy: z.array(z.string()),
    awaiting: z.array(z.string()),
    conversationId: z.string().optional(),
    province: z.string(),
    declineReason: z.string().optional(),
    from: ProfileSummary.optional(),
    to: ProfileSummary.optional(),
    history: z.array(HistoryEntry),
    expiresAt: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Intro' });

export const IntroPage = PageOf(IntroOutput).meta({ id: 'IntroPage' });

export type CreateIntroInput = z.input<typeof CreateIntroBody>;
export type DeclineInput = z.input<typeof DeclineBody>;
export type RejectInput = z.input<typeof RejectBody>;
export type IntroListParams = z.input<typeof IntroListQuery>;
export type Intro = z.output<typeof IntroOutput>;
