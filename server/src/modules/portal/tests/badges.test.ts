// Badges on a startup's public page (issue 18): the outcomes recorded when its consultations were
// completed, counted per tag, shown to anyone who may see the profile — tags only, never the note,
// the evidence or who helped.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../lib/clock.js';
import { member } from '../../../../test/helpers/fixtures.js';
import { useTestApp } from '../../../../test/helpers/testApp.js';

const clock = new ManualClock(new Date());
const HOUR = 3_600_000;

const t = useTestApp({ clock, startJobs: false });

describe('outcome badges of a startup', () => {
  it('count the tags of completed consultations only, leave out "other", and carry nothing else', async () => {
    const honey = await member(t, 'startup', { name: 'Mật ong chanh rừng Chi Lăng' });
    const lawyer = await member(t, 'expert', { name: 'Luật sư Hoàng Thị Thanh' });
    const visitor = t.client();
    expect((await visitor.get(`/api/profiles/${honey.profile.id}`)).body.outcomeBadges).toBeUndefined();

    // One expert per consultation: a pair has one accepted introduction.
    const consult = async (tags: string[] | null, helper = lawyer) => {
      const intro = (await honey.client.post('/api/intros', { toProfileId: helper.profile.id, message: 'Xin tư vấn nhãn hiệu' })).body;
      expect((await helper.client.post(`/api/intros/${intro.id}/accept`)).status).toBe(200);
      const startsAt = new Date(clock.now().getTime() + HOUR).toISOString();
      const c = (await honey.client.post('/api/consultations', { introId: intro.id, startsAt, durationMinutes: 60, mode: 'online' })).body;
      clock.advance(2 * HOUR);
      if (tags) {
        const done = await helper.client.post(`/api/consultations/${c.id}/complete`, {
          outcome: { tags, note: 'Ghi chú riêng của chuyên gia', evidence: 'Đơn số 4-2026-07777' },
        });
        expect(done.status).toBe(200);
      }
    };
    await consult(['trademark_filed', 'other']);
    await consult(['trademark_filed', 'label_compliant'], await member(t, 'expert', { name: 'Chuyên gia nhãn hàng hóa' }));
    await consult(null, await member(t, 'expert', { name: 'Chuyên gia bao bì' })); // still scheduled: no badge

    const seen = await visitor.get(`/api/profiles/${honey.profile.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.outcomeBadges).toEqual([
      { tag: 'trademark_filed', count: 2 },
      { tag: 'label_compliant', count: 1 },
    ]);
    const text = JSON.stringify(seen.body);
    for (const secret of ['Ghi chú riêng', '4-2026-07777', lawyer.profile.id, 'Hoàng Thị Thanh']) expect(text).not.toContain(secret);
    // The directory and the expert's own page carry no badges.
    const listed = (await visitor.get('/api/profiles?kind=startup')).body.items.find((p: { id: string }) => p.id === honey.profile.id);
    expect(listed.outcomeBadges).toBeUndefined();
    expect((await visitor.get(`/api/profiles/${lawyer.profile.id}`)).body.outcomeBadges).toBeUndefined();
  });
});
