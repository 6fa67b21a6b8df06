// Meilisearch client errors → port errors. Anything that means "the engine is not there or not
// serving" becomes SearchUnavailableError, so the server answers 503 and reports degraded health;
// only a 4xx in which Meilisearch itself rejects our request stays a SearchError (500: our bug).
//
// "Not serving" covers more than the network: a reverse proxy in front of Meilisearch answers
// 502/503/504 with an HTML page, and a misrouted one may answer 200 or 404 with HTML. The client
// then fails in JSON.parse (a SyntaxError, no status), or raises MeilisearchApiError without
// Meilisearch's error body ({message, code, type, link}). Neither came from Meilisearch.
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, MeilisearchTaskTimeOutError } from 'meilisearch';
import { SearchError, SearchUnavailableError } from '../errors.js';

export const MEILI_ENGINE = 'meilisearch';

/** Statuses that mean "not now" whoever sends them: timeouts, rate limits, rejected keys. */
const UNAVAILABLE_4XX = new Set([401, 403, 408, 429]);

export function translateMeiliError(error: unknown, action: string): SearchError {
  if (error instanceof SearchError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const unavailable = (why: string) =>
    new SearchUnavailableError(MEILI_ENGINE, `meilisearch ${why} during ${action}: ${message}`, { cause: error });
  if (
    error instanceof MeilisearchRequestError ||
    error instanceof MeilisearchRequestTimeOutError ||
    error instanceof MeilisearchTaskTimeOutError
  ) {
    return unavailable('unreachable');
  }
  if (error instanceof SyntaxError) return unavailable('answered with something other than JSON (a proxy error page?)');
  if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    if (status >= 500 || UNAVAILABLE_4XX.has(status)) return unavailable(`refused (${status})`);
    if (typeof error.cause?.code !== 'string') return unavailable(`answered ${status} without a Meilisearch error body`);
    return new SearchError(`meilisearch ${action} failed (${status}): ${message}`, { cause: error });
  }
  return new SearchError(`meilisearch ${action} failed: ${message}`, { cause: error });
}
