// The public portal's figures (API.md "Public portal, showcase, files and opportunities"): counts
// only, for anyone, with the sharing policy applied as for a visitor.
import { z } from 'zod';
import { ScopeOutput } from './primitives.js';
import { ProvinceInput, ReferenceOutput, RegionCode } from './reference.js';
import { EventPage } from './events.js';

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

/**
 * What the server's HTML of a public page carries besides its first screen (a JSON script,
 * `#first-paint-data`): the answers the page would ask for at once, so that the web client starts
 * with them instead of asking again and drawing a spinner over the server's screen.
 */
export const FirstPaintData = z.strictObject({
  /** GET /api/reference. */
  reference: ReferenceOutput.optional(),
  /** GET /api/events?limit=20 with the page's filters: the calendar's first page (/events, list view). */
  calendar: EventPage.optional(),
});
export type FirstPaintData = z.output<typeof FirstPaintData>;
