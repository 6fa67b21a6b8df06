// Refuse state-changing requests that a browser sent from another site (CSRF defence in depth on
// top of SameSite=Lax cookies). Allowed: no Origin header (non-browser clients), the configured
// public origin(s), or an Origin equal to the request's own host (same-origin).
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { ForbiddenError } from '../lib/errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

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
  const host = (trustProxy ? req.headers['x-forwarded-host'] : undefined) ?? req.headers.host;
  return typeof host === 'string' && parsed.host === host.split(',')[0]!.trim();
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
