// The registry holds answers to the contract: with checkResponses (on in every test app), an answer
// that drifts from its declared schema — an extra field, a missing one, a wrong type — is a 500.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpoint } from '@ketnoi/contract/endpoint';
import { ApiRegistry } from './api.js';

const Thing = z.strictObject({ id: z.string(), count: z.number() });

describe('ApiRegistry response checking', () => {
  const violations: { path: string; status: number }[] = [];
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    const app = express();
    const api = new ApiRegistry({ checkResponses: true, onViolation: (v) => violations.push(v) });
    const route = (path: string, body: unknown) =>
      api.route(
        endpoint({
          method: 'get',
          path,
          summary: path,
          tags: ['test'],
          auth: 'public',
          responses: { 200: { description: 'a thing', schema: Thing } },
        }),
        { handler: () => body as z.input<typeof Thing> },
      );
    route('/good', { id: 'a', count: 1 });
    route('/extra', { id: 'a', count: 1, secret: 'leaked' });
    route('/missing', { id: 'a' });
    route('/wrong', { id: 'a', count: '1' });
    app.use(api.router);
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('passes an answer that matches its schema unchanged', async () => {
    const res = await fetch(`${url}/good`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: 'a', count: 1 });
  });

  it.each(['/extra', '/missing', '/wrong'])('refuses %s with a 500 naming the route and reports it', async (path) => {
    const res = await fetch(`${url}${path}`);
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('internal_error');
    expect(body.error.message).toContain(`GET ${path}`);
    expect(violations).toContainEqual(expect.objectContaining({ path, status: 200 }));
  });
});
