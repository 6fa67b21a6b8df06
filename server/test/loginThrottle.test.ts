// Sign-in throttling over HTTP. Addresses come from X-Forwarded-For behind one proxy (TRUST_PROXY=1),
// as in a deployment; time is a ManualClock, so waits pass without sleeping.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { ManualClock } from '../src/lib/clock.js';
import { createEmbeddedStore } from '../src/store/embedded/index.js';
import type { TestApp } from './helpers/testApp.js';
import { startTestApp } from './helpers/testApp.js';
import type { TestClient } from './helpers/testClient.js';

const GUESSER = '203.0.113.7';
const OWNER = '198.51.100.20';
const running: TestApp[] = [];
afterEach(async () => {
  for (const app of running.splice(0)) await app.close();
});

async function start(env: Record<string, string>, clock = new ManualClock(new Date())) {
  const t = await startTestApp({ clock, env: { TRUST_PROXY: '1', ...env } });
  running.push(t);
  return { t, clock };
}

const signIn = (client: TestClient, from: string, email: string, password: string) =>
  client.post('/api/auth/login', { email, password }, { headers: { 'x-forwarded-for': from } });

const retryAfter = (res: { headers: Headers }) => Number(res.headers.get('retry-after'));

describe('sign-in throttling per account and address', () => {
  it('slows a guesser with doubling waits while the owner signs in from elsewhere', async () => {
    const { t, clock } = await start({ LOGIN_MAX_FAILURES: '5', LOGIN_WINDOW_MINUTES: '15' });
    const owner = await t.client().register({ role: 'startup' });
    const guesser = t.client();
    for (let i = 0; i < 5; i++) expect((await signIn(guesser, GUESSER, owner.email, `guess-${i}-wrong`)).status).toBe(401);

    // The guesser waits, even with the right password …
    const refused = await signIn(guesser, GUESSER, owner.email, owner.password);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(retryAfter(refused)).toBe(1);
    // … while the owner, from another address, signs in at once.
    const ownerClient = t.client();
    const signedIn = await signIn(ownerClient, OWNER, owner.email, owner.password);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.email).toBe(owner.email);
    expect((await ownerClient.get('/api/auth/me')).body.user.id).toBe(owner.id);

    // Each further failure doubles the wait, up to the window (15 min = 900 s); refused attempts count nothing.
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const blocked = await signIn(guesser, GUESSER, owner.email, 'still-wrong-password');
      expect(blocked.status).toBe(429);
      waits.push(retryAfter(blocked));
      clock.advance(retryAfter(blocked) * 1000);
      expect((await signIn(guesser, GUESSER, owner.email, 'still-wrong-password')).status).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
    expect(retryAfter(await signIn(guesser, GUESSER, owner.email, owner.password))).toBe(900);

    // Once the wait is over, the right password from that address works and starts the count again.
    clock.advance(900_000);
    expect((await signIn(t.client(), GUESSER, owner.email, owner.password)).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await signIn(guesser, GUESSER, owner.email, 'wrong-again-password')).status).toBe(401);
    expect((await signIn(guesser, GUESSER, owner.email, 'wrong-again-password')).status).toBe(429);
  });

  it('limits failures per address across accounts, for a window, and only that address', async () => {
    const { t, clock } = await start({ LOGIN_MAX_FAILURES: '100', LOGIN_MAX_FAILURES_PER_IP: '4', LOGIN_WINDOW_MINUTES: '15' });
    const victim = await t.client().register({ role: 'expert' });
    for (let i = 0; i < 4; i++) expect((await signIn(t.client(), GUESSER, `nobody${i}@example.vn`, 'wrong-password')).status).toBe(401);
    const blocked = await signIn(t.client(), GUESSER, victim.email, victim.password);
    expect(blocked.status).toBe(429);
    expect(retryAfter(blocked)).toBe(900);
    expect(blocked.body.error.message).toContain('network');
    expect((await signIn(t.client(), OWNER, victim.email, victim.password)).status).toBe(200);
    clock.advance(900_000 + 1000);
    expect((await signIn(t.client(), GUESSER, victim.email, victim.password)).status).toBe(200);
  });

  it('never counts correct sign-ins in flight as failures', async () => {
    const { t } = await start({ LOGIN_MAX_FAILURES: '2', LOGIN_MAX_FAILURES_PER_IP: '2' });
    const user = await t.client().register({ role: 'investor' });
    const answers = await Promise.all(Array.from({ length: 8 }, () => signIn(t.client(), OWNER, user.email, user.password)));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    // And they leave nothing behind: two wrong passwords are still allowed before any wait.
    expect((await signIn(t.client(), OWNER, user.email, 'wrong-password-1')).status).toBe(401);
    expect((await signIn(t.client(), OWNER, user.email, 'wrong-password-2')).status).toBe(401);
    expect((await signIn(t.client(), OWNER, user.email, user.password)).status).toBe(429);
  });
});

// With REDIS_URL the counters are shared: failures through one instance slow the guesser on another.
const redisUrl = process.env.REDIS_URL;
describe.skipIf(!redisUrl)('sign-in throttling with Redis counters', () => {
  it('shares the counts between instances and lets the owner in from elsewhere', async () => {
    const clock = new ManualClock(new Date());
    const env = {
      REDIS_URL: redisUrl!,
      LOGIN_MAX_FAILURES: '3',
      SESSION_SECRET: 'a-shared-session-secret-of-at-least-32-chars',
    };
    // Two instances over one store, as over one MongoDB.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-throttle-'));
    const store = await createEmbeddedStore({ dataDir });
    const a = await startTestApp({ clock, store, dataDir, env: { TRUST_PROXY: '1', ...env } });
    const b = await startTestApp({ clock, store, dataDir, env: { TRUST_PROXY: '1', ...env } });
    onTestFinished(async () => {
      await a.close();
      await b.close();
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });
    // A fresh account per run: the Redis server outlives the test.
    const owner = await a.client().register({ role: 'provider' });
    for (let i = 0; i < 3; i++) expect((await signIn(a.client(), GUESSER, owner.email, 'wrong-password')).status).toBe(401);
    const blocked = await signIn(b.client(), GUESSER, owner.email, owner.password);
    expect(blocked.status).toBe(429);
    expect(retryAfter(blocked)).toBe(1);
    expect((await signIn(b.client(), OWNER, owner.email, owner.password)).status).toBe(200);
    clock.advance(1000);
    expect((await signIn(b.client(), GUESSER, owner.email, 'wrong-password')).status).toBe(401);
    expect(retryAfter(await signIn(a.client(), GUESSER, owner.email, 'wrong-password'))).toBe(2);
    clock.advance(2000);
    expect((await signIn(a.client(), GUESSER, owner.email, owner.password)).status).toBe(200);
    expect((await signIn(b.client(), GUESSER, owner.email, 'wrong-password')).status).toBe(401);
  });
});
