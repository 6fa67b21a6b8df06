// The public figures' events part against the staff events report: `events.held` is the report's
// `events.total` over all time up to now, and `events.participants` its `registrations` (places
// held by registered participants; the waitlist, cancelled places, drafts, cancelled events and
// events still to come count nowhere). Co-organised events count for every organising province.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminEnv, member, type Member } from '../../../../test/helpers/fixtures.js';
import { useAdmin, useStaff } from '../../../../test/helpers/signedIn.js';
import { useTestApp } from '../../../../test/helpers/testApp.js';
import { ManualClock } from '../../../lib/clock.js';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
const t = useTestApp({ clock, env: { ...adminEnv, SESSION_MAX_AGE_DAYS: '365' } });
const admin = useAdmin(t);
const staff = useStaff(t, admin, 'lang-son');

function ok(res: { status: number; text: string; body: any }, status = 200) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${res.text}`);
  return res.body;
}

const workshop = (title: string, day: string, o: Record<string, unknown> = {}) => ({
  kind: 'workshop',
  title,
  description: 'Tập huấn cho các dự án khởi nghiệp.',
  topics: ['trademark'],
  startsAt: `${day}T08:00:00+07:00`,
  endsAt: `${day}T11:00:00+07:00`,
  venue: { name: 'Hội trường Sở KH&CN' },
  capacity: 2,
  status: 'published',
  ...o,
});

let people: Member[];
beforeAll(async () => {
  people = [];
  for (const name of ['Mật ong Chi Lăng', 'Thạch đen Tràng Định', 'Miến dong Bình Liêu', 'Hồi Văn Quan'])
    people.push(await member(t, 'startup', { name }));
  const register = async (id: string, who: Member[]) => {
    for (const m of who) ok(await m.client.post(`/api/events/${id}/registrations`, {}), 201);
  };
  // Held: 2 places taken, 1 waitlisted, then one leaves and the waitlisted one moves up: 2 participants.
  const held = ok(await staff.post('/api/events', workshop('Tập huấn nhãn hiệu', '2026-03-10')), 201).id;
  await register(held, people.slice(0, 3));
  ok(await people[0]!.client.delete(`/api/events/${held}/registrations/me`), 204);
  // Held, co-organised with Phú Thọ: 1 participant.
  const shared = ok(await staff.post('/api/events', workshop('Diễn đàn OCOP', '2026-03-12', { coOrganizers: ['phu-tho'] })), 201).id;
  await register(shared, people.slice(3));
  // Cancelled before it was held, a draft, and one still to come: none counts.
  const cancelled = ok(await staff.post('/api/events', workshop('Hội thảo bị huỷ', '2026-03-11')), 201).id;
  await register(cancelled, people.slice(0, 2));
  ok(await staff.patch(`/api/events/${cancelled}`, { status: 'cancelled' }));
  ok(await staff.post('/api/events', workshop('Bản nháp', '2026-03-11', { status: 'draft' })), 201);
  const later = ok(await staff.post('/api/events', workshop('Ngày hội tháng Tư', '2026-04-20')), 201).id;
  await register(later, people.slice(0, 2));
  clock.set('2026-03-20T02:00:00.000Z');
}, 60_000);

describe('public event figures', () => {
  it('are the events report’s held events and registrations, per province, region and country', async () => {
    for (const [query, held, participants] of [
      ['province=lang-son', 2, 3],
      ['province=phu-tho', 1, 1],
      ['region=trung-du-mien-nui-phia-bac', 2, 3],
      ['', 2, 3],
    ] as const) {
      const figures = ok(await t.client().get(`/api/public/stats?${query}`)).events;
      expect(figures, query).toEqual({ held, participants });
      const report = ok(await admin.get(`/api/reports/events?${query}`));
      expect([report.events.total, report.registrations], query).toEqual([held, participants]);
    }
  });
});
