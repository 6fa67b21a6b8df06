// Judging and results of a call (API.md "Calls and judging"): judges' scores and recusals, the
// organiser's progress board, and the results with their formula's totals.
import { z } from 'zod';
import { CallCode, CallCriterionOutput, CallEventSummary, customIssue, EntryNeedOutput, type Issue } from './calls.js';
import { Id, Lang, RequiredText, Text } from './primitives.js';

const Count = z.number().int().min(0);

// ── judging ──

/** At most two decimals (paper score sheets use halves and quarters). */
const hundredths = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;

/** A judge's scores against the criteria: each one given, within 0..max, nothing else. */
export function scoreIssues(criteria: readonly { code: string; max: number }[], scores: Readonly<Record<string, number>>): Issue[] {
  const issues: Issue[] = [];
  const known = new Set(criteria.map((c) => c.code));
  for (const code of Object.keys(scores))
    if (!known.has(code)) issues.push({ path: ['scores', code], message: 'This call has no such criterion.', reason: 'unknown_criterion' });
  for (const c of criteria) {
    const value = scores[c.code];
    const path = ['scores', c.code];
    if (value === undefined) issues.push({ path, message: 'Score every criterion.', reason: 'missing_score' });
    else if (value < 0 || value > c.max) issues.push({ path, message: `Give 0 to ${c.max} points.`, reason: 'out_of_range', max: c.max });
    else if (!hundredths(value)) issues.push({ path, message: 'Use at most two decimals.', reason: 'too_precise' });
  }
  return issues;
}

export const ScoreBody = z
  .strictObject({
    scores: z.record(CallCode, z.number().finite()).meta({ description: 'criterion code → 0..max' }),
    comment: Text(2000).optional().default(''),
    judgeId: Id.optional().meta({ description: 'Organisers: type in a paper score for this judge (recorded as entered by you)' }),
  })
  .meta({ id: 'ScoreRequest' });

export function scoreBodyFor(criteria: Parameters<typeof scoreIssues>[0]) {
  return ScoreBody.superRefine((body, ctx) => {
    for (const issue of scoreIssues(criteria, body.scores)) ctx.addIssue(customIssue(issue));
  });
}

export const RecuseBody = z
  .strictObject({
    reason: RequiredText(500, 'Say why you step away from this entry.'),
    judgeId: Id.optional().meta({ description: 'Organisers: record a judge’s recusal for them' }),
  })
  .meta({ id: 'RecuseRequest' });

export const JudgeProgressOutput = z
  .strictObject({
    userId: z.string(),
    name: z.string(),
    role: z.string(),
    assigned: Count.meta({ description: 'Submitted entries without a declared conflict' }),
    scored: Count,
    recused: Count,
    conflicted: Count,
    remaining: Count,
    paper: Count.meta({ description: 'Scores typed in by staff' }),
  })
  .meta({ id: 'JudgeProgress' });

export const JudgingProgressOutput = z
  .strictObject({ entries: Count, judges: z.array(JudgeProgressOutput) })
  .meta({ id: 'JudgingProgress' });

export const AssignmentOutput = z
  .strictObject({
    event: CallEventSummary,
    closesAt: z.string(),
    resultsPublishedAt: z.string().nullable(),
    assigned: Count,
    scored: Count,
    recused: Count,
    remaining: Count,
  })
  .meta({ id: 'JudgingAssignment' });
export const AssignmentList = z.strictObject({ items: z.array(AssignmentOutput) }).meta({ id: 'JudgingAssignmentList' });

// ── results ──

export const ResultItemOutput = z
  .strictObject({
    entry: z.strictObject({
      id: z.string(),
      title: z.string(),
      startup: z.strictObject({ id: z.string(), name: z.string(), province: z.string() }),
    }),
    rank: z.number().int().min(1).nullable().meta({ description: 'Equal totals share a rank; null: not scored' }),
    total: z.number().nullable().meta({ description: '0..100, two decimals' }),
    byCriterion: z.record(z.string(), z.number()).meta({ description: 'Mean raw score per criterion' }),
    judges: Count.meta({ description: 'Judges whose score counts' }),
    needs: z.array(EntryNeedOutput).optional().meta({ description: 'Staff: the entrant’s open needs named in the entry (to broker help)' }),
  })
  .meta({ id: 'ResultItem' });

export const ResultsOutput = z
  .strictObject({
    published: z.boolean(),
    publishedAt: z.string().nullable(),
    normalized: z.boolean(),
    criteria: z.array(CallCriterionOutput),
    items: z.array(ResultItemOutput),
  })
  .meta({ id: 'CallResults' });

export const ScoresCsvQuery = z.strictObject({ lang: Lang.optional().meta({ description: 'Header language (else Accept-Language)' }) });

export type ScoreInput = z.input<typeof ScoreBody>;
export type RecuseInput = z.input<typeof RecuseBody>;
export type JudgeProgress = z.output<typeof JudgeProgressOutput>;
export type JudgingProgress = z.output<typeof JudgingProgressOutput>;
export type JudgingAssignment = z.output<typeof AssignmentOutput>;
export type CallResults = z.output<typeof ResultsOutput>;
export type ResultItem = z.output<typeof ResultItemOutput>;
