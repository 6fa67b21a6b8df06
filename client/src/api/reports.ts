import { apiUrl, http } from './http.js';
import type { ExportType, ReportParams, ReportsSummary } from './types.js';

export const reportsApi = {
  summary: (params: ReportParams = {}) => http.get<ReportsSummary>('/api/reports/summary', { ...params }),
  exportUrl: (type: ExportType, params: ReportParams = {}) => apiUrl('/api/reports/export.csv', { type, ...params }),
};
