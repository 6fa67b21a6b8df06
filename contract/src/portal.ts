// The public portal's figures (API.md "Public portal, showcase, files and opportunities"): counts
// only, for anyone, with the sharing policy applied as for a visitor.
import { z } from 'zod';
import { ScopeOutput } from './primitives.js';
import { ProvinceInput, RegionCode } from './reference.js';

export const PublicStatsQuery = z.strictObject({
  province: ProvinceInput.optional(),
  region: RegionCode.optional(),
});

const Count = z.number().int();

export const PublicStatsOutput = z
  .strictObject({
    scope: ScopeOutput.omit({ provinces: true }),
    startups: Count,
    experts: Count,
    investors: Count,
    providers: Count,
    needs: z.strictObject({ opened: Count, resolved: Count }),
    intros: z.strictObject({ accepted: Count }),
    consultations: z.strictObject({ completed: Count }),
    outcomes: z.record(z.string(), Count),
    events: z.strictObject({ held: Count, participants: Count }),
  })
  .meta({ id: 'PublicStats' });

export type PublicStatsParams = z.input<typeof PublicStatsQuery>;
export type PublicStats = z.output<typeof PublicStatsOutput>;
