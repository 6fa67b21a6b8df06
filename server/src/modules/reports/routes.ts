// /api/reports/*: outcome reports for staff (own province) and admins (any province, a region,
// or the whole country). Definitions of every figure: docs/REPORTS.md.
import { type ApiRegistry, STAFF } from '../../http/api.js';
import { CsvFileResponse, sendFile } from '../../http/download.js';
import { ErrorResponses } from '../../openapi/errors.js';
import { ExportQuery, SummaryOutput, SummaryQuery } from '@ketnoi/contract';
import type { ReportsService } from './service.js';

const tags = ['reports'];

export function registerReportRoutes(api: ApiRegistry, reports: ReportsService): void {
  api.route({
    method: 'get',
    path: '/reports/summary',
    compress: true,
    summary: 'Outcome report for a period, computed from status histories',
    description: '`from` inclusive, `to` exclusive; a bare date is a Vietnam local day (UTC+7). See docs/REPORTS.md for every definition.',
    tags,
    auth: STAFF,
    request: { query: SummaryQuery },
    responses: { 200: { description: 'Report', schema: SummaryOutput }, ...ErrorResponses(400, 401, 403) },
    handler: ({ user, query }) => reports.summary(user, query),
  });

  api.route({
    method: 'get',
    path: '/reports/export.csv',
    compress: true,
    summary: 'Needs, intros, consultations or events of a period as CSV (UTF-8 with BOM, CRLF; opens in Excel and LibreOffice)',
    tags,
    auth: STAFF,
    request: { query: ExportQuery },
    responses: { 200: CsvFileResponse, ...ErrorResponses(400, 401, 403) },
    handler: async ({ user, query, res }) => {
      const { filename, csv } = await reports.exportCsv(user, query);
      return sendFile(res, { contentType: 'text/csv', filename, body: csv });
    },
  });
}
