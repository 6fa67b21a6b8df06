// The demo dataset comes with events on a fresh start: two upcoming on the public calendar (the
// Lạng Sơn startup day with its meetings, the regional trade fair), and a Lạng Sơn workshop and a
// Đà Nẵng training that took place, whose check-ins and follow-up intros show in the events report.
import { describe, expect, it } from 'vitest';
import { adminEnv } from '../../../../test/helpers/fixtures.js';
import { demoMember, useDemoApp } from '../../../../test/helpers/demo.js';
import { startTestApp } from '../../../../test/helpers/testApp.js';
import { ok } from './helpers.js';

const t = useDemoApp();

const login = (key: string) => demoMember(t, key);

describe('demo events', () => {
  it('shows the upcoming events on the public calendar, soonest first', async () => {
    const items = ok(await t.client().get('/api/events')).items;
    expect(items.map((e: any) => e.kind)).toEqual(['startup_day', 'trade_fair']);
    expect(items[0]).toMatchObject({ province: 'lang-son', registrationOpen: true, registered: 12, waitlisted: 0 });
    // The fair is led by Phú Thọ and co-organised by Lạng Sơn: it is on Lạng Sơn's calendar too.
    expect(ok(await t.client().get('/api/events?province=lang-son')).items).toHaveLength(2);
    expect(ok(await t.client().get('/api/events?province=da-nang')).items).toHaveLength(0);
  });

  it('gives the startup day placed meetings and an agenda', async () => {
    const [day] = ok(await t.client().get('/api/events?kind=startup_day')).items;
    const iot = await login('iot-xu-lang');
    const agenda = ok(await iot.get(`/api/events/${day.id}/agenda`));
    expect(agenda.meetings).toHaveLength(2);
    expect(agenda.meetings.every((m: any) => m.slot && m.slot.startsAt >= day.meetings.from)).toBe(true);
    const staff = await login('staff-lang-son');
    const board = ok(await staff.get(`/api/events/${day.id}/meetings?limit=100`)).items;
    expect(board.map((m: any) => m.status).sort()).toEqual([
      'accepted',
      'accepted',
      'accepted',
      'accepted',
      'accepted',
      'declined',
      'requested',
    ]);
    const assisted = ok(await staff.get(`/api/events/${day.id}/registrations?limit=100`)).items.filter((r: any) => r.assisted);
    expect(assisted.map((r: any) => r.profile.name)).toEqual([expect.stringContaining('Thuận Anh')]);
  });

  it('reports the past training with its check-ins and the intro that followed', async () => {
    const staff = await login('staff-da-nang');
    const report = ok(await staff.get('/api/reports/events'));
    expect(report).toMatchObject({
      events: { total: 1, byKind: { training: 1 } },
      registrations: 6,
      checkedIn: 5,
      noShowRate: 0.1667,
      introsAfterEvents: 1,
    });
    const [training] = ok(await staff.get('/api/events?status=completed&province=da-nang&from=2020-01-01')).items;
    expect(training).toMatchObject({ kind: 'training', status: 'completed', checkedIn: 5 });
  });

  it('reports the past Lạng Sơn workshop: check-ins, placed meetings and the intros that followed', async () => {
    const staff = await login('staff-lang-son');
    const report = ok(await staff.get('/api/reports/events'));
    expect(report).toMatchObject({
      events: { total: 1, byKind: { workshop: 1 } },
      registrations: 6,
      checkedIn: 5,
      noShowRate: 0.1667,
      meetings: { requested: 3, accepted: 2, scheduled: 2 },
      // Basketry → the supermarket connector, and the IoT team → the investors' club, both met there.
      introsAfterEvents: 2,
    });
  });

  it('are organised by the system account when the demo staff are left out (ADMIN_EMAIL set)', async () => {
    const withAdmin = await startTestApp({ env: { DEMO_DATA: '1', ...adminEnv } });
    try {
      const items = ok(await withAdmin.client().get('/api/events')).items;
      expect(items.map((e: any) => [e.kind, e.province, e.organizerId])).toEqual([
        ['startup_day', 'lang-son', 'system'],
        ['trade_fair', 'phu-tho', 'system'],
      ]);
    } finally {
      await withAdmin.close();
    }
  }, 120_000);
});
