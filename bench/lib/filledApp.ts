// A temporary data directory filled with generated profiles (seeds' deterministic generator via
// loadGenerated), then the real app started on it in this process — the set-up shared by the
// benchmarks that need a large store behind HTTP.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp, SESSION_COOKIE } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { buildContainer } from '../../server/src/container.js';
import { systemClock } from '../../server/src/lib/clock.js';
import { createLogger } from '../../server/src/lib/logger.js';
import { loadGenerated } from '../../server/src/seeding/bulk.js';

export const BENCH_ADMIN = { email: 'bench.admin@ketnoi.test', password: 'bench-admin-password' };

export interface FilledApp {
  url: string;
  /** Admin session cookie (`kn.sid=…`). */
  cookie: string;
  app: Awaited<ReturnType<typeof createApp>>;
  /** Generating and storing the profiles. */
  loadMs: number;
  /** createApp(): opening the store and rebuilding the in-process search index. */
  bootMs: number;
  close(): Promise<void>;
}

export async function startFilled(profiles: number, seed = 42, label = 'bench'): Promise<FilledApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `ketnoi-${label}-`));
  const env = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DEMO_DATA: '0',
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
  };
  const config = loadConfig(env, { dataDir });
  const logger = createLogger('silent');
  const loadStart = performance.now();
  const container = await buildContainer(config, { logger, clock: systemClock });
  await loadGenerated(container, { profiles, seed });
  await container.modules.search.engine.close();
  await container.store.close();
  const loadMs = performance.now() - loadStart;
  const bootStart = performance.now();
  const app = await createApp(config, { clientDir: null, logger });
  const bootMs = performance.now() - bootStart;
  const { port } = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    await app.close(2_000);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(BENCH_ADMIN),
    });
    if (login.status !== 200) throw new Error(`admin login answered ${login.status}`);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (!cookie) throw new Error('login set no session cookie');
    return { url, cookie, app, close, loadMs, bootMs };
  } catch (error) {
    await close();
    throw error;
  }
}
