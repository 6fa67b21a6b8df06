// The reports endpoints: what the API promises (server/src/modules/reports implements them).
import { CsvFileResponse, STAFF, endpoint, errorResponses } from '../endpoint.js';
import { ExportQuery, SummaryOutput, SummaryQuery } from '../reports.js';

const tags = ['reports'];

export const reportsEndpoints = {
  summary: endpoint({
    method: 'get',
    path: '/reports/summary',
    summary: 'Outcome report for a period, computed from status histories',
    description: '`from` inclusive, `to` exclusive; a bare date is a Vietnam local day (UTC+7). See docs/REPORTS.md for every definition.',
    tags,
    auth: STAFF,
    request: { query: SummaryQuery },
    responses: { 200: { description: 'Report', schema: SummaryOutput }, ...errorResponses(400, 401, 403) },
  }),

  exportCsv: endpoint({
    method: 'get',
    path: '/reports/export.csv',
    summary: 'Needs, intros, consultations or events of a period as CSV (UTF-8 with BOM, CRLF; opens in Excel and LibreOffice)',
    tags,
    auth: STAFF,
    request: { query: ExportQuery },
    responses: { 200: CsvFileResponse, ...errorResponses(400, 401, 403) },
  }),
};
