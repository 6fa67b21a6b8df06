// Helmet's security headers, computed once. Our helmet configuration has no per-request parts
// (no CSP nonces), so running its dozen chained middlewares on every request only repeats the
// same work; this sets the same headers in one loop. Tests compare the two.
import type { RequestHandler } from 'express';
import type { HelmetOptions } from 'helmet';
import helmet from 'helmet';

export function staticHelmetHeaders(options: HelmetOptions): [string, string][] {
  const headers = new Map<string, string>();
  const res = {
    setHeader: (name: string, value: string | number | string[]) =>
      headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
    getHeader: (name: string) => headers.get(name.toLowerCase()),
  };
  let called = false;
  helmet(options)({ headers: {} } as never, res as never, () => (called = true));
  if (!called) throw new Error('helmet did not finish synchronously; cannot precompute its headers');
  return [...headers];
}

export function securityHeaders(options: HelmetOptions): RequestHandler {
  const headers = staticHelmetHeaders(options);
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}
