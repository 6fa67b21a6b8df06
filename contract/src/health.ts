// GET /api/health: liveness and the state of each engine (no auth).
import { z } from 'zod';

export const HealthOutput = z
  .strictObject({
    status: z.enum(['ok', 'degraded']),
    store: z.strictObject({
      engine: z.string(),
      ok: z.boolean(),
      failedIndexes: z
        .array(z.strictObject({ collection: z.string(), index: z.string() }))
        .meta({ description: 'Declared indexes that could not be built (names only: the reason may quote data; it is in the log)' }),
    }),
    search: z.strictObject({
      engine: z.string(),
      ok: z.boolean(),
      lag: z.number().meta({ description: 'Profile changes not yet visible in search (outbox entries waiting)' }),
    }),
    uptimeSeconds: z.number(),
  })
  .meta({ id: 'Health' });

export type Health = z.output<typeof HealthOutput>;
