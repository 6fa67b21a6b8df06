// Who schedules a consultation (API.md: either side of an accepted intro). Staff who may open the
// intro (its broker, its province) are refused with 403 and a reason; anyone else gets 404.
import { describe, expect, it } from 'vitest';
import { member } from '../../../test/helpers/fixtures.js';
import { useAppWithStaff } from '../../../test/helpers/signedIn.js';
import { ManualClock } from '../../lib/clock.js';

const clock = new ManualClock('2025-06-25T00:00:00Z');
const { t, staff } = useAppWithStaff(['lang-son', 'phu-tho'], { clock });
const [staffLs, staffPt] = staff;
const body = (introId: string) => ({ introId, startsAt: '2025-07-02T02:00:00.000Z', durationMinutes: 60, mode: 'online' });

describe('scheduling on a brokered intro', () => {
  it('lets the two sides schedule, refuses the broker (403) and strangers (404), and stores nothing for them', async () => {
    const startup = await member(t, 'startup');
    const expert = await member(t, 'expert');
    const outsider = await member(t, 'expert');
    const intro = (
      await staffLs.post('/api/intros', { fromProfileId: startup.profile.id, toProfileId: expert.profile.id, message: 'Giới thiệu' })
    ).body;
    await startup.client.post(`/api/intros/${intro.id}/accept`);
    expect((await expert.client.post(`/api/intros/${intro.id}/accept`)).body.status).toBe('accepted');

    const byBroker = await staffLs.post('/api/consultations', body(intro.id));
    expect(byBroker.status).toBe(403);
    expect(byBroker.body.error.code).toBe('forbidden');
    for (const stranger of [staffPt, outsider.client]) {
      const res = await stranger.post('/api/consultations', body(intro.id));
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    expect((await staffLs.get('/api/consultations')).body.items).toEqual([]);

    const bySide = await startup.client.post('/api/consultations', body(intro.id));
    expect(bySide.status).toBe(201);
    expect(bySide.body).toMatchObject({
      introId: intro.id,
      startupId: startup.profile.id,
      helperId: expert.profile.id,
      status: 'scheduled',
    });
  });
});
