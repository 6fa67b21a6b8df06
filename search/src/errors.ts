// Typed errors of the search port. The server maps SearchUnavailableError to 503 `unavailable`
// and a degraded /api/health; anything else from an engine is a programming or data error.

export class SearchError extends Error {
  override name = 'SearchError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The engine cannot be reached or refuses service (network, timeout, 5xx, closed, switched off). */
export class SearchUnavailableError extends SearchError {
  override name = 'SearchUnavailableError';
  readonly code = 'search_unavailable';
  constructor(
    readonly engine: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isSearchUnavailable(error: unknown): error is SearchUnavailableError {
  return error instanceof SearchUnavailableError;
}
