// Shared set-up of the portal tests: the app serving a stand-in for the built client, the first
// screen it draws into that page (as a phone shows it before the scripts run), and the client's
// Vietnamese words the server's drawing must repeat.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { type TestApp, type TestAppOptions, useTestApp } from '../../../../test/helpers/testApp.js';

/** The smallest stand-in for the built client's index.html. */
export const SHELL =
  '<!doctype html><html lang="vi"><head><title>KếtNối</title></head>' +
  '<body><div id="root"></div><script type="module" src="/assets/index-abc.js"></script></body></html>';

/** The app of the test file (see useTestApp) serving `shell` as the client, from a temporary folder. */
export function useAppWithClient(options: TestAppOptions, shell = SHELL): TestApp {
  let clientDir = '';
  beforeAll(() => {
    clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-client-'));
    fs.writeFileSync(path.join(clientDir, 'index.html'), shell);
  });
  afterAll(() => fs.rmSync(clientDir, { recursive: true, force: true }));
  return useTestApp(() => ({ ...options, clientDir }));
}

/** What the server drew into #root of `pathname`, read without scripts. */
export async function firstPaint(t: TestApp, pathname: string): Promise<{ status: number; root: string }> {
  const res = await fetch(t.url + pathname, { headers: { accept: 'text/html' } });
  const text = await res.text();
  const root = /<div id="root">([\s\S]*)<\/div><script/.exec(text)?.[1];
  if (root === undefined) throw new Error(`no #root in ${pathname}: ${text}`);
  return { status: res.status, root };
}

/** Look up the client's Vietnamese translations (vi.json and every vi/<feature>.json) by dotted key. */
export function clientVietnamese(): (key: string) => unknown {
  const i18n = fileURLToPath(new URL('../../../../../client/src/i18n/', import.meta.url));
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(i18n, file), 'utf8')) as Record<string, unknown>;
  const vi: Record<string, unknown> = { ...read('vi.json') };
  for (const file of fs.readdirSync(path.join(i18n, 'vi'))) Object.assign(vi, read(`vi/${file}`));
  return (key) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], vi);
}
