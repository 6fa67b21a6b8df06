// Refuse state-changing requests that a browser sent from another site (CSRF defence in depth on
// top of SameSite=Lax cookies). Allowed: no Origin header (non-browser clients), the configured
// public origin(s), or an Origin equal to the request's own origin (same-origin). Origins compare
// whole (scheme, host and port): http://example.vn is another site than https://example.vn.
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { RequestHandler } from 'express';
import { ForbiddenError } from '../lib/errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The first value of a header that proxies may repeat or list ("a, b"). */
function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(',')[0]!.trim() || undefined;
}

/**
 * The origin this request was made to: its Host (X-Forwarded-Host behind a trusted proxy) and its
 * scheme (TLS on the socket, or X-Forwarded-Proto behind a trusted proxy). Null when unknown.
 */
export function requestOrigin(req: IncomingMessage, trustProxy = false): string | null {
  const host = (trustProxy ? firstValue(req.headers['x-forwarded-host']) : undefined) ?? firstValue(req.headers.host);
  if (!host) return null;
  const forwarded = trustProxy ? firstValue(req.headers['x-forwarded-proto'])?.toLowerCase() : undefined;
  const scheme = forwarded ?? ((req.socket as TLSSocket | undefined)?.encrypted ? 'https' : 'http');
  if (scheme !== 'http' && scheme !== 'https') return null;
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return null;
  }
}

export function isAllowedOrigin(origin: string | undefined, req: IncomingMessage, allowed: string[], trustProxy = false): boolean {
  if (!origin) return true;
  if (origin === 'null') return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (allowed.includes(parsed.origin)) return true;
  return parsed.origin === requestOrigin(req, trustProxy);
}

export function originGuard(allowed: string[], trustProxy: boolean): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    if (!isAllowedOrigin(req.headers.origin, req, allowed, trustProxy)) {
      throw new ForbiddenError('This request came from another website and was refused.');
    }
    next();
  };
}
