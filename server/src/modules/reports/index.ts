// The reports module: a province's figures (needs, the intro funnel, outcomes) computed from
// status histories, and CSV exports.
import type { ApiRegistry } from '../../http/api.js';
import { registerReportRoutes } from './routes.js';
import { ReportsService, type ReportsDeps } from './service.js';

export function buildReports(d: ReportsDeps) {
  const service = new ReportsService(d);
  return { service, routes: (api: ApiRegistry) => registerReportRoutes(api, service) };
}

export type ReportsModule = ReturnType<typeof buildReports>;
