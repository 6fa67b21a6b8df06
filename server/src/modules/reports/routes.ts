// /api/reports/*: outcome reports for staff (own province) and admins (any province, a region,
// or the whole country). Definitions of every figure: docs/REPORTS.md.
import type { ApiRegistry } from '../../http/api.js';
import { sendFile } from '../../http/download.js';
import type { ReportsService } from './service.js';
import { reportsEndpoints } from '@ketnoi/contract/endpoints/reports';

export function registerReportRoutes(api: ApiRegistry, reports: ReportsService): void {
  api.route(reportsEndpoints.summary, { compress: true, handler: ({ user, query }) => reports.summary(user, query) });

  api.route(reportsEndpoints.exportCsv, {
    compress: true,
    handler: async ({ user, query, res }) => {
      const { filename, csv } = await reports.exportCsv(user, query);
      return sendFile(res, { contentType: 'text/csv', filename, body: csv });
    },
  });
}
