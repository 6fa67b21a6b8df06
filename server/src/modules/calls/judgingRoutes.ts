// Entries, scores, recusals, judging progress, results, publication and the scores CSV of a call.
import {
  EntryBody,
  EntryListQuery,
  EntryOutput,
  EntryPage,
  EntryParams,
  IdParams,
  JudgementOutput,
  JudgingProgressOutput,
  PatchEntryBody,
  RecuseBody,
  ResultsOutput,
  ScoreBody,
  ScoresCsvQuery,
} from '@ketnoi/contract';
import { type ApiRegistry, STAFF } from '../../http/api.js';
import { CsvFileResponse, sendFile } from '../../http/download.js';
import { pickLang } from '../matching/lang.js';
import { ErrorResponses } from '../../openapi/errors.js';
import type { CallsModule } from './index.js';

const tags = ['calls'];

export function registerJudgingRoutes(api: ApiRegistry, m: CallsModule): void {
  const { entries, judging, publication } = m;

  api.route({
    method: 'post',
    path: '/events/:id/entries',
    summary: 'A startup enters the call (staff: for a startup of their province, with startupId)',
    description:
      'One entry per startup and call; outside the window 409; a required answer missing 400; a second entry 409. ' +
      'A withdrawn entry is submitted again under the same id.',
    tags,
    auth: 'user',
    request: { params: IdParams, body: EntryBody },
    responses: { 201: { description: 'Submitted', schema: EntryOutput }, ...ErrorResponses(400, 401, 403, 404, 409) },
    handler: ({ user, params, body }) => entries.submit(user, params.id, body),
  });

  api.route({
    method: 'get',
    path: '/events/:id/entries',
    compress: true,
    summary: 'Organisers: every entry; a judge: the entries you may score; a startup: its own',
    tags,
    auth: 'user',
    request: { params: IdParams, query: EntryListQuery },
    responses: { 200: { description: 'In order of submission', schema: EntryPage }, ...ErrorResponses(400, 401, 403, 404) },
    handler: ({ user, params, query }) => entries.list(user, params.id, query),
  });

  api.route({
    method: 'get',
    path: '/events/:id/entries/:entryId',
    summary: 'One entry (organisers, its entrant, or a judge who may score it)',
    tags,
    auth: 'user',
    request: { params: EntryParams },
    responses: { 200: { description: 'Entry', schema: EntryOutput }, ...ErrorResponses(401, 403, 404) },
    handler: ({ user, params }) => entries.get(user, params.id, params.entryId),
  });

  api.route({
    method: 'patch',
    path: '/events/:id/entries/:entryId',
    summary: 'Edit your entry until the deadline (answers, when sent, replace every answer)',
    tags,
    auth: 'user',
    request: { params: EntryParams, body: PatchEntryBody },
    responses: { 200: { description: 'Entry after the change', schema: EntryOutput }, ...ErrorResponses(400, 401, 404, 409) },
    handler: ({ user, params, body }) => entries.patch(user, params.id, params.entryId, body),
  });

  api.route({
    method: 'post',
    path: '/events/:id/entries/:entryId/withdraw',
    summary: 'Withdraw your entry (until results are published); judges no longer see it',
    tags,
    auth: 'user',
    request: { params: EntryParams },
    responses: { 200: { description: 'Withdrawn', schema: EntryOutput }, ...ErrorResponses(401, 404, 409) },
    handler: ({ user, params }) => entries.withdraw(user, params.id, params.entryId),
  });

  api.route({
    method: 'put',
    path: '/events/:id/entries/:entryId/score',
    summary:
      'A judge scores every criterion (0..max) with a comment, replacing an earlier score; organisers type in a paper score (judgeId)',
    description: 'A judge who recused, or whose profile has a declared conflict of interest with the startup: 403 conflict_of_interest.',
    tags,
    auth: 'user',
    request: { params: EntryParams, body: ScoreBody },
    responses: { 200: { description: 'The judgement', schema: JudgementOutput }, ...ErrorResponses(400, 401, 403, 404, 409) },
    handler: ({ user, params, body }) => judging.score(user, params.id, params.entryId, body),
  });

  api.route({
    method: 'post',
    path: '/events/:id/entries/:entryId/recuse',
    summary: 'A judge steps away from an entry (with the reason); its score, if any, no longer counts',
    tags,
    auth: 'user',
    request: { params: EntryParams, body: RecuseBody },
    responses: { 200: { description: 'The recusal', schema: JudgementOutput }, ...ErrorResponses(400, 401, 403, 404, 409) },
    handler: ({ user, params, body }) => judging.recuse(user, params.id, params.entryId, body),
  });

  api.route({
    method: 'get',
    path: '/events/:id/judging',
    summary: 'Organisers: each judge’s progress (assigned, scored, recused, conflicted, remaining, typed in by staff)',
    tags,
    auth: 'user',
    request: { params: IdParams },
    responses: { 200: { description: 'Progress', schema: JudgingProgressOutput }, ...ErrorResponses(401, 403, 404) },
    handler: ({ user, params }) => judging.progress(user, params.id),
  });

  api.route({
    method: 'get',
    path: '/events/:id/results',
    summary: 'Results by rank (organisers and judges at any time; anyone once published)',
    description:
      'Total 0..100: each judge’s Σ weight·score/max ÷ Σ weight × 100, then the mean over the judges who scored; with normalizeJudges, ' +
      'each judge’s scores are standardised and mapped onto the pooled mean and spread. Equal totals share a rank.',
    tags,
    auth: 'public',
    request: { params: IdParams },
    responses: { 200: { description: 'Results', schema: ResultsOutput }, ...ErrorResponses(403, 404) },
    handler: ({ user, params }) => publication.results(user, params.id),
  });

  api.route({
    method: 'post',
    path: '/events/:id/results/publish',
    summary: 'Organiser: publish the results; every entrant is told (notification and mail)',
    tags,
    auth: STAFF,
    request: { params: IdParams },
    responses: { 200: { description: 'Published results', schema: ResultsOutput }, ...ErrorResponses(401, 403, 404, 409) },
    handler: ({ user, params }) => publication.publish(user, params.id),
  });

  api.route({
    method: 'get',
    path: '/events/:id/scores.csv',
    summary: 'Organisers: every score that counts, one row per judge × entry × criterion (UTF-8 with BOM)',
    tags,
    auth: 'user',
    request: { params: IdParams, query: ScoresCsvQuery },
    responses: { 200: CsvFileResponse, ...ErrorResponses(400, 401, 403, 404) },
    handler: async ({ user, params, query, req, res }) => {
      const { filename, csv } = await publication.scoresCsv(user, params.id, pickLang(query.lang, req.headers['accept-language']));
      return sendFile(res, { contentType: 'text/csv', filename, body: csv });
    },
  });
}
