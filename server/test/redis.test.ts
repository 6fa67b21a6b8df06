// More than one instance: two app instances (each its own HTTP server and Socket.IO server)
// share one store and one real redis-server. An intro created through instance A must reach a
// client connected to instance B, B's sessions must be valid for A's users, and signing out on
// one instance closes that session's sockets on the other.
// Runs when REDIS_URL is set: `.ci/run` calls .ci/redis-suite.sh, which installs and starts a
// redis-server and sets it. Skipped inside plain `npm test`, which must pass without Redis.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../src/store/embedded/index.js';
import type { Store } from '../src/store/types.js';
import { adminClient, adminEnv, member, staffOf } from './helpers/fixtures.js';
import { liveClientForTest } from './helpers/sockets.js';
import type { TestApp } from './helpers/testApp.js';
import { startTestApp } from './helpers/testApp.js';
import { TestClient } from './helpers/testClient.js';

const redisUrl = process.env.REDIS_URL;

describe.skipIf(!redisUrl)('two instances over one redis-server', () => {
  let store: Store;
  let a: TestApp;
  let b: TestApp;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-redis-'));

  beforeAll(async () => {
    store = await createEmbeddedStore({ dataDir: dir });
    const env = { ...adminEnv, REDIS_URL: redisUrl, SESSION_SECRET: 'a-shared-session-secret-of-at-least-32-chars' };
    a = await startTestApp({ env, store, dataDir: dir });
    b = await startTestApp({ env, store, dataDir: dir });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('delivers an intro created through instance A to a client connected to instance B', async () => {
    const startup = await member(a, 'startup');
    const expert = await member(a, 'expert');
    // The expert's session (created on A) is valid on B: sessions live in the shared store.
    const expertOnB = new TestClient(b.url);
    for (const [k, v] of expert.client.cookies) expertOnB.cookies.set(k, v);
    expect((await expertOnB.get('/api/auth/me')).body.user.id).toBe(expert.user.id);
    const live = await liveClientForTest(b.url, expertOnB);
    const created = await startup.client.post('/api/intros', { toProfileId: expert.profile.id, message: 'Qua hai máy chủ' });
    expect(created.status).toBe(201);
    const heard = await live.next('intro:new', (p) => p.intro.id === created.body.id, 10_000);
    expect(heard.intro).toMatchObject({ status: 'pending', toProfileId: expert.profile.id });

    // And back: accepting through B reaches the startup connected to A.
    const startupLive = await liveClientForTest(a.url, startup.client);
    await expertOnB.post(`/api/intros/${created.body.id}/accept`);
    const update = await startupLive.next('intro:updated', (p) => p.intro.id === created.body.id && p.intro.status === 'accepted', 10_000);
    expect(update.intro.conversationId).toBeTruthy();
  });

  it('closes a socket on instance B when its session signs out through instance A', async () => {
    const startup = await member(a, 'startup');
    const onB = new TestClient(b.url);
    for (const [k, v] of startup.client.cookies) onB.cookies.set(k, v);
    const live = await liveClientForTest(b.url, onB);
    const gone = new Promise<string>((resolve) => live.socket.once('disconnect', (reason) => resolve(reason)));
    expect((await startup.client.post('/api/auth/logout')).status).toBe(204);
    expect(await gone).toBe('io server disconnect');
  });

  it('applies a province policy changed through instance B on instance A at once (cache invalidated over Redis)', async () => {
    const expert = await member(a, 'expert', { name: 'Chuyên gia Phú Thọ', province: 'phu-tho' });
    const viewer = await member(a, 'startup', { name: 'Khởi nghiệp Hà Nội', province: 'ha-noi' });
    const seen = async () => (await viewer.client.get(`/api/profiles/${expert.profile.id}`)).status;
    expect(await seen()).toBe(200); // instance A has read (and cached) the policies
    const staffB = await staffOf(b, await adminClient(b), 'phu-tho');
    expect((await staffB.put('/api/staff/policy', { sharing: 'province' })).status).toBe(200);
    // Pub/sub delivery takes milliseconds; A's own cache would keep the old policy for 30 s.
    let status = await seen();
    for (let i = 0; i < 40 && status !== 404; i++) {
      await new Promise((r) => setTimeout(r, 50));
      status = await seen();
    }
    expect(status).toBe(404);
  });
});

if (!redisUrl) console.info('[redis] multi-instance test skipped: REDIS_URL is not set (.ci/redis-suite.sh runs it)');
