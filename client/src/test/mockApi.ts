import { vi } from 'vitest';
import type { ErrorBody, ErrorCode } from '@ketnoi/contract';

export interface ApiRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

/** Either `{status, body}` or a bare body (answered with 200). */
export type ApiReply = { status: number; body?: unknown } | object | string | number | boolean | null;
type Handler = (request: ApiRequest) => ApiReply | Promise<ApiReply>;

/** A failure as the server answers it: `{ error: { code, message, details? } }` with its status. */
export function apiError(status: number, error: ErrorBody['error'] & { code: ErrorCode }): { status: number; body: ErrorBody } {
  return { status, body: { error } };
}

function isReply(value: unknown): value is { status: number; body?: unknown } {
  return typeof value === 'object' && value !== null && 'status' in value && typeof (value as { status: unknown }).status === 'number';
}

/**
 * A fake server for fetch: routes are "METHOD /api/path" (exact path, any query). Unmatched
 * requests answer 404 not_found so a missing route shows up as a visible error, not a hang.
 */
export function mockApi(routes: Record<string, Handler | ApiReply>) {
  const calls: ApiRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const request: ApiRequest = { method, path: url.pathname, query: url.searchParams, body };
    calls.push(request);
    const route = routes[`${method} ${url.pathname}`];
    let reply: ApiReply = route === undefined ? apiError(404, { code: 'not_found', message: 'no route' }) : route;
    if (typeof reply === 'function') reply = await (reply as Handler)(request);
    const status = isReply(reply) ? reply.status : 200;
    const payload = isReply(reply) ? reply.body : reply;
    return new Response(payload === undefined ? null : JSON.stringify(payload), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    calls,
    fetchMock,
    callsTo: (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path),
  };
}
