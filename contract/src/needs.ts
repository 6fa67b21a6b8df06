import { z } from 'zod';
import { ClientId } from './conversations.js';
import { NEED_STATUSES } from './codes.js';
import { HistoryEntry, Id, PageOf, Paged, RequiredText, Text } from './primitives.js';
import { NeedCategoryCode, ProvinceInput, UrgencyCode } from './reference.js';

export const NeedStatusSchema = z.enum(NEED_STATUSES).meta({ id: 'NeedStatus' });

export const CreateNeedBody = z
  .strictObject({
    startupId: Id.optional().meta({ description: 'Staff creating a need on behalf of a startup; a startup may omit it' }),
    category: NeedCategoryCode.optional().meta({ description: 'When absent the server classifies the text' }),
    title: RequiredText(200, 'Give the need a short title.'),
    description: Text(4000).optional().default(''),
    urgency: UrgencyCode.optional().default('normal'),
    clientId: ClientId.optional().meta({
      description: 'Chosen by the client for this need: sending it again (a retry after a lost answer) returns the need it made',
    }),
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
  ...Paged,
});

export const NeedOutput = z
  .strictObject({
    id: z.string(),
    startupId: z.string(),
    category: NeedCategoryCode,
    title: z.string(),
    description: z.string(),
    urgency: UrgencyCode,
    status: NeedStatusSchema,
    province: z.string(),
    history: z.array(HistoryEntry),
    suggestedCategories: z.array(z.strictObject({ code: NeedCategoryCode, confidence: z.number() })).optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Need' });

export const NeedPage = PageOf(NeedOutput).meta({ id: 'NeedPage' });

export type CreateNeedInput = z.input<typeof CreateNeedBody>;
export type UpdateNeedInput = z.input<typeof UpdateNeedBody>;
export type NeedListParams = z.input<typeof NeedListQuery>;
export type Need = z.output<typeof NeedOutput>;
