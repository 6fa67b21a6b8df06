// The Meilisearch engine against a scripted HTTP peer (no Meilisearch here): a reverse proxy that
// answers HTML, an index that lost its settings, and the app key made from the master key. The
// peer answers with the shapes Meilisearch documents (errors {message, code, type, link}, tasks,
// settings); what the engine does with them is what is tested.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { toSearchDocument } from '../documents.js';
import { SearchUnavailableError } from '../errors.js';
import { IMPLICIT_INDEX_SETTINGS } from '../testing/meiliDefaults.js';
import { APP_KEY_ACTIONS, appKeyUid } from './keys.js';
import { createMeiliSearchEngine } from './meiliEngine.js';
import { profileIndexSettings } from './settings.js';

interface Seen {
  method: string;
  path: string;
  auth: string | undefined;
  body: unknown;
}
type Reply = { status: number; body: unknown; type?: string };
type Script = (req: Seen) => Reply | undefined;

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

/** Answers each request from `script`; tasks always succeed; everything is recorded. */
async function peer(script: Script): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  let taskUid = 0;
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const request: Seen = { method: req.method!, path: req.url!, auth: req.headers.authorization, body: raw ? JSON.parse(raw) : undefined };
    seen.push(request);
    const send = ({ status, body, type }: Reply) => {
      res.writeHead(status, { 'content-type': type ?? 'application/json' });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    const scripted = script(request);
    if (scripted) return send(scripted);
    const task = /^\/tasks\/(\d+)$/.exec(request.path);
    if (task) return send({ status: 200, body: { uid: Number(task[1]), status: 'succeeded', type: 'settingsUpdate', error: null } });
    if (request.method !== 'GET') {
      return send({
        status: 202,
        body: { taskUid: ++taskUid, status: 'enqueued', type: 'settingsUpdate', enqueuedAt: new Date().toISOString() },
      });
    }
    send({ status: 404, body: meiliError('not found', 'index_not_found') });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

function meiliError(message: string, code: string) {
  return { message, code, type: 'invalid_request', link: `https://docs.meilisearch.com/errors#${code}` };
}

const PROXY_PAGE =
  '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';
const doc = toSearchDocument({ id: 'a', kind: 'startup', name: 'Mật ong', province: 'lang-son' });

describe('a reverse proxy in front of Meilisearch', () => {
  for (const [label, reply] of [
    ['502 with an HTML error page', { status: 502, body: PROXY_PAGE, type: 'text/html' }],
    ['200 with an HTML page (misrouted)', { status: 200, body: '<!doctype html><title>Welcome</title>', type: 'text/html' }],
    ['404 with an HTML page', { status: 404, body: '<html>Not Found</html>', type: 'text/html' }],
    ['400 with a body that is not Meilisearch’s', { status: 400, body: { error: 'bad request' } }],
    ['429 from a rate limiter', { status: 429, body: 'Too Many Requests', type: 'text/plain' }],
  ] as const) {
    it(`${label}: every call is "unavailable" (503), health is not ok`, async () => {
      const { url } = await peer(() => reply);
      const engine = createMeiliSearchEngine({ url, apiKey: 'app-key-0123456789' });
      await expect(engine.search({ q: 'mật ong' })).rejects.toBeInstanceOf(SearchUnavailableError);
      await expect(engine.upsert([doc])).rejects.toBeInstanceOf(SearchUnavailableError);
      await expect(engine.count()).rejects.toBeInstanceOf(SearchUnavailableError);
      expect((await engine.health()).ok).toBe(false);
    });
  }
});

describe('an index without its settings', () => {
  it('answers 503 to searches, reports needsRebuild, and puts the settings back', async () => {
    const wanted = profileIndexSettings({ maxTotalHits: 1000 });
    const { url, seen } = await peer((req) => {
      if (req.path === '/indexes/profiles/search')
        return {
          status: 400,
          body: meiliError(
            'Attribute `kind` is not filterable. This index does not have configured filterable attributes.',
            'invalid_search_filter',
          ),
        };
      if (req.method === 'GET' && req.path === '/indexes/profiles/settings') return { status: 200, body: IMPLICIT_INDEX_SETTINGS };
      return undefined;
    });
    const engine = createMeiliSearchEngine({ url, apiKey: 'app-key-0123456789' });
    const error = await engine.search({ q: 'mật ong', filters: { kind: ['startup'] } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchUnavailableError);
    expect((error as Error).message).toContain('invalid_search_filter');
    const health = await engine.health();
    expect(health).toMatchObject({ ok: false, needsRebuild: true });
    const settingsWrites = seen.filter((r) => r.method === 'PATCH' && r.path === '/indexes/profiles/settings');
    expect(settingsWrites.at(-1)?.body).toEqual(JSON.parse(JSON.stringify(wanted)));
  });

  it('creates the index with its settings before the first write, never leaving the write to create it', async () => {
    const { url, seen } = await peer(() => undefined);
    const engine = createMeiliSearchEngine({ url, apiKey: 'app-key-0123456789' });
    await engine.upsert([doc]);
    const writes = seen.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
    expect(writes).toEqual(['POST /indexes', 'PATCH /indexes/profiles/settings', 'POST /indexes/profiles/documents?primaryKey=id']);
    const settings = seen.find((r) => r.method === 'PATCH')!.body as { pagination: unknown; filterableAttributes: string[] };
    expect(settings.pagination).toEqual({ maxTotalHits: 1000 });
    expect(settings.filterableAttributes).toContain('kind');
  });
});

describe('keys', () => {
  it('with only the master key, makes a scoped app key once and uses it for everything else', async () => {
    const master = 'master-key-0123456789abcdef';
    const uid = appKeyUid('profiles');
    let created: Record<string, unknown> | null = null;
    const { url, seen } = await peer((req) => {
      if (req.path === `/keys/${uid}`)
        return created
          ? { status: 200, body: created }
          : { status: 404, body: meiliError(`API key \`${uid}\` not found.`, 'api_key_not_found') };
      if (req.method === 'POST' && req.path === '/keys') {
        created = {
          ...(req.body as object),
          key: 'scoped-app-key-9876543210',
          createdAt: '2030-01-01T00:00:00Z',
          updatedAt: '2030-01-01T00:00:00Z',
        };
        return { status: 201, body: created };
      }
      if (req.path === '/indexes/profiles/stats')
        return { status: 200, body: { numberOfDocuments: 0, isIndexing: false, fieldDistribution: {} } };
      return undefined;
    });
    const engine = createMeiliSearchEngine({ url, masterKey: master });
    await engine.configure();
    await engine.upsert([doc]);
    expect(await engine.count()).toBe(0);
    const keyRequest = seen.find((r) => r.method === 'POST' && r.path === '/keys')!;
    expect(keyRequest.body).toMatchObject({
      uid,
      actions: [...APP_KEY_ACTIONS],
      indexes: ['profiles', 'profiles_rebuild'],
      expiresAt: null,
    });
    expect(APP_KEY_ACTIONS).not.toContain('*');
    expect(APP_KEY_ACTIONS).not.toContain('keys.create');
    const withMaster = seen.filter((r) => r.auth === `Bearer ${master}`).map((r) => `${r.method} ${r.path}`);
    expect(withMaster).toEqual([`GET /keys/${uid}`, 'POST /keys']);
    expect(seen.filter((r) => !r.path.startsWith('/keys')).every((r) => r.auth === 'Bearer scoped-app-key-9876543210')).toBe(true);
    // Another start finds the same key instead of making a second one.
    const again = createMeiliSearchEngine({ url, masterKey: master });
    await again.configure();
    expect(seen.filter((r) => r.method === 'POST' && r.path === '/keys')).toHaveLength(1);
  });

  it('uses MEILI_API_KEY as given and never asks for keys', async () => {
    const { url, seen } = await peer(() => undefined);
    const engine = createMeiliSearchEngine({ url, apiKey: 'operator-made-key-0123', masterKey: 'master-key-0123456789abcdef' });
    await engine.configure();
    expect(seen.some((r) => r.path.startsWith('/keys'))).toBe(false);
    expect(seen.every((r) => r.auth === 'Bearer operator-made-key-0123')).toBe(true);
  });

  it('derives a valid UUID v4 per index name', () => {
    expect(appKeyUid('profiles')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(appKeyUid('profiles')).toBe(appKeyUid('profiles'));
    expect(appKeyUid('profiles_hue')).not.toBe(appKeyUid('profiles'));
  });
});
