// Start the real app in-process on port 0 with a fresh temporary data directory and the
// embedded engines. No mocks of our own store or search.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { App, AppOptions } from '../../src/app.js';
import { createApp } from '../../src/app.js';
import type { Config, Env } from '../../src/config.js';
import { loadConfig } from '../../src/config.js';
import { TestClient } from './testClient.js';

export interface TestApp {
  app: App;
  url: string;
  dataDir: string;
  client(): TestClient;
  close(): Promise<void>;
}

export interface TestAppOptions extends AppOptions {
  env?: Env;
  overrides?: Partial<Config>;
  /** Reuse a data directory (restart tests). */
  dataDir?: string;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-test-'));
  const config = loadConfig(
    { NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: '0', ...options.env },
    {
      dataDir,
      // Cheaper hashing keeps the suite fast; production cost is set in config.ts.
      passwordHashing: { memoryCost: 8192, timeCost: 1, parallelism: 1 },
      ...options.overrides,
    },
  );
  const app = await createApp(config, { clientDir: null, ...options });
  const { port } = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    dataDir,
    client: () => new TestClient(url),
    close: async () => {
      await app.close(2000);
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The app of a test file: started before its tests (after hooks registered earlier, before those
 * registered later) and closed after them. The handle reads through to the running app, so it can
 * be a file-level `const`; it throws when used outside hooks and tests. Pass a function for options
 * known only once earlier hooks have run (a peer's port).
 */
export function useTestApp(
  options: TestAppOptions | (() => TestAppOptions) = {},
  { startTimeoutMs }: { startTimeoutMs?: number } = {},
): TestApp {
  let started: TestApp | undefined;
  const running = (): TestApp => {
    if (!started) throw new Error('the test app runs between beforeAll and afterAll');
    return started;
  };
  beforeAll(async () => {
    started = await startTestApp(typeof options === 'function' ? options() : options);
  }, startTimeoutMs);
  afterAll(async () => {
    await started?.close();
    started = undefined;
  });
  return {
    get app() {
      return running().app;
    },
    get url() {
      return running().url;
    },
    get dataDir() {
      return running().dataDir;
    },
    client: () => running().client(),
    close: async () => {
      await running().close();
      started = undefined;
    },
  };
}
