// The demo loads whatever the hour: its story is told in Vietnam time from "now", and loading it
// early in the UTC day (07:00–12:00 in Vietnam) once completed a consultation before its start,
// so `npm start` failed for five hours a day.
import { DEMO_PASSWORD } from '@ketnoi/seeds';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from './helpers/testApp.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
  vi.useRealTimers();
});

/**
 * Nothing the story wrote is dated after the moment it was loaded (a scene set later the same day
 * happens at once instead), and every notification about a consultation or an event meeting is
 * dated when its cause happened: not weeks before it, as when the story moved its clock on before
 * the notification was written.
 */
async function expectStampedInStoryOrder(app: TestApp): Promise<void> {
  const loadedBy = new Date().toISOString();
  const { notifications, consultations, events } = app.app.container.modules;
  const notes = await notifications.repository.collection.find({});
  expect(notes.length).toBeGreaterThan(10);
  expect(notes.filter((n) => n.createdAt > loadedBy)).toEqual([]);
  for (const meeting of await events.repos.meetings.collection.find({})) expect(meeting.history.filter((h) => h.at > loadedBy)).toEqual([]);
  const causes = new Map<string, string>();
  for (const c of await consultations.repository.find({})) causes.set(c._id, c.createdAt);
  for (const m of await events.repos.meetings.collection.find({})) causes.set(m._id, m.createdAt);
  let checked = 0;
  for (const note of notes) {
    const data = note.data as { consultationId?: string; meetingId?: string };
    const cause = causes.get(data.consultationId ?? data.meetingId ?? '');
    if (!cause) continue;
    checked++;
    expect(Date.parse(note.createdAt), `${note.type} of ${cause}`).toBeGreaterThanOrEqual(Date.parse(cause) - 1_000);
  }
  expect(checked).toBeGreaterThan(5);
}

describe('demo data at any hour', () => {
  it.each(['00:30', '04:59', '23:30'])(
    'loads its whole story when started at %s UTC',
    async (time) => {
      // Only Date is faked (and keeps running): timers, sockets and the store work as usual.
      vi.useFakeTimers({ toFake: ['Date'], now: new Date(`2026-12-07T${time}:00.000Z`), shouldAdvanceTime: true });
      t = await startTestApp({ env: { DEMO_DATA: '1' } });
      const staff = t.client();
      await staff.login('staff-lang-son@demo.ketnoi.vn', DEMO_PASSWORD);
      const report = (await staff.get('/api/reports/summary')).body;
      expect(report.outcomes).toMatchObject({ trademark_filed: 1, label_compliant: 1, workspace_granted: 1 });
      expect(report.consultations.completed).toBe(3);
      await expectStampedInStoryOrder(t);
    },
    120_000,
  );
});
