// ADMIN_EMAIL / ADMIN_PASSWORD at boot. When they name an account that already exists (say,
// someone registered the address before the operator set it), its role and password are set and
// every session it had ends: no session opened before becomes an admin session.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../src/store/embedded/index.js';
import { liveClientForTest } from './helpers/sockets.js';
import type { TestApp } from './helpers/testApp.js';
import { startTestApp } from './helpers/testApp.js';
import type { TestClient } from './helpers/testClient.js';

const ADMIN_PASSWORD = 'operator-chosen-password';
const running: TestApp[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const app of running.splice(0)) await app.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function freshDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-admin-boot-'));
  dirs.push(dir);
  return dir;
}

async function start(dataDir: string, env: Record<string, string> = {}): Promise<TestApp> {
  const t = await startTestApp({ dataDir, env });
  running.push(t);
  return t;
}

/** A client on `t` carrying the same session cookie as `other` (the same browser after a restart). */
function sameBrowser(t: TestApp, other: TestClient): TestClient {
  const client = t.client();
  for (const [k, v] of other.cookies) client.cookies.set(k, v);
  return client;
}

describe('ADMIN_EMAIL naming an existing account', () => {
  it('promotes it and ends every session it had; only the ADMIN_PASSWORD opens it', async () => {
    const dataDir = freshDir();
    const before = await start(dataDir);
    const email = 'quantri@langson.gov.vn';
    const squatter = before.client();
    const registered = await squatter.register({ email, role: 'startup' });
    const otherTab = before.client();
    await otherTab.login(email, registered.password);
    await before.close();
    running.splice(running.indexOf(before), 1);

    const after = await start(dataDir, { ADMIN_EMAIL: email, ADMIN_PASSWORD });
    for (const old of [squatter, otherTab]) {
      const client = sameBrowser(after, old);
      expect((await client.get('/api/auth/me')).status).toBe(401);
      const create = await client.post('/api/admin/users', {
        email: 'staff@langson.gov.vn',
        password: 'staff-password-1',
        role: 'staff',
        name: 'Cán bộ',
        province: 'lang-son',
      });
      expect(create.status).toBe(401);
    }
    expect((await after.client().post('/api/auth/login', { email, password: registered.password })).status).toBe(401);
    const admin = after.client();
    expect(await admin.login(email, ADMIN_PASSWORD)).toMatchObject({ email, role: 'admin' });
    // Nothing was created by the old sessions.
    expect((await after.client().post('/api/auth/login', { email: 'staff@langson.gov.vn', password: 'staff-password-1' })).status).toBe(
      401,
    );
  });

  it('keeps the sessions of an admin whose role and password are already those', async () => {
    const dataDir = freshDir();
    const env = { ADMIN_EMAIL: 'admin@langson.gov.vn', ADMIN_PASSWORD };
    const first = await start(dataDir, env);
    const admin = first.client();
    await admin.login(env.ADMIN_EMAIL, ADMIN_PASSWORD);
    await first.close();
    running.splice(running.indexOf(first), 1);

    const second = await start(dataDir, env);
    expect((await sameBrowser(second, admin).get('/api/auth/me')).body.user.role).toBe('admin');
  });

  it('ends the admin sessions when ADMIN_PASSWORD changes', async () => {
    const dataDir = freshDir();
    const first = await start(dataDir, { ADMIN_EMAIL: 'admin@langson.gov.vn', ADMIN_PASSWORD });
    const admin = first.client();
    await admin.login('admin@langson.gov.vn', ADMIN_PASSWORD);
    await first.close();
    running.splice(running.indexOf(first), 1);

    const second = await start(dataDir, { ADMIN_EMAIL: 'admin@langson.gov.vn', ADMIN_PASSWORD: 'a-new-operator-password' });
    expect((await sameBrowser(second, admin).get('/api/auth/me')).status).toBe(401);
  });
});

// Several instances share one store and one Redis: an instance booting with ADMIN_EMAIL closes that
// account's sockets on the instances already running. Runs when REDIS_URL is set (see redis.test.ts).
const redisUrl = process.env.REDIS_URL;
describe.skipIf(!redisUrl)('ADMIN_EMAIL at boot with instances already running', () => {
  it("closes the account's sockets on the other instances", async () => {
    const dataDir = freshDir();
    const store = await createEmbeddedStore({ dataDir });
    try {
      const env = { REDIS_URL: redisUrl!, SESSION_SECRET: 'a-shared-session-secret-of-at-least-32-chars' };
      const a = await startTestApp({ env, store, dataDir });
      running.push(a);
      const email = 'quantri@phutho.gov.vn';
      const squatter = a.client();
      await squatter.register({ email, role: 'expert', province: 'phu-tho' });
      const live = await liveClientForTest(a.url, squatter);
      const closed = new Promise<string>((resolve) => {
        live.socket.once('disconnect', (reason) => resolve(reason));
        setTimeout(() => resolve('still connected after 5 s'), 5000).unref();
      });
      const b = await startTestApp({ env: { ...env, ADMIN_EMAIL: email, ADMIN_PASSWORD }, store, dataDir });
      running.push(b);
      expect(await closed).toBe('io server disconnect');
      expect((await squatter.get('/api/auth/me')).status).toBe(401);
    } finally {
      for (const app of running.splice(0)) await app.close();
      await store.close();
    }
  });
});
