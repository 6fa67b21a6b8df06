import { z } from 'zod';
import { Id, RequiredText, Text } from '../../lib/schema.js';
import { NeedCategoryCode, ProvinceInput, UrgencyCode } from '../reference/schema.js';
import { NEED_STATUSES } from './stateMachine.js';

export const NeedStatusSchema = z.enum(NEED_STATUSES).meta({ id: 'NeedStatus' });

export const CreateNeedBody = z
  .strictObject({
    startupId: Id.optional().meta({ description: 'Staff creating a need on behalf of a startup; a startup may omit it' }),
    category: NeedCategoryCode.optional().meta({ description: 'When absent the server classifies the text' }),
    title: RequiredText(200, 'Give the need a short title.'),
    description: Text(4000).optional().default(''),
    urgency: UrgencyCode.optional().default('normal'),
  })
  .meta({ id: 'CreateNeedRequest' });

export const UpdateNeedBody = z
  .strictObject({
    status: NeedStatusSchema.optional(),
    title: RequiredText(200).optional(),
    description: Text(4000).optional(),
    category: NeedCategoryCode.optional(),
    urgency: UrgencyCode.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Nothing to change.' })
  .meta({ id: 'UpdateNeedRequest' });

export const NeedListQuery = z.strictObject({
  province: ProvinceInput.optional(),
  category: NeedCategoryCode.optional(),
  status: NeedStatusSchema.optional(),
  startupId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(100).optional().default(20),
  cursor: z.string().max(500).optional(),
});

export const HistoryEntry = z
  .object({ at: z.string(), by: z.string(), from: z.string().nullable(), to: z.string() })
  .meta({ id: 'HistoryEntry' });

export const NeedOutput = z
  .object({
    id: z.string(),
    startupId: z.string(),
    category: NeedCategoryCode,
    title: z.string(),
    description: z.string(),
    urgency: UrgencyCode,
    status: NeedStatusSchema,
    province: z.string(),
    history: z.array(HistoryEntry),
    suggestedCategories: z.array(z.object({ code: NeedCategoryCode, confidence: z.number() })).optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Need' });

export const NeedPage = z.object({ items: z.array(NeedOutput), nextCursor: z.string().nullable() }).meta({ id: 'NeedPage' });
