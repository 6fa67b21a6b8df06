import { z } from 'zod';
import { Limit, Text } from './primitives.js';
import { ProfileKindSchema } from './profiles.js';
import { NeedCategoryCode, ProvinceInput, SectorCode } from './reference.js';

export const SearchQuerySchema = z.strictObject({
  q: Text(200).optional().default(''),
  kind: ProfileKindSchema.optional(),
  province: ProvinceInput.optional(),
  sector: SectorCode.optional(),
  need: NeedCategoryCode.optional(),
  limit: Limit(),
  cursor: z.string().max(200).optional(),
});

const Counts = z.record(z.string(), z.number());

/** A search reaches its first 1000 hits and counts no further (Meilisearch's maxTotalHits; the embedded engine agrees). */
export const SEARCH_TOTAL_LIMIT = 1000;

export const SearchResponse = z
  .strictObject({
    items: z.array(
      z.strictObject({
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
    facets: z.strictObject({ kind: Counts, province: Counts, sector: Counts, need: Counts }),
    total: z.number().meta({ description: `Matching profiles, counted up to ${SEARCH_TOTAL_LIMIT} (both engines stop there)` }),
    nextCursor: z.string().nullable(),
    placesRead: z
      .array(z.strictObject({ legacy: z.string(), current: z.string() }))
      .optional()
      .meta({ description: 'Pre-2025 province names in q that were searched as the current unit ("quang nam" → Đà Nẵng)' }),
  })
  .meta({ id: 'SearchResult' });

export type SearchParams = z.input<typeof SearchQuerySchema>;
export type SearchResult = z.output<typeof SearchResponse>;
export type SearchHit = SearchResult['items'][number];
