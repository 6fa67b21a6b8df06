// Vitest globalSetup: build the product if needed, start one server for every test file, and stop
// it (removing its data directory) at the end of the run.
import type { TestProject } from 'vitest/node';
import { buildIfMissing, startServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's DATA_DIR: without SMTP_URL its mails are .eml files under mail/. */
    dataDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildIfMissing();
  const server = await startServer();
  console.log(`[e2e] KếtNối under test at ${server.url} (data in ${server.dataDir})`);
  project.provide('baseUrl', server.url);
  project.provide('dataDir', server.dataDir);
  return () => server.stop();
}
