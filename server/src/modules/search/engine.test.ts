// Which Meilisearch key the server uses, from its configuration: MEILI_API_KEY as given, else a key
// made from MEILI_MASTER_KEY at setup. Checked against a scripted HTTP peer that records requests.
import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { openSearchEngine } from './engine.js';

let server: Server;
let url: string;
const seen: { path: string; auth: string | undefined }[] = [];
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-meili-key-'));

beforeAll(async () => {
  let task = 0;
  server = createServer((req, res) => {
    seen.push({ path: `${req.method} ${req.url}`, auth: req.headers.authorization });
    const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.url?.startsWith('/keys/'))
      return json(404, { message: 'not found', code: 'api_key_not_found', type: 'invalid_request', link: '' });
    if (req.url === '/keys') return json(201, { key: 'scoped-from-master-0123456789' });
    if (req.url?.startsWith('/tasks/')) return json(200, { uid: task, status: 'succeeded', error: null });
    json(202, { taskUid: ++task, status: 'enqueued' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const configure = async (env: Record<string, string>) => {
  seen.length = 0;
  const engine = openSearchEngine(loadConfig({ MEILI_URL: url, ...env }, { dataDir }));
  await engine.configure();
  return seen.map((r) => r.auth);
};

describe('the Meilisearch key the server uses', () => {
  it('MEILI_API_KEY, as given, for every request', async () => {
    const auth = await configure({ MEILI_API_KEY: 'operator-made-key-0123456789', MEILI_MASTER_KEY: 'master-key-0123456789abcdef' });
    expect(new Set(auth)).toEqual(new Set(['Bearer operator-made-key-0123456789']));
  });

  it('with only MEILI_MASTER_KEY: the master key for making the app key, that key for the rest', async () => {
    const auth = await configure({ MEILI_MASTER_KEY: 'master-key-0123456789abcdef' });
    expect(seen.filter((r) => r.auth === 'Bearer master-key-0123456789abcdef').map((r) => r.path.split(' ')[0])).toEqual(['GET', 'POST']);
    expect(seen.filter((r) => r.auth === 'Bearer master-key-0123456789abcdef').every((r) => r.path.includes('/keys'))).toBe(true);
    expect(auth.filter((a) => a === 'Bearer scoped-from-master-0123456789').length).toBeGreaterThan(0);
  });

  it('refuses a short MEILI_API_KEY at boot', () => {
    expect(() => loadConfig({ MEILI_URL: url, MEILI_API_KEY: 'short' }, { dataDir })).toThrow(
      /MEILI_API_KEY: must be at least 16 characters/,
    );
  });
});
