// Calls for entries and judging (API.md "Calls and judging"): a call attached to an event, entries
// from startups, judges' scores and recusals, progress, results and the rubric templates. The
// cross-field rules (answers against the call's questions, scores against its criteria) are plain
// functions here, so the server and the web client refuse the same things with the same words.
import { z } from 'zod';
import {
  CALL_CODE_PATTERN,
  CALL_LIST_STATUSES,
  CALL_QUESTION_TYPES,
  ENTRY_STATUSES,
  ENTRY_VIEWS,
  EVENT_KINDS,
  EVENT_STATUSES,
  JUDGEMENT_STATUSES,
  MAX_CALL_CRITERIA,
  MAX_CALL_JUDGES,
  MAX_CALL_QUESTIONS,
} from './codes.js';
import { CodeList, Cursor, Id, IsoTime, Limit, PageOf, Paged, ProfileSummary, RequiredText, Text } from './primitives.js';
import { ProvinceInput } from './reference.js';

export const CallQuestionTypeSchema = z.enum(CALL_QUESTION_TYPES).meta({ id: 'CallQuestionType' });
export const EntryStatusSchema = z.enum(ENTRY_STATUSES).meta({ id: 'EntryStatus' });
export const JudgementStatusSchema = z.enum(JUDGEMENT_STATUSES).meta({ id: 'JudgementStatus' });

export const CallCode = z
  .string()
  .trim()
  .regex(CALL_CODE_PATTERN, 'Use lowercase letters, digits and _ (starting with a letter), at most 40.')
  .meta({ example: 'tinh_moi' });

const Count = z.number().int().min(0);

/** `vi` first, `en` its English form. */
const Bilingual = z.strictObject({ vi: z.string(), en: z.string() });

// ── the call ──

export const CallQuestionInput = z
  .strictObject({
    code: CallCode,
    label: RequiredText(300, 'Write the question.'),
    labelEn: Text(300).optional().meta({ description: 'The question in English' }),
    hint: Text(500).optional(),
    type: CallQuestionTypeSchema,
    options: z.array(RequiredText(200)).max(20, 'At most 20 options.').optional().meta({ description: 'Choices (type choice only)' }),
    required: z.boolean(),
  })
  .meta({ id: 'CallQuestionInput' });

export const CallCriterionInput = z
  .strictObject({
    code: CallCode,
    label: RequiredText(200, 'Name the criterion.'),
    labelEn: Text(200).optional(),
    hint: Text(500).optional().meta({ description: 'What the judges look for (scoring guidance)' }),
    weight: z.number().positive('Weights are positive.').max(100),
    max: z.number().int('Use a whole number of points.').min(1).max(1000),
  })
  .meta({ id: 'CallCriterionInput' });

/** A broken rule: where, in words, and a stable `reason` (with `max` for ranges) the web client translates. */
export type CallIssueReason =
  | 'required'
  | 'not_number'
  | 'not_text'
  | 'not_option'
  | 'unknown_question'
  | 'missing_score'
  | 'out_of_range'
  | 'too_precise'
  | 'unknown_criterion';
export type Issue = { path: (string | number)[]; message: string; reason?: CallIssueReason; max?: number };

/** A rule's issue as a zod issue; the reason travels in `params` for the web client. */
export const customIssue = (issue: Issue) => ({
  code: 'custom' as const,
  path: issue.path,
  message: issue.message,
  params: { reason: issue.reason, max: issue.max },
});

/** Cross-field rules of a call body: codes unique, choice questions with options, the window in order. */
export function callShapeIssues(call: {
  opensAt?: string | null | undefined;
  closesAt: string;
  questions: readonly { code: string; type: string; options?: readonly string[] | undefined }[];
  criteria: readonly { code: string }[];
}): Issue[] {
  const issues: Issue[] = [];
  if (call.opensAt && Date.parse(call.closesAt) <= Date.parse(call.opensAt))
    issues.push({ path: ['closesAt'], message: 'The call must close after it opens.' });
  const duplicates = (list: readonly { code: string }[], field: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.code)) issues.push({ path: [field, i, 'code'], message: `The code "${item.code}" is used twice.` });
      seen.add(item.code);
    });
  };
  duplicates(call.questions, 'questions');
  duplicates(call.criteria, 'criteria');
  call.questions.forEach((q, i) => {
    const options = q.options ?? [];
    if (q.type === 'choice' && options.length < 2)
      issues.push({ path: ['questions', i, 'options'], message: 'A choice question needs at least two options.' });
    if (q.type !== 'choice' && options.length > 0)
      issues.push({ path: ['questions', i, 'options'], message: 'Only choice questions have options.' });
    if (new Set(options).size !== options.length) issues.push({ path: ['questions', i, 'options'], message: 'Each option appears once.' });
  });
  return issues;
}

export const CallBody = z
  .strictObject({
    opensAt: IsoTime.optional().meta({ description: 'Absent: open from now' }),
    closesAt: IsoTime,
    rules: Text(10_000).optional().default('').meta({ description: 'The rules (thể lệ) as published to entrants' }),
    questions: z.array(CallQuestionInput).max(MAX_CALL_QUESTIONS, `At most ${MAX_CALL_QUESTIONS} questions.`),
    criteria: z
      .array(CallCriterionInput)
      .min(1, 'Add at least one criterion.')
      .max(MAX_CALL_CRITERIA, `At most ${MAX_CALL_CRITERIA} criteria.`),
    judges: CodeList(Id, MAX_CALL_JUDGES).meta({ description: 'User ids of experts or staff' }),
    normalizeJudges: z.boolean(),
  })
  .superRefine((call, ctx) => {
    for (const issue of callShapeIssues(call)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  })
  .meta({ id: 'CallRequest' });

export const CallQuestionOutput = z
  .strictObject({
    code: z.string(),
    label: z.string(),
    labelEn: z.string().optional(),
    hint: z.string().optional(),
    type: CallQuestionTypeSchema,
    options: z.array(z.string()).optional(),
    required: z.boolean(),
  })
  .meta({ id: 'CallQuestion' });

export const CallCriterionOutput = z
  .strictObject({
    code: z.string(),
    label: z.string(),
    labelEn: z.string().optional(),
    hint: z.string().optional(),
    weight: z.number(),
    max: z.number(),
  })
  .meta({ id: 'CallCriterion' });

export const JuryMemberOutput = z
  .strictObject({
    userId: z.string(),
    name: z.string(),
    role: z.string(),
    province: z.string().nullable(),
    profileId: z.string().nullable(),
    headline: z.string().nullable(),
  })
  .meta({ id: 'JuryMember' });

export const CallEventSummary = z
  .strictObject({
    id: z.string(),
    kind: z.enum(EVENT_KINDS),
    title: z.string(),
    province: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    status: z.enum(EVENT_STATUSES),
  })
  .meta({ id: 'CallEvent' });

// ── entries ──

export const AnswerValue = z.union([Text(4000), z.number().finite()]).meta({ id: 'EntryAnswer' });
const Answers = z
  .record(CallCode, AnswerValue)
  .refine((a) => Object.keys(a).length <= MAX_CALL_QUESTIONS, 'Too many answers.')
  .meta({ description: 'question code → text, number, or the chosen option' });

export type AnswerMap = Record<string, string | number>;

/** Answers against the call's questions: every required one present, each of its type, no unknown codes. */
export function entryAnswerIssues(
  questions: readonly { code: string; type: string; options?: readonly string[] | undefined; required: boolean }[],
  answers: Readonly<AnswerMap>,
): Issue[] {
  const issues: Issue[] = [];
  const known = new Set(questions.map((q) => q.code));
  for (const code of Object.keys(answers))
    if (!known.has(code)) issues.push({ path: ['answers', code], message: 'This call has no such question.', reason: 'unknown_question' });
  for (const q of questions) {
    const value = answers[q.code];
    const path = ['answers', q.code];
    if (value === undefined || value === '') {
      if (q.required) issues.push({ path, message: 'This answer is required.', reason: 'required' });
      continue;
    }
    if (q.type === 'number' && typeof value !== 'number') issues.push({ path, message: 'Answer with a number.', reason: 'not_number' });
    if (q.type === 'text' && typeof value !== 'string') issues.push({ path, message: 'Answer in words.', reason: 'not_text' });
    if (q.type === 'choice' && !(q.options ?? []).includes(String(value)))
      issues.push({ path, message: 'Choose one of the options.', reason: 'not_option' });
  }
  return issues;
}

export const EntryBody = z
  .strictObject({
    title: RequiredText(200, 'Give the entry a title.'),
    summary: RequiredText(3000, 'Describe the idea in a few sentences.'),
    answers: Answers.optional().default({}),
    needIds: CodeList(Id, 10).optional().meta({ description: 'Open needs of the startup this entry asks help with' }),
    startupId: Id.optional().meta({ description: 'Staff: submit for a startup of their province (assisted)' }),
  })
  .meta({ id: 'EntryRequest' });

export const PatchEntryBody = z
  .strictObject({
    title: RequiredText(200, 'Give the entry a title.').optional(),
    summary: RequiredText(3000, 'Describe the idea in a few sentences.').optional(),
    answers: Answers.optional().meta({ description: 'Replaces every answer' }),
    needIds: CodeList(Id, 10).optional(),
  })
  .meta({ id: 'PatchEntryRequest' });

/** The entry body with the call's questions checked (the web form validates with this). */
export function entryBodyFor(questions: Parameters<typeof entryAnswerIssues>[0]) {
  return EntryBody.superRefine((body, ctx) => {
    for (const issue of entryAnswerIssues(questions, body.answers)) ctx.addIssue(customIssue(issue));
  });
}

export const EntryNeedOutput = z
  .strictObject({ id: z.string(), category: z.string(), title: z.string(), status: z.string() })
  .meta({ id: 'EntryNeed' });

export const JudgementOutput = z
  .strictObject({
    entryId: z.string(),
    judgeId: z.string(),
    status: JudgementStatusSchema,
    scores: z.record(z.string(), z.number()).nullable(),
    total: z.number().nullable().meta({ description: 'This judge’s score of the entry on 0..100 (raw)' }),
    comment: z.string(),
    reason: z.string().meta({ description: 'Why the judge recused' }),
    enteredBy: z.string().meta({ description: 'Who typed it: the judge, or staff entering a paper score' }),
    at: z.string(),
  })
  .meta({ id: 'Judgement' });

export const EntryOutput = z
  .strictObject({
    id: z.string(),
    eventId: z.string(),
    startupId: z.string(),
    startup: ProfileSummary,
    title: z.string(),
    summary: z.string(),
    answers: z.record(z.string(), z.union([z.string(), z.number()])),
    status: EntryStatusSchema,
    needIds: z.array(z.string()),
    needs: z.array(EntryNeedOutput).optional().meta({ description: 'The named needs (organisers and the entrant)' }),
    assisted: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    withdrawnAt: z.string().nullable(),
    myJudgement: JudgementOutput.nullable().optional().meta({ description: 'Judge view: your score or recusal' }),
    judging: z
      .strictObject({ scored: Count, recused: Count, conflicted: Count })
      .optional()
      .meta({ description: 'Organiser view: how many judges scored, recused, are conflicted' }),
  })
  .meta({ id: 'Entry' });

export const EntryListQuery = z.strictObject({
  status: EntryStatusSchema.optional(),
  as: z.enum(ENTRY_VIEWS).optional().meta({ description: 'Whose view, for a caller who is several (e.g. an organiser who judges)' }),
  judgeId: Id.optional().meta({ description: 'Organisers with as=judge: the entries this judge may score (to type in a paper score)' }),
  limit: Limit(50),
  cursor: Cursor,
});
export const EntryPage = PageOf(EntryOutput).meta({ id: 'EntryPage' });
export const EntryParams = z.strictObject({ id: Id, entryId: Id });

// ── the call as read ──

export const CallOutput = z
  .strictObject({
    eventId: z.string(),
    event: CallEventSummary,
    opensAt: z.string().nullable(),
    closesAt: z.string(),
    open: z.boolean().meta({ description: 'Taking entries now' }),
    rules: z.string(),
    questions: z.array(CallQuestionOutput),
    criteria: z.array(CallCriterionOutput),
    normalizeJudges: z.boolean(),
    locked: z.boolean().meta({ description: 'A score exists: criteria can no longer change' }),
    resultsPublishedAt: z.string().nullable(),
    entries: Count.meta({ description: 'Submitted entries' }),
    createdAt: z.string(),
    updatedAt: z.string(),
    judges: z.array(z.string()).optional().meta({ description: 'Organisers: the judges’ user ids' }),
    jury: z.array(JuryMemberOutput).optional().meta({ description: 'Organisers: the judges' }),
    viewer: z
      .strictObject({ organiser: z.boolean(), manager: z.boolean(), judge: z.boolean() })
      .optional()
      .meta({ description: 'Signed in: what you may do with this call' }),
    myEntry: EntryOutput.nullable().optional().meta({ description: 'A startup signed in: its entry, if any' }),
  })
  .meta({ id: 'Call' });

export const CallListQuery = z.strictObject({
  status: z.enum(CALL_LIST_STATUSES).optional().default('open'),
  province: ProvinceInput.optional().meta({ description: 'The event’s organiser or a co-organiser' }),
  ...Paged,
});
export const CallListItem = z
  .strictObject({
    event: CallEventSummary,
    opensAt: z.string().nullable(),
    closesAt: z.string(),
    open: z.boolean(),
    resultsPublishedAt: z.string().nullable(),
    entries: Count,
  })
  .meta({ id: 'CallListItem' });
export const CallPage = PageOf(CallListItem).meta({ id: 'CallPage' });

export const JudgeCandidatesQuery = z.strictObject({ q: Text(100).optional() });
export const JudgeCandidateList = z.strictObject({ items: z.array(JuryMemberOutput) }).meta({ id: 'JudgeCandidateList' });

// ── templates ──

export const CallTemplateOutput = z
  .strictObject({
    code: z.string(),
    name: Bilingual,
    description: Bilingual,
    rules: Bilingual,
    questions: z.array(CallQuestionOutput),
    criteria: z.array(CallCriterionOutput),
    normalizeJudges: z.boolean(),
  })
  .meta({ id: 'CallTemplate' });
export const CallTemplateList = z.strictObject({ items: z.array(CallTemplateOutput) }).meta({ id: 'CallTemplateList' });

/** A question or criterion code from its label: "Tính mới, sáng tạo" → "tinh_moi_sang_tao" (unique among `taken`). */
export function codeFromLabel(label: string, taken: Iterable<string> = []): string {
  const base =
    label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 36)
      .replace(/_+$/, '') || 'muc';
  const start = /^[a-z]/.test(base) ? base : `m_${base}`.slice(0, 36);
  const used = new Set(taken);
  if (!used.has(start)) return start;
  for (let n = 2; ; n++) if (!used.has(`${start}_${n}`)) return `${start}_${n}`;
}

export type CallInput = z.input<typeof CallBody>;
export type CallQuestion = z.output<typeof CallQuestionOutput>;
export type CallCriterion = z.output<typeof CallCriterionOutput>;
export type Call = z.output<typeof CallOutput>;
export type CallTemplate = z.output<typeof CallTemplateOutput>;
export type CallListItem = z.output<typeof CallListItem>;
export type CallListParams = z.input<typeof CallListQuery>;
export type JuryMember = z.output<typeof JuryMemberOutput>;
export type EntryInput = z.input<typeof EntryBody>;
export type PatchEntryInput = z.input<typeof PatchEntryBody>;
export type Entry = z.output<typeof EntryOutput>;
export type EntryNeed = z.output<typeof EntryNeedOutput>;
export type EntryListParams = z.input<typeof EntryListQuery>;
export type Judgement = z.output<typeof JudgementOutput>;
