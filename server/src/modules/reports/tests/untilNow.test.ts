// A report without `to` holds everything recorded so far, including what happened at this very
// instant: with a clock that does not move (a manual clock, or two requests in the same
// millisecond) a need raised "now" is counted by the report asked "now".
import { describe, expect, it } from 'vitest';
import { adminEnv, member } from '../../../../test/helpers/fixtures.js';
import { useAdmin, useStaff } from '../../../../test/helpers/signedIn.js';
import { useTestApp } from '../../../../test/helpers/testApp.js';
import { ManualClock } from '../../../lib/clock.js';
import { getBytes, parseCsv } from '../../staff/tests/helpers.js';

const NOW = '2026-03-10T02:00:00.000Z';
const clock = new ManualClock(NOW);
const t = useTestApp({ clock, env: adminEnv });
const admin = useAdmin(t);
const staff = useStaff(t, admin, 'lang-son');

describe('a report that ends now', () => {
  it('counts a need, an intro, its acceptance and an event of this very instant', async () => {
    const startup = await member(t, 'startup', { name: 'Miến dong Bình Liêu' });
    const expert = await member(t, 'expert', { name: 'Chuyên gia nhãn hiệu', province: 'lang-son' });
    const need = (await startup.client.post('/api/needs', { title: 'Đăng ký nhãn hiệu miến dong', category: 'trademark' })).body;
    const intro = (await startup.client.post('/api/intros', { toProfileId: expert.profile.id, needId: need.id, message: 'Xin tư vấn' }))
      .body;
    expect((await expert.client.post(`/api/intros/${intro.id}/accept`)).status).toBe(200);
    const event = await staff.post('/api/events', {
      kind: 'workshop',
      title: 'Tập huấn sở hữu trí tuệ',
      description: 'Buổi tập huấn bắt đầu ngay bây giờ.',
      topics: ['trademark'],
      startsAt: NOW,
      endsAt: '2026-03-10T05:00:00.000Z',
      venue: { name: 'Hội trường Sở KH&CN' },
      capacity: 20,
      status: 'published',
    });
    expect(event.status).toBe(201);
    expect(clock.now().toISOString()).toBe(NOW); // nothing moved the clock

    const summary = (await staff.get('/api/reports/summary')).body;
    expect(summary.needs.byCategory.trademark).toEqual({ open: 1, resolved: 0 });
    expect(summary.funnel).toEqual({ requested: 1, accepted: 1, consulted: 0, resolved: 0 });
    expect(summary.intros.byStatus).toMatchObject({ pending: 1, accepted: 1 });
    expect(summary.medianFirstResponseHours).toBe(0);
    // The period states its end: the first instant after now (`to` is exclusive).
    expect(summary.period.to).toBe('2026-03-10T02:00:00.001Z');

    const csv = await getBytes(staff, '/api/reports/export.csv?type=needs');
    const rows = parseCsv(new TextDecoder().decode(csv.bytes));
    expect(rows.slice(1).map((r) => r[0])).toEqual([need.id]);
    expect(csv.headers.get('content-disposition')).toContain('ketnoi-needs-lang-son-den-2026-03-10.csv');

    const events = (await staff.get('/api/reports/events')).body;
    expect(events.events.total).toBe(1);
  });
});
