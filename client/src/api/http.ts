// The one place the client talks HTTP: same-origin cookies, JSON in and out, and the contract's
// error body `{error:{code,message,details}}` turned into a typed ApiError. `call` takes an endpoint
// ref (@ketnoi/contract/generated/endpointRefs), so method, path, input and answer are the declared ones.
import { ERROR_CODES, type ErrorCode } from '@ketnoi/contract';
import type { Endpoint } from '@ketnoi/contract/endpoint';
import type { EndpointInput, EndpointOf, EndpointOutput, EndpointRef, IsJsonEndpoint } from '@ketnoi/contract/endpointRef';
import { currentLanguage } from '../i18n/index.js';

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

/**
 * The ApiError of a failed answer from its status and its body's text (fetch and the upload's
 * XMLHttpRequest both read it): the contract's error body, or the status alone when the body is
 * not one (a proxy's page, nothing).
 */
export function apiErrorFrom(status: number, statusText: string, text: string): ApiError {
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: fall back on the status.
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  const code =
    typeof error?.code === 'string' ? error.code : (fallbackCodeForStatus[status] ?? (status >= 500 ? 'internal_error' : 'unknown'));
  const message = typeof error?.message === 'string' ? error.message : statusText;
  return new ApiError(code, status, message, error?.details);
}

async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  return apiErrorFrom(response.status, response.statusText, text);
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  // Texts the server writes (match reasons, clash warnings) follow the interface, not the browser.
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLanguage() };
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

function fillPath(path: string, params: object = {}): string {
  const values = params as Record<string, string | number | undefined>;
  return `/api${path.replace(/:([A-Za-z_]\w*)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${path}: no value for :${name}`);
    return encodeURIComponent(String(value));
  })}`;
}

type PathArgs<E extends Endpoint> = EndpointInput<E> extends { params: infer P } ? [params: P] : [];

/** The address of an endpoint under /api with its `:name` segments filled in (encoded): for links and uploads. */
export function endpointPath<E extends Endpoint>(ref: EndpointRef<E>, ...[params]: PathArgs<E>): string {
  return fillPath(ref.path, params as object | undefined);
}

/** What `call` takes for a ref, e.g. `CallInput<typeof endpoints.events.meetings>['query']`. */
export type CallInput<R> = EndpointInput<EndpointOf<R>>;

export interface CallOptions {
  signal?: AbortSignal;
}

/** The input may be left out when nothing in it is required; uploads and file answers are no calls. */
type CallArgs<E extends Endpoint> =
  IsJsonEndpoint<E> extends true
    ? [keyof EndpointInput<E>] extends [never]
      ? [input?: Record<string, never>, options?: CallOptions] // `{}` would take any key
      : object extends EndpointInput<E>
        ? [input?: EndpointInput<E>, options?: CallOptions]
        : [input: EndpointInput<E>, options?: CallOptions]
    : [notJson: 'not a JSON endpoint: link to its path (apiUrl) or upload to it'];

/**
 * Calls a declared endpoint: fills the path's params, leaves blank query values out (apiUrl), sends
 * the body as JSON (`{}` for a POST, PUT or PATCH without one) and answers the declared type
 * (undefined for 204). Failures are ApiErrors, as with `request`.
 */
export function call<E extends Endpoint>(ref: EndpointRef<E>, ...[input, options]: CallArgs<E>): Promise<EndpointOutput<E>> {
  const { params, query, body } = (input ?? {}) as { params?: object; query?: object; body?: unknown };
  const sendsBody = ref.method === 'post' || ref.method === 'put' || ref.method === 'patch';
  return request<EndpointOutput<E>>(ref.method.toUpperCase(), fillPath(ref.path, params), {
    query,
    body: sendsBody ? (body ?? {}) : body,
    signal: (options as CallOptions | undefined)?.signal,
  });
}
