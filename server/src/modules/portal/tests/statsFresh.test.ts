// GET /api/public/stats and /sitemap.xml answer from a short cache (they are public), but never
// with anything older than the last change: a need raised, an intro accepted, a profile hidden or
// suspended or a province's sharing policy changed shows at the next read, even while the clock
// stands still.
import { describe, expect, it } from 'vitest';
import { adminEnv, member, profileBodies } from '../../../../test/helpers/fixtures.js';
import { useAdmin, useStaff } from '../../../../test/helpers/signedIn.js';
import { useTestApp } from '../../../../test/helpers/testApp.js';
import { ManualClock } from '../../../lib/clock.js';
import { startupDay } from '../../events/tests/helpers.js';

const clock = new ManualClock('2026-03-10T02:00:00.000Z');
const t = useTestApp({ clock, env: adminEnv });
const admin = useAdmin(t);
const staff = useStaff(t, admin, 'lang-son');

const stats = async (query = 'province=lang-son') => {
  const res = await t.client().get(`/api/public/stats?${query}`);
  expect(res.status).toBe(200);
  return res.body;
};

describe('public figures after a change', () => {
  it('follow every change at once, with the clock standing still', async () => {
    const empty = await stats();
    expect(empty).toMatchObject({ startups: 0, experts: 0, needs: { opened: 0, resolved: 0 }, intros: { accepted: 0 } });
    expect((await stats('')).startups).toBe(0);

    const startup = await member(t, 'startup', { name: 'Mật ong chanh rừng Chi Lăng' });
    const expert = await member(t, 'expert', { name: 'Chuyên gia nhãn hiệu', province: 'lang-son' });
    const need = (await startup.client.post('/api/needs', { title: 'Đăng ký nhãn hiệu mật ong', category: 'trademark' })).body;
    expect(await stats()).toMatchObject({ startups: 1, experts: 1, needs: { opened: 1, resolved: 0 }, intros: { accepted: 0 } });
    expect((await stats('')).startups).toBe(1);

    const intro = (await startup.client.post('/api/intros', { toProfileId: expert.profile.id, needId: need.id, message: 'Xin tư vấn' }))
      .body;
    expect((await expert.client.post(`/api/intros/${intro.id}/accept`)).status).toBe(200);
    expect((await stats()).intros).toEqual({ accepted: 1 });

    expect((await startup.client.patch(`/api/needs/${need.id}`, { status: 'resolved' })).status).toBe(200);
    expect((await stats()).needs).toEqual({ opened: 1, resolved: 1 });

    expect((await staff.put('/api/staff/policy', { sharing: 'region' })).status).toBe(200);
    expect((await stats()).experts).toBe(0);

    expect((await admin.post(`/api/admin/users/${startup.user.id}/suspend`, {})).status).toBe(200);
    expect((await stats()).startups).toBe(0);
    expect((await stats('')).startups).toBe(0);
  });
});

describe('the sitemap after a change', () => {
  const listed = async () => {
    const res = await t.client().get('/sitemap.xml');
    expect(res.status).toBe(200);
    return [...res.text.matchAll(/<loc>[^<]*\/(p|events)\/([^<]+)<\/loc>/g)].map((m) => m[2]);
  };

  it('drops a profile hidden, suspended or no longer shared, and adds a published event, at once', async () => {
    // The figures' test above left Lạng Sơn sharing within its region only.
    expect((await staff.put('/api/staff/policy', { sharing: 'all' })).status).toBe(200);
    const founder = await member(t, 'startup', { name: 'Miến dong Bình Gia' });
    const shown = await member(t, 'startup', { name: 'Trà hoa vàng Tràng Định' });
    const expert = await member(t, 'expert', { name: 'Luật sư sở hữu trí tuệ', province: 'lang-son' });
    const before = await listed();
    expect(before).toEqual(expect.arrayContaining([founder.profile.id, shown.profile.id, expert.profile.id]));

    const hide = await founder.client.put('/api/profiles/me', profileBodies.startup({ name: 'Miến dong Bình Gia', hidden: true }));
    expect(hide.status).toBe(200);
    expect(await listed()).not.toContain(founder.profile.id);

    expect((await admin.post(`/api/admin/users/${shown.user.id}/suspend`, {})).status).toBe(200);
    expect(await listed()).not.toContain(shown.profile.id);

    expect((await staff.put('/api/staff/policy', { sharing: 'province' })).status).toBe(200);
    expect(await listed()).not.toContain(expert.profile.id);

    const event = await staff.post('/api/events', startupDay());
    expect(event.status).toBe(201);
    expect(await listed()).not.toContain(event.body.id);
    expect((await staff.patch(`/api/events/${event.body.id}`, { status: 'published' })).status).toBe(200);
    expect(await listed()).toContain(event.body.id);
  });
});
