// The links a province shares for a competition — its rules page (/events/:id/call) and its results
// (/events/:id/results) — read as a Zalo or Facebook preview bot reads them (raw HTTP, no
// JavaScript): what the page is and where the call stands, with its deadline in Vietnam time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, adminEnv, staffOf } from '../../../../test/helpers/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/helpers/testApp.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import { ManualClock } from '../../../lib/clock.js';
import { callBody, competition, entryBody, judge, ok, START, startup } from '../../calls/tests/helpers.js';
import { SHELL } from './helpers.js';

const clock = new ManualClock(START);
let t: TestApp;
let staff: TestClient;
let clientDir: string;

async function preview(pathname: string): Promise<{ status: number; title: string | undefined; description: string | undefined }> {
  const res = await fetch(t.url + pathname, { headers: { accept: 'text/html' } });
  const html = await res.text();
  return {
    status: res.status,
    title: /<title>([^<]*)<\/title>/.exec(html)?.[1],
    description: /<meta property="og:description" content="([^"]*)" \/>/.exec(html)?.[1],
  };
}

beforeAll(async () => {
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-client-'));
  fs.writeFileSync(path.join(clientDir, 'index.html'), SHELL);
  t = await startTestApp({ clock, env: adminEnv, clientDir });
  staff = await staffOf(t, await adminClient(t), 'lang-son');
}, 60_000);
afterAll(async () => {
  await t?.close();
  fs.rmSync(clientDir, { recursive: true, force: true });
});

describe('share previews of a competition’s pages', () => {
  it('say the deadline while the call is open, and the publication once results are out', async () => {
    const eventId = await competition(staff);
    // Before the call exists, the rules page previews as the event itself.
    const bare = await preview(`/events/${eventId}/call`);
    expect(bare.status).toBe(200);
    expect(bare.title).toBe('Cuộc thi Ý tưởng khởi nghiệp tỉnh Lạng Sơn 2026 — KếtNối');

    const jury = await judge(t, 'Giám khảo Dũng');
    ok(await staff.put(`/api/events/${eventId}/call`, callBody([jury.user.id])));
    const open = await preview(`/events/${eventId}/call`);
    expect(open.title).toBe('Cuộc thi: Cuộc thi Ý tưởng khởi nghiệp tỉnh Lạng Sơn 2026 — KếtNối');
    // 12 March 2026, 02:00 UTC is 09:00 in Vietnam.
    expect(open.description).toBe(
      'Nhận hồ sơ đến 09:00 12/03/2026 · Lạng Sơn. Xem thể lệ, tiêu chí chấm điểm và nộp hồ sơ trực tuyến. ' +
        'Vòng chung kết tại Ngày hội Khởi nghiệp.',
    );
    const pending = await preview(`/events/${eventId}/results`);
    expect(pending.title).toBe('Kết quả: Cuộc thi Ý tưởng khởi nghiệp tỉnh Lạng Sơn 2026 — KếtNối');
    expect(pending.description).toBe('Kết quả chưa công bố. Nhận hồ sơ đến 09:00 12/03/2026 · Lạng Sơn.');

    const team = await startup(t, 'Mật ong Chi Lăng');
    const entry = ok(await team.client.post(`/api/events/${eventId}/entries`, entryBody('Mật ong truy xuất')), 201);
    ok(await jury.client.put(`/api/events/${eventId}/entries/${entry.id}/score`, { scores: { novelty: 8, market: 15, team: 4 } }));
    clock.set('2026-03-13T02:00:00.000Z');
    expect((await preview(`/events/${eventId}/call`)).description).toMatch(/^Đã hết hạn nộp hồ sơ \(09:00 12\/03\/2026\) · Lạng Sơn\./);
    ok(await staff.post(`/api/events/${eventId}/results/publish`));
    const out = await preview(`/events/${eventId}/results`);
    expect(out.description).toBe('Bảng xếp hạng các bài dự thi, công bố ngày 13/3/2026 · Lạng Sơn.');
    expect((await preview(`/events/${eventId}/call`)).description).toMatch(/^Đã công bố kết quả ngày 13\/3\/2026 · Lạng Sơn\./);
  });

  it('answer 404 with the generic page for a draft event’s call and an unknown event', async () => {
    const draft = await competition(staff, { status: 'draft', title: 'Bản nháp cuộc thi' });
    for (const pathname of [
      `/events/${draft}/call`,
      `/events/${draft}/results`,
      '/events/no-such-event/call',
      '/events/%E0%A4%A/results',
    ]) {
      const page = await preview(pathname);
      expect(page.status).toBe(404);
      expect(page.title).toBe('Không tìm thấy trang — KếtNối');
    }
  });
});
