// The calls endpoints: what the API promises (server/src/modules/calls implements them).
import { CsvFileResponse, STAFF, endpoint, errorResponses } from '../endpoint.js';
import {
  CallBody,
  CallListQuery,
  CallOutput,
  CallPage,
  CallTemplateList,
  EntryBody,
  EntryListQuery,
  EntryOutput,
  EntryPage,
  EntryParams,
  JudgeCandidateList,
  JudgeCandidatesQuery,
  JudgementOutput,
  PatchEntryBody,
} from '../calls.js';
import { AssignmentList, JudgingProgressOutput, RecuseBody, ResultsOutput, ScoreBody, ScoresCsvQuery } from '../judging.js';
import { IdParams } from '../primitives.js';

const tags = ['calls'];

export const callsEndpoints = {
  templates: endpoint({
    method: 'get',
    path: '/calls/templates',
    summary: 'Rubric templates the call editor starts from (common Vietnamese scoring rules)',
    tags,
    auth: 'public',
    responses: { 200: { description: 'Templates with questions and weighted criteria', schema: CallTemplateList } },
  }),

  assignments: endpoint({
    method: 'get',
    path: '/calls/assignments',
    summary: 'Judges: the calls you judge, with what is left to score',
    tags,
    auth: 'user',
    responses: { 200: { description: 'Newest deadline first', schema: AssignmentList }, ...errorResponses(401) },
  }),

  list: endpoint({
    method: 'get',
    path: '/calls',
    summary: 'Calls for entries of published events: open (by deadline), closed, or with published results',
    tags,
    auth: 'public',
    request: { query: CallListQuery },
    responses: { 200: { description: 'A page of calls', schema: CallPage }, ...errorResponses(400) },
  }),

  save: endpoint({
    method: 'put',
    path: '/events/:id/call',
    summary: 'Organiser: open or rewrite the event’s call for entries (window, questions, weighted criteria, judges)',
    description:
      'Weights are positive and need not add up to 1. Once a judge has scored, the criteria (codes, weights, maxima) are locked: 409. ' +
      'Judges who have scored stay on the jury; new judges are notified.',
    tags,
    auth: STAFF,
    request: { params: IdParams, body: CallBody },
    responses: { 200: { description: 'The call as saved', schema: CallOutput }, ...errorResponses(400, 401, 403, 404, 409) },
  }),

  get: endpoint({
    method: 'get',
    path: '/events/:id/call',
    summary: 'The event’s call for entries (anyone while the event is published); signed in, with your entry and role',
    tags,
    auth: 'public',
    request: { params: IdParams },
    responses: { 200: { description: 'The call', schema: CallOutput }, ...errorResponses(404) },
  }),

  judgeCandidates: endpoint({
    method: 'get',
    path: '/events/:id/call/judge-candidates',
    summary: 'Organiser: people who can sit on the jury (staff of the event’s provinces, experts serving them)',
    tags,
    auth: STAFF,
    request: { params: IdParams, query: JudgeCandidatesQuery },
    responses: { 200: { description: 'At most 50', schema: JudgeCandidateList }, ...errorResponses(400, 401, 403, 404) },
  }),

  enter: endpoint({
    method: 'post',
    path: '/events/:id/entries',
    summary: 'A startup enters the call (staff: for a startup of their province, with startupId)',
    description:
      'One entry per startup and call; outside the window 409; a required answer missing 400; a second entry 409. ' +
      'A withdrawn entry is submitted again under the same id.',
    tags,
    auth: 'user',
    request: { params: IdParams, body: EntryBody },
    responses: { 201: { description: 'Submitted', schema: EntryOutput }, ...errorResponses(400, 401, 403, 404, 409) },
  }),

  entries: endpoint({
    method: 'get',
    path: '/events/:id/entries',
    summary: 'Organisers: every entry; a judge: the entries you may score; a startup: its own',
    tags,
    auth: 'user',
    request: { params: IdParams, query: EntryListQuery },
    responses: { 200: { description: 'In order of submission', schema: EntryPage }, ...errorResponses(400, 401, 403, 404) },
  }),

  entry: endpoint({
    method: 'get',
    path: '/events/:id/entries/:entryId',
    summary: 'One entry (organisers, its entrant, or a judge who may score it)',
    tags,
    auth: 'user',
    request: { params: EntryParams },
    responses: { 200: { description: 'Entry', schema: EntryOutput }, ...errorResponses(401, 403, 404) },
  }),

  editEntry: endpoint({
    method: 'patch',
    path: '/events/:id/entries/:entryId',
    summary: 'Edit your entry until the deadline (answers, when sent, replace every answer)',
    tags,
    auth: 'user',
    request: { params: EntryParams, body: PatchEntryBody },
    responses: { 200: { description: 'Entry after the change', schema: EntryOutput }, ...errorResponses(400, 401, 404, 409) },
  }),

  withdrawEntry: endpoint({
    method: 'post',
    path: '/events/:id/entries/:entryId/withdraw',
    summary: 'Withdraw your entry (until results are published); judges no longer see it',
    tags,
    auth: 'user',
    request: { params: EntryParams },
    responses: { 200: { description: 'Withdrawn', schema: EntryOutput }, ...errorResponses(401, 404, 409) },
  }),

  score: endpoint({
    method: 'put',
    path: '/events/:id/entries/:entryId/score',
    summary:
      'A judge scores every criterion (0..max) with a comment, replacing an earlier score; organisers type in a paper score (judgeId)',
    description: 'A judge who recused, or whose profile has a declared conflict of interest with the startup: 403 conflict_of_interest.',
    tags,
    auth: 'user',
    request: { params: EntryParams, body: ScoreBody },
    responses: { 200: { description: 'The judgement', schema: JudgementOutput }, ...errorResponses(400, 401, 403, 404, 409) },
  }),

  recuse: endpoint({
    method: 'post',
    path: '/events/:id/entries/:entryId/recuse',
    summary: 'A judge steps away from an entry (with the reason); its score, if any, no longer counts',
    tags,
    auth: 'user',
    request: { params: EntryParams, body: RecuseBody },
    responses: { 200: { description: 'The recusal', schema: JudgementOutput }, ...errorResponses(400, 401, 403, 404, 409) },
  }),

  judgingProgress: endpoint({
    method: 'get',
    path: '/events/:id/judging',
    summary: 'Organisers: each judge’s progress (assigned, scored, recused, conflicted, remaining, typed in by staff)',
    tags,
    auth: 'user',
    request: { params: IdParams },
    responses: { 200: { description: 'Progress', schema: JudgingProgressOutput }, ...errorResponses(401, 403, 404) },
  }),

  results: endpoint({
    method: 'get',
    path: '/events/:id/results',
    summary: 'Results by rank (organisers and judges at any time; anyone once published)',
    description:
      'Total 0..100: each judge’s Σ weight·score/max ÷ Σ weight × 100, then the mean over the judges who scored; with normalizeJudges, ' +
      'each judge’s scores are standardised and mapped onto the pooled mean and spread. Equal totals share a rank.',
    tags,
    auth: 'public',
    request: { params: IdParams },
    responses: { 200: { description: 'Results', schema: ResultsOutput }, ...errorResponses(403, 404) },
  }),

  publishResults: endpoint({
    method: 'post',
    path: '/events/:id/results/publish',
    summary: 'Organiser: publish the results; every entrant is told (notification and mail)',
    tags,
    auth: STAFF,
    request: { params: IdParams },
    responses: { 200: { description: 'Published results', schema: ResultsOutput }, ...errorResponses(401, 403, 404, 409) },
  }),

  scoresCsv: endpoint({
    method: 'get',
    path: '/events/:id/scores.csv',
    summary: 'Organisers: every score that counts, one row per judge × entry × criterion (UTF-8 with BOM)',
    tags,
    auth: 'user',
    request: { params: IdParams, query: ScoresCsvQuery },
    responses: { 200: CsvFileResponse, ...errorResponses(400, 401, 403, 404) },
  }),
};
