import type { ExportParams, ReportSummary, SummaryParams } from '@ketnoi/contract';
import { apiUrl, http } from './http.js';

export const reportsApi = {
  summary: (params: SummaryParams = {}) => http.get<ReportSummary>('/api/reports/summary', params),
  exportUrl: (params: ExportParams) => apiUrl('/api/reports/export.csv', params),
};
