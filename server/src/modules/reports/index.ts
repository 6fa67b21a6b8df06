// Wiring of the reports: one call for container.ts, one for app.ts.
import { ReportsService, type ReportsDeps } from './service.js';

export { registerReportRoutes } from './routes.js';

export function buildReports(d: ReportsDeps): ReportsService {
  return new ReportsService(d);
}
