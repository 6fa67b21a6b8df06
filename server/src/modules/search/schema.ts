import { z } from 'zod';
import { Text } from '../../lib/schema.js';
import { NeedCategoryCode, ProvinceInput, SectorCode } from '../reference/schema.js';
import { ProfileKindSchema } from '../profiles/schema.js';

export const SearchQuerySchema = z.strictObject({
  q: Text(200).optional().default(''),
  kind: ProfileKindSchema.optional(),
  province: ProvinceInput.optional(),
  sector: SectorCode.optional(),
  need: NeedCategoryCode.optional(),
  limit: z.coerce.number().int().min(1).max(100).optional().default(20),
  cursor: z.string().max(200).optional(),
});

const Counts = z.record(z.string(), z.number());

export const SearchResponse = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        kind: ProfileKindSchema,
        name: z.string(),
        headline: z.string(),
        province: z.string(),
        sectors: z.array(z.string()),
        verified: z.boolean(),
        expertise: z.array(z.string()).optional(),
        offerings: z.array(z.string()).optional(),
        needs: z.array(z.string()).optional(),
        highlight: z.record(z.string(), z.string()),
      }),
    ),
    facets: z.object({ kind: Counts, province: Counts, sector: Counts, need: Counts }),
    total: z.number(),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'SearchResult' });
