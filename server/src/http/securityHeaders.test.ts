import express from 'express';
import helmet from 'helmet';
import { describe, expect, it } from 'vitest';
import { helmetOptions } from './security.js';
import { securityHeaders } from './securityHeaders.js';

async function headersOf(app: express.Express): Promise<Record<string, string>> {
  const server = app.listen(0);
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as { port: number };
  const res = await fetch(`http://127.0.0.1:${port}/`);
  server.close();
  const out: Record<string, string> = {};
  res.headers.forEach((v, k) => {
    if (!['date', 'connection', 'keep-alive', 'content-length', 'content-type', 'etag'].includes(k)) out[k] = v;
  });
  return out;
}

describe('precomputed security headers', () => {
  it.each([false, true])('sends exactly what helmet sends (secure cookies: %s)', async (secureCookies) => {
    const options = helmetOptions({ secureCookies });
    const withHelmet = express()
      .use(helmet(options))
      .get('/', (_q, r) => void r.send('ok'));
    const withOurs = express()
      .use(securityHeaders(options))
      .get('/', (_q, r) => void r.send('ok'));
    withOurs.disable('x-powered-by');
    const expected = await headersOf(withHelmet);
    expect(await headersOf(withOurs)).toEqual(expected);
    expect(expected['content-security-policy']).toContain("default-src 'self'");
  });
});
