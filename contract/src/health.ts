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
    mail: z.strictObject({
      transport: z.enum(['smtp', 'file', 'unknown']),
      ok: z.boolean().meta({ description: 'False while mails wait after failed attempts, or the relay refused the last connection' }),
      queued: z.number().meta({ description: 'Mails waiting to be sent (including retries)' }),
      failing: z.number().meta({ description: 'Waiting mails whose last attempt failed' }),
      failed: z.number().meta({ description: 'Mails given up on (rejected for good or out of attempts)' }),
    }),
    uptimeSeconds: z.number(),
  })
  .meta({ id: 'Health' });

export type Health = z.output<typeof HealthOutput>;
