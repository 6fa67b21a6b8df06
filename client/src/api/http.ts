// The one place the client talks HTTP: same-origin cookies, JSON in and out, and the contract's
// error body `{error:{code,message,details}}` turned into a typed ApiError.
import { ERROR_CODES, type ErrorCode } from '@ketnoi/contract';

/** Failures that never reached the server, so no server code describes them. */
export const CLIENT_ERROR_CODES = ['network_error'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];
export type KnownErrorCode = ErrorCode | ClientErrorCode;
export const KNOWN_ERROR_CODES: readonly KnownErrorCode[] = [...ERROR_CODES, ...CLIENT_ERROR_CODES];

export class ApiError extends Error {
  /** The server's code; a newer server may send one this client does not know yet. */
  readonly code: string;
  readonly status: number;
  readonly details: unknown;

  constructor(code: string, status: number, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isKnownErrorCode(code: string): code is KnownErrorCode {
  return (KNOWN_ERROR_CODES as readonly string[]).includes(code);
}

type Query = Record<string, string | number | boolean | undefined | null>;

/** Builds `/api/path?x=1` leaving out empty parameters (the server rejects unknown or blank filters). */
export function apiUrl(path: string, query?: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries((query ?? {}) as Query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

interface RequestOptions {
  query?: object;
  body?: unknown;
  signal?: AbortSignal;
}

const fallbackCodeForStatus: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'unavailable',
};

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy page, an empty body): fall back on the status.
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  const code =
    typeof error?.code === 'string'
      ? error.code
      : (fallbackCodeForStatus[response.status] ?? (response.status >= 500 ? 'internal_error' : 'unknown'));
  const message = typeof error?.message === 'string' ? error.message : response.statusText;
  return new ApiError(code, response.status, message, error?.details);
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method, headers, credentials: 'same-origin', signal: options.signal };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), init);
  } catch (cause) {
    if ((cause as Error)?.name === 'AbortError') throw cause;
    throw new ApiError('network_error', 0, (cause as Error)?.message ?? 'Network error');
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Bodies and queries are the contract's `z.input` types; answers its output types. */
export const http = {
  get: <T>(path: string, query?: object, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: object) => request<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body: object, query?: object) => request<T>('PUT', path, { body, query }),
  patch: <T>(path: string, body: object) => request<T>('PATCH', path, { body }),
};
