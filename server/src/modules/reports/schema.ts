// Request and response schemas of the reports (API.md "Staff and reports", plus documented extras).
import { regionCodes } from '@ketnoi/seeds';
import { z } from 'zod';
import { ProvinceInput } from '../reference/schema.js';
import { EXPORT_TYPES } from './exports.js';
import { PeriodBoundary } from './period.js';

const ScopeQuery = {
  province: ProvinceInput.optional().meta({ description: 'Staff: their own (default). Admin: any province.' }),
  region: z
    .enum(regionCodes as [string, ...string[]])
    .optional()
    .meta({ description: 'Admin: roll-up of a socio-economic region' }),
  from: PeriodBoundary.optional().meta({ description: 'Inclusive; default: the beginning' }),
  to: PeriodBoundary.optional().meta({ description: 'Exclusive; default: now' }),
};

export const SummaryQuery = z.strictObject(ScopeQuery);
export const ExportQuery = z.strictObject({
  type: z.enum(EXPORT_TYPES),
  ...ScopeQuery,
  lang: z
    .enum(['vi', 'en'])
    .optional()
    .default('vi')
    .meta({ description: 'vi: "Tiêu đề (Title)" headers and Vietnamese labels; en: English' }),
});

const Count = z.number().int();
const StageTime = z.object({ medianHours: z.number().nullable(), count: Count });

export const SummaryOutput = z
  .object({
    period: z.object({ from: z.string().nullable(), to: z.string(), timeZone: z.string() }),
    province: z.string().nullable(),
    scope: z.object({
      level: z.enum(['province', 'region', 'national']),
      province: z.string().nullable(),
      region: z.string().nullable(),
      provinces: z.array(z.string()).nullable(),
    }),
    needs: z.object({
      byCategory: z.record(z.string(), z.object({ open: Count, resolved: Count })),
      totals: z.object({ opened: Count, reopened: Count, resolved: Count, closed: Count }),
    }),
    intros: z.object({ byStatus: z.record(z.string(), Count), statusAtEnd: z.record(z.string(), Count), firstResponses: Count }),
    funnel: z.object({ requested: Count, accepted: Count, consulted: Count, resolved: Count }),
    medianFirstResponseHours: z.number().nullable(),
    consultations: z.object({ completed: Count, averageRating: z.number().nullable(), scheduled: Count, cancelled: Count, ratings: Count }),
    outcomes: z.record(z.string(), Count),
    timeInStage: z.object({
      needs: z.record(z.string(), StageTime),
      intros: z.record(z.string(), StageTime),
      consultations: z.record(z.string(), StageTime),
    }),
    exposure: z.object({
      available: z.boolean(),
      windowDays: Count,
      totalShown: Count,
      candidates: Count,
      items: z.array(
        z.object({
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
        z.object({
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
