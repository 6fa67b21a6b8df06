import type { ExportParams, SummaryParams } from '@ketnoi/contract';
import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import { apiUrl, call, endpointPath } from './http.js';

export const reportsApi = {
  summary: (params: SummaryParams = {}) => call(endpoints.reports.summary, { query: params }),
  /** The CSV is a download: a link, not a call. */
  exportUrl: (params: ExportParams) => apiUrl(endpointPath(endpoints.reports.exportCsv), params),
};
