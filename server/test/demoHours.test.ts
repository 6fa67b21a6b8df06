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
    },
    120_000,
  );
});
