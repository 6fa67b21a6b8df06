// The Origin check compares whole origins (issue 14, item 9): a page served over http is another
// site than the https one, even on the same host, for requests and for Socket.IO handshakes.
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { member } from '../../test/helpers/fixtures.js';
import { liveClient } from '../../test/helpers/sockets.js';
import { startTestApp, type TestApp } from '../../test/helpers/testApp.js';
import { isAllowedOrigin, requestOrigin } from './origin.js';

const request = (headers: Record<string, string>, encrypted = false) => ({ headers, socket: { encrypted } }) as unknown as IncomingMessage;

describe('isAllowedOrigin', () => {
  it('takes the scheme from the connection, or from X-Forwarded-Proto behind a trusted proxy', () => {
    expect(requestOrigin(request({ host: 'ketnoi.vn' }))).toBe('http://ketnoi.vn');
    expect(requestOrigin(request({ host: 'ketnoi.vn' }, true))).toBe('https://ketnoi.vn');
    const proxied = request({ host: 'app:3000', 'x-forwarded-host': 'ketnoi.vn', 'x-forwarded-proto': 'https, http' });
    expect(requestOrigin(proxied, true)).toBe('https://ketnoi.vn');
    expect(requestOrigin(proxied, false)).toBe('http://app:3000');
    expect(requestOrigin(request({ host: 'ketnoi.vn', 'x-forwarded-proto': 'gopher' }), true)).toBeNull();
  });

  it('accepts the same origin only with the same scheme, host and port', () => {
    const plain = request({ host: 'ketnoi.vn' });
    expect(isAllowedOrigin('http://ketnoi.vn', plain, [])).toBe(true);
    expect(isAllowedOrigin('https://ketnoi.vn', plain, [])).toBe(false);
    expect(isAllowedOrigin('http://ketnoi.vn:8080', plain, [])).toBe(false);
    const tls = request({ host: 'ketnoi.vn' }, true);
    expect(isAllowedOrigin('https://ketnoi.vn', tls, [])).toBe(true);
    expect(isAllowedOrigin('https://ketnoi.vn:443', tls, [])).toBe(true);
    expect(isAllowedOrigin('http://ketnoi.vn', tls, [])).toBe(false);
  });

  it('compares configured public origins whole as well', () => {
    const behindProxy = request({ host: 'app:3000' });
    expect(isAllowedOrigin('https://ketnoi.langson.gov.vn', behindProxy, ['https://ketnoi.langson.gov.vn'])).toBe(true);
    expect(isAllowedOrigin('http://ketnoi.langson.gov.vn', behindProxy, ['https://ketnoi.langson.gov.vn'])).toBe(false);
    expect(isAllowedOrigin(undefined, behindProxy, [])).toBe(true);
    expect(isAllowedOrigin('null', behindProxy, [])).toBe(false);
  });
});

describe('over HTTP and Socket.IO', () => {
  let t: TestApp;
  let proxied: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    proxied = await startTestApp({ env: { TRUST_PROXY: '1' } });
  });
  afterAll(async () => {
    await t.close();
    await proxied.close();
  });

  const register = (app: TestApp, headers: Record<string, string>) =>
    app.client().post(
      '/api/auth/register',
      {
        email: `o${Math.random().toString(36).slice(2)}@example.vn`,
        password: 'mat-khau-du-dai',
        role: 'startup',
        name: 'An',
        province: 'lang-son',
      },
      { headers },
    );

  it('refuses an https Origin on an http request to the same host (403) and accepts the http one', async () => {
    const host = new URL(t.url).host;
    const wrongScheme = await register(t, { origin: `https://${host}` });
    expect(wrongScheme.status).toBe(403);
    expect(wrongScheme.body.error.code).toBe('forbidden');
    expect((await register(t, { origin: `http://${host}` })).status).toBe(201);
  });

  it('behind a trusted proxy, compares with the scheme the proxy reports', async () => {
    const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'ketnoi.langson.gov.vn' };
    expect((await register(proxied, { ...forwarded, origin: 'https://ketnoi.langson.gov.vn' })).status).toBe(201);
    expect((await register(proxied, { ...forwarded, origin: 'http://ketnoi.langson.gov.vn' })).status).toBe(403);
  });

  it('refuses a Socket.IO handshake from the other scheme', async () => {
    const m = await member(t, 'startup');
    const host = new URL(t.url).host;
    await expect(liveClient(t.url, m.client, { origin: `https://${host}` })).rejects.toThrow();
    const live = await liveClient(t.url, m.client, { origin: `http://${host}` });
    live.close();
  });
});
