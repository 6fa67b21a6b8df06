// Request and response schemas of the reports (API.md "Staff and reports", plus documented extras).
import { z } from 'zod';
import { EXPORT_TYPES } from './codes.js';
import { Lang, PeriodOutput, ScopeOutput } from './primitives.js';
import { ProvinceInput, RegionCode } from './reference.js';

/** A report period's boundary: a bare date is a Vietnam local day (UTC+7). */
export const PeriodBoundary = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: 'Use a date (YYYY-MM-DD, a Vietnam local day) or an ISO-8601 time with its offset.',
  })
  .meta({ description: 'YYYY-MM-DD (Vietnam local day, UTC+7) or an ISO-8601 date-time with offset', example: '2026-03-01' });

/** Which figures: a province (staff: their own), a region or the nation (admins), over a period. */
export const ScopeQuery = {
  province: ProvinceInput.optional().meta({ description: 'Staff: their own (default). Admin: any province.' }),
  region: RegionCode.optional().meta({ description: 'Admin: roll-up of a socio-economic region' }),
  from: PeriodBoundary.optional().meta({ description: 'Inclusive; default: the beginning' }),
  to: PeriodBoundary.optional().meta({ description: 'Exclusive; default: everything up to now, this instant included' }),
};

export const SummaryQuery = z.strictObject(ScopeQuery);
export const ExportQuery = z.strictObject({
  type: z.enum(EXPORT_TYPES),
  ...ScopeQuery,
  lang: Lang.optional().default('vi').meta({ description: 'vi: "Tiêu đề (Title)" headers and Vietnamese labels; en: English' }),
});

const Count = z.number().int();
const StageTime = z.strictObject({ medianHours: z.number().nullable(), count: Count });

export const SummaryOutput = z
  .strictObject({
    period: PeriodOutput,
    province: z.string().nullable(),
    scope: ScopeOutput,
    needs: z.strictObject({
      byCategory: z.record(z.string(), z.strictObject({ open: Count, resolved: Count })),
      totals: z.strictObject({ opened: Count, reopened: Count, resolved: Count, closed: Count }),
    }),
    intros: z.strictObject({ byStatus: z.record(z.string(), Count), statusAtEnd: z.record(z.string(), Count), firstResponses: Count }),
    funnel: z.strictObject({ requested: Count, accepted: Count, consulted: Count, resolved: Count }),
    medianFirstResponseHours: z.number().nullable(),
    consultations: z.strictObject({
      completed: Count,
      averageRating: z.number().nullable(),
      scheduled: Count,
      cancelled: Count,
      ratings: Count,
    }),
    outcomes: z.record(z.string(), Count),
    outcomeStartups: z
      .record(z.string(), Count)
      .meta({ description: 'The same outcomes counted once per startup (projects helped), tags that occur only' }),
    timeInStage: z.strictObject({
      needs: z.record(z.string(), StageTime),
      intros: z.record(z.string(), StageTime),
      consultations: z.record(z.string(), StageTime),
    }),
    exposure: z.strictObject({
      available: z.boolean(),
      windowDays: Count,
      totalShown: Count,
      candidates: Count,
      items: z.array(
        z.strictObject({
          profileId: z.string(),
          name: z.string().nullable(),
          kind: z.string(),
          province: z.string(),
          shown: Count,
          recent: Count,
          share: z.number(),
          lastShownAt: z.string(),
        }),
      ),
    }),
    byProvince: z
      .record(
        z.string(),
        z.strictObject({
          needsOpened: Count,
          needsResolved: Count,
          introsRequested: Count,
          introsAccepted: Count,
          consultationsCompleted: Count,
        }),
      )
      .optional()
      .meta({ description: 'Region and national roll-ups only' }),
  })
  .meta({ id: 'ReportSummary' });

export type SummaryParams = z.input<typeof SummaryQuery>;
export type ExportParams = z.input<typeof ExportQuery>;
export type ReportSummary = z.output<typeof SummaryOutput>;
