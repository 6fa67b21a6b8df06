import { z } from 'zod';
import { CONNECTION_DIRECTIONS, CRITERIA, INTRO_STATUSES, MATCH_KINDS, MATCH_QUERY_KINDS, MAX_WEIGHT } from './codes.js';
import { Id, Lang as Language, Limit, ProfileSummary } from './primitives.js';
import { OpportunityOutput } from './opportunities.js';
import { ProvinceInput } from './reference.js';

export const MatchKind = z.enum(MATCH_KINDS).meta({ id: 'MatchKind' });
export const ReasonLang = Language.meta({ description: 'Language of `reasons[].detail`; default from Accept-Language, else vi' });
export const CriterionName = z.enum(CRITERIA).meta({ id: 'MatchCriterion' });

export const MatchQuery = z.strictObject({
  for: Id.optional().meta({ description: 'Profile to find matches for; your own when absent or `me` (required for staff and admin)' }),
  needId: Id.optional().meta({ description: 'One of the startup’s needs; without it, all its open needs' }),
  kind: z
    .enum(MATCH_QUERY_KINDS)
    .optional()
    .meta({
      description:
        'Kind of the candidates: expert|investor|provider for a startup, startup for the others; opportunity: open offers ' +
        "fitting a startup's needs, or requests fitting an expert's, investor's or provider's offer",
    }),
  limit: Limit(),
  lang: ReasonLang.optional(),
});

export const MatchReason = z
  .strictObject({
    criterion: CriterionName,
    weight: z.number(),
    score: z.number().min(0).max(1),
    detail: z.string(),
  })
  .meta({ id: 'MatchReason', description: 'score is this criterion’s 0..1 score; the match score is Σ weight·score / Σ weight' });

/** The open or accepted intro between the reader and a candidate: answer it or message instead of asking again. */
export const IntroConnection = z
  .strictObject({
    introId: z.string(),
    status: z.enum(INTRO_STATUSES),
    direction: z.enum(CONNECTION_DIRECTIONS).meta({ description: 'incoming: the candidate asked you; brokered: staff introduced you' }),
    awaitingYou: z.boolean().meta({ description: 'The intro waits for your answer' }),
    conversationId: z.string().optional(),
  })
  .meta({ id: 'IntroConnection' });

export const MatchItem = z
  .strictObject({
    profile: ProfileSummary,
    score: z.number().min(0).max(1),
    reasons: z.array(MatchReason),
    needId: z.string().optional().meta({ description: 'For a startup: the need this candidate was scored for' }),
    connection: IntroConnection.optional().meta({
      description: 'Only when you ask for your own profile: the open or accepted intro between you and this candidate',
    }),
    opportunity: OpportunityOutput.optional().meta({ description: 'kind=opportunity: the opportunity; `profile` is its owner' }),
  })
  .meta({ id: 'Match' });

export const MatchList = z.strictObject({ items: z.array(MatchItem) }).meta({ id: 'MatchList' });

export const PlanBody = z
  .strictObject({
    needIds: z.array(Id).min(1, 'Name at least one need.').max(500, 'At most 500 needs per plan.'),
    kind: z.enum(['expert', 'provider']),
    capacityPerCandidate: z.number().int().min(1).max(100).optional(),
  })
  .meta({ id: 'PlanRequest' });

export const PlanOutput = z
  .strictObject({
    assignments: z.array(z.strictObject({ needId: z.string(), profileId: z.string(), score: z.number(), profile: ProfileSummary })),
    unassigned: z.array(z.string()),
    totalScore: z.number(),
  })
  .meta({ id: 'Plan' });

export const ExposureQuery = z.strictObject({
  province: ProvinceInput.optional(),
  kind: MatchKind.optional(),
  limit: Limit(50),
});

export const ExposureList = z
  .strictObject({
    items: z.array(
      z.strictObject({
        profile: ProfileSummary,
        shown: z.number().int(),
        recentShown: z.number().int().meta({ description: 'Times shown in the last 14 days' }),
        lastShownAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'ExposureList' });

export const WeightsQuery = z.strictObject({
  province: ProvinceInput.optional().meta({ description: 'Defaults to your province (staff); admins name one' }),
});

const WeightValue = z.number().min(0, 'A weight is at least 0.').max(MAX_WEIGHT, `A weight is at most ${MAX_WEIGHT}.`);

export const WeightsBody = z
  .strictObject({
    weights: z.partialRecord(CriterionName, WeightValue),
  })
  .meta({ id: 'WeightsRequest' });

export const WeightsOutput = z
  .strictObject({
    province: z.string(),
    weights: z.record(z.string(), z.number()).meta({ description: 'Effective weights: defaults overlaid with the province’s overrides' }),
    overrides: z.record(z.string(), z.number()),
    defaults: z.record(z.string(), z.number()),
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'Weights' });

export type MatchParams = z.input<typeof MatchQuery>;
export type Match = z.output<typeof MatchItem>;
export type MatchList = z.output<typeof MatchList>;
export type MatchReason = z.output<typeof MatchReason>;
export type IntroConnection = z.output<typeof IntroConnection>;
export type PlanInput = z.input<typeof PlanBody>;
export type Plan = z.output<typeof PlanOutput>;
export type ExposureParams = z.input<typeof ExposureQuery>;
export type Exposure = z.output<typeof ExposureList>;
export type WeightsInput = z.input<typeof WeightsBody>;
export type Weights = z.output<typeof WeightsOutput>;
export type MatchKind = (typeof MATCH_KINDS)[number];
