// Opportunities (API.md "Public portal, showcase, files and opportunities"): typed offers and
// requests from any profile, classified like needs, searchable without diacritics, expiring.
import { z } from 'zod';
import { OPPORTUNITY_DEFAULT_DAYS, OPPORTUNITY_MAX_DAYS, OPPORTUNITY_STATUSES, OPPORTUNITY_TYPES } from './codes.js';
import { CodeList, Id, IsoTime, PageOf, Paged, ProfileSummary, QueryBool, RequiredText, Text } from './primitives.js';
import { NeedCategoryCode, ProvinceCode, ProvinceInput, SectorCode } from './reference.js';

export const OpportunityTypeSchema = z.enum(OPPORTUNITY_TYPES).meta({ id: 'OpportunityType' });
export const OpportunityStatusSchema = z.enum(OPPORTUNITY_STATUSES).meta({ id: 'OpportunityStatus' });

export const CreateOpportunityBody = z
  .strictObject({
    type: OpportunityTypeSchema,
    category: NeedCategoryCode.optional().meta({ description: 'When absent the server classifies the text' }),
    title: RequiredText(200, 'Give the opportunity a short title.'),
    description: Text(4000).optional().default(''),
    province: ProvinceInput.optional().meta({ description: "Default: the profile's province" }),
    sectors: CodeList(SectorCode, 10).optional(),
    expiresAt: IsoTime.optional().meta({
      description: `Default: ${OPPORTUNITY_DEFAULT_DAYS} days; at most ${OPPORTUNITY_MAX_DAYS} days ahead`,
    }),
  })
  .meta({ id: 'CreateOpportunityRequest' });

export const UpdateOpportunityBody = z
  .strictObject({
    title: RequiredText(200).optional(),
    description: Text(4000).optional(),
    category: NeedCategoryCode.optional(),
    province: ProvinceInput.optional(),
    sectors: CodeList(SectorCode, 10).optional(),
    expiresAt: IsoTime.optional().meta({ description: 'Renew: a new expiry (at most 365 days ahead) reopens an expired one' }),
    status: z.enum(['closed']).optional().meta({ description: 'Close it for good' }),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Nothing to change.' })
  .meta({ id: 'UpdateOpportunityRequest' });

export const OpportunityListQuery = z.strictObject({
  type: OpportunityTypeSchema.optional(),
  category: NeedCategoryCode.optional(),
  province: ProvinceInput.optional(),
  q: Text(200).optional().meta({ description: 'Words of the title or description; diacritics and case ignored' }),
  mine: QueryBool.optional().meta({ description: 'Signed in: your own, of every status' }),
  ...Paged,
});

export const InterestBody = z
  .strictObject({ message: RequiredText(2000, 'Write a short message to the owner.') })
  .meta({ id: 'OpportunityInterestRequest' });

export const OpportunityOutput = z
  .strictObject({
    id: z.string(),
    profileId: z.string(),
    profile: ProfileSummary,
    type: OpportunityTypeSchema,
    category: NeedCategoryCode,
    title: z.string(),
    description: z.string(),
    province: ProvinceCode,
    sectors: z.array(z.string()),
    expiresAt: z.string(),
    status: OpportunityStatusSchema,
    suggestedCategories: z.array(z.strictObject({ code: NeedCategoryCode, confidence: z.number() })).optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Opportunity' });

export const OpportunityPage = PageOf(OpportunityOutput).meta({ id: 'OpportunityPage' });
export const OpportunityIdParams = z.strictObject({ id: Id });

export type CreateOpportunityInput = z.input<typeof CreateOpportunityBody>;
export type UpdateOpportunityInput = z.input<typeof UpdateOpportunityBody>;
export type OpportunityListParams = z.input<typeof OpportunityListQuery>;
export type InterestInput = z.input<typeof InterestBody>;
export type Opportunity = z.output<typeof OpportunityOutput>;
