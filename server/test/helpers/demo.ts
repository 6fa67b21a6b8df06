// The app with the demo dataset, as `DEMO_DATA=1 npm start` serves it, and its members signed in.
import { DEMO_PASSWORD, demoEmail } from '@ketnoi/seeds';
import type { Env } from '../../src/config.js';
import { type TestApp, useTestApp } from './testApp.js';
import type { TestClient } from './testClient.js';

/**
 * The file's app (see useTestApp) with the demo data loaded at start, which takes a while. PORT=0
 * as the browser tests start it: the demo's mails are written before the port is known.
 */
export function useDemoApp(env: Env = {}): TestApp {
  return useTestApp({ env: { DEMO_DATA: '1', ...env }, overrides: { port: 0 } }, { startTimeoutMs: 120_000 });
}

/** A client signed in as the demo member `key` (`key`@demo.ketnoi.vn). */
export async function demoMember(t: TestApp, key: string): Promise<TestClient> {
  const client = t.client();
  await client.login(demoEmail(key), DEMO_PASSWORD);
  return client;
}
