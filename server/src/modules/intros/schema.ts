import { z } from 'zod';
import { Id, RequiredText, Text } from '../../lib/schema.js';
import { HistoryEntry } from '../needs/schema.js';
import { INTRO_STATUSES } from './stateMachine.js';

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
  box: z.enum(['incoming', 'outgoing', 'all']).optional().default('all'),
  status: IntroStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).optional().default(20),
  cursor: z.string().max(500).optional(),
});

const PartySummary = z.object({ id: z.string(), kind: z.string(), name: z.string(), headline: z.string(), province: z.string() });

export const IntroOutput = z
  .object({
    id: z.string(),
    fromProfileId: z.string(),
    toProfileId: z.string(),
    needId: z.string().optional(),
    message: z.string(),
    brokeredBy: z.string().optional(),
    status: IntroStatusSchema,
    acceptedBy: z.array(z.string()),
    awaiting: z.array(z.string()),
    conversationId: z.string().optional(),
    province: z.string(),
    declineReason: z.string().optional(),
    from: PartySummary.optional(),
    to: PartySummary.optional(),
    history: z.array(HistoryEntry),
    expiresAt: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Intro' });

export const IntroPage = z.object({ items: z.array(IntroOutput), nextCursor: z.string().nullable() }).meta({ id: 'IntroPage' });
