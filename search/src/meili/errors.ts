// Meilisearch client errors → port errors. Anything that means "the engine is not there or not
// serving" (network, timeouts, 5xx, rejected key) becomes SearchUnavailableError, so the server
// answers 503 and reports degraded health; a 4xx about the request itself stays a SearchError.
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, MeilisearchTaskTimeOutError } from 'meilisearch';
import { SearchError, SearchUnavailableError } from '../errors.js';

export const MEILI_ENGINE = 'meilisearch';

export function translateMeiliError(error: unknown, action: string): SearchError {
  if (error instanceof SearchError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (
    error instanceof MeilisearchRequestError ||
    error instanceof MeilisearchRequestTimeOutError ||
    error instanceof MeilisearchTaskTimeOutError
  ) {
    return new SearchUnavailableError(MEILI_ENGINE, `meilisearch unreachable during ${action}: ${message}`, { cause: error });
  }
  if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    if (status >= 500 || status === 401 || status === 403) {
      return new SearchUnavailableError(MEILI_ENGINE, `meilisearch refused ${action} (${status}): ${message}`, { cause: error });
    }
    return new SearchError(`meilisearch ${action} failed (${status}): ${message}`, { cause: error });
  }
  return new SearchError(`meilisearch ${action} failed: ${message}`, { cause: error });
}
