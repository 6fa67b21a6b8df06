// The answers the server's HTML carries for the page it drew (#first-paint-data, the contract's
// FirstPaintData): the web client starts from them instead of asking again, so they must be
// exactly what the API answers, and user text in them must not end the script.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FirstPaintData } from '@ketnoi/contract';
import { adminClient, adminEnv, staffOf } from '../../../../test/helpers/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/helpers/testApp.js';
import { ManualClock } from '../../../lib/clock.js';
import { ok, START, startupDay } from '../../events/tests/helpers.js';

const SHELL =
  '<!doctype html><html lang="vi"><head><title>KếtNối</title></head>' +
  '<body><div id="root"></div><script type="module" src="/assets/index-abc.js"></script></body></html>';
const TITLE = 'Ngày hội </script><script>alert(1)</script> <!-- khởi nghiệp';

let t: TestApp;
let clientDir: string;

/** The page's data script, parsed against the contract (null when the page has none). */
async function firstPaintData(pathname: string): Promise<FirstPaintData | null> {
  const html = await (await fetch(t.url + pathname, { headers: { accept: 'text/html' } })).text();
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
  const data = scripts.filter((s) => s[0].includes('id="first-paint-data"'));
  // The data script and the app's own: user text opened no script of its own.
  expect(scripts).toHaveLength(data.length + 1);
  return data[0] ? FirstPaintData.parse(JSON.parse(data[0][1]!)) : null;
}

beforeAll(async () => {
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-client-'));
  fs.writeFileSync(path.join(clientDir, 'index.html'), SHELL);
  t = await startTestApp({ env: adminEnv, clientDir, clock: new ManualClock(START) });
  const staff = await staffOf(t, await adminClient(t), 'lang-son');
  ok(await staff.post('/api/events', startupDay({ title: TITLE, status: 'published' })), 201);
  for (let i = 0; i < 21; i++) {
    ok(await staff.post('/api/events', startupDay({ title: `Tập huấn ${i + 1}`, kind: 'training', status: 'published' })), 201);
  }
}, 60_000);
afterAll(async () => {
  await t?.close();
  fs.rmSync(clientDir, { recursive: true, force: true });
});

describe('first paint data', () => {
  it('gives the calendar the first page the API answers for its filters, and the reference data', async () => {
    const visitor = t.client();
    const data = await firstPaintData('/events');
    expect(data?.calendar).toEqual(ok(await visitor.get('/api/events?limit=20')));
    expect(data?.calendar?.items).toHaveLength(20);
    expect(data?.calendar?.nextCursor).toEqual(expect.any(String));
    expect(data?.calendar?.items.map((e) => e.title)).toContain(TITLE);
    expect(data?.reference).toEqual(ok(await visitor.get('/api/reference')));

    const filtered = await firstPaintData('/events?province=lang-son&kind=startup_day');
    expect(filtered?.calendar).toEqual(ok(await visitor.get('/api/events?province=lang-son&kind=startup_day&limit=20')));
    expect(filtered?.calendar?.items.map((e) => e.title)).toEqual([TITLE]);
  });

  it('carries the reference data alone on the landing, and nothing where the server draws no first screen', async () => {
    const landing = await firstPaintData('/?province=lang-son');
    expect(landing?.calendar).toBeUndefined();
    expect(landing?.reference?.provinces.find((p) => p.code === 'lang-son')?.name).toBe('Lạng Sơn');
    expect(await firstPaintData('/events?view=month')).toBeNull();
    expect(await firstPaintData('/needs')).toBeNull();
  });
});
