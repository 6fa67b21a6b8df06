// The decline cool-down (DESIGN.md "Matching", hard rules): after one side declines, the pair is not
// introduced again for 90 days — not by the requester, not the other way round, not by a broker.
import { describe, expect, it } from 'vitest';
import { member } from '../../../test/helpers/fixtures.js';
import { useAppWithStaff } from '../../../test/helpers/signedIn.js';
import type { TestClient } from '../../../test/helpers/testClient.js';
import { DAY_MS, ManualClock } from '../../lib/clock.js';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
const { t, staff } = useAppWithStaff(['lang-son'], { clock });
const [staffLs] = staff;

const introIds = async (c: TestClient) => ((await c.get('/api/intros?box=all&limit=100')).body.items as { id: string }[]).map((i) => i.id);

describe('asking again after a decline', () => {
  it('refuses the pair (409 recently_declined) for 90 days in either direction, then allows it', async () => {
    const startup = await member(t, 'startup');
    const expert = await member(t, 'expert');
    const first = await startup.client.post('/api/intros', { toProfileId: expert.profile.id, message: 'Nhờ anh tư vấn nhãn hiệu' });
    expect(first.status).toBe(201);
    clock.advance(2 * 3600_000);
    const declined = await expert.client.post(`/api/intros/${first.body.id}/decline`, { reason: 'Đang quá tải' });
    expect(declined.body.status).toBe('declined');
    const until = new Date(clock.now().getTime() + 90 * DAY_MS).toISOString();

    clock.advance(30 * DAY_MS);
    const attempts = [
      await startup.client.post('/api/intros', { toProfileId: expert.profile.id, message: 'Xin hỏi lại' }),
      await expert.client.post('/api/intros', { toProfileId: startup.profile.id, message: 'Tôi rảnh rồi' }),
      await staffLs.post('/api/intros', { fromProfileId: startup.profile.id, toProfileId: expert.profile.id, message: 'Giới thiệu' }),
    ];
    for (const res of attempts) {
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'conflict', details: { reason: 'recently_declined', until } });
    }
    // Nothing was created: each side still sees only the declined request.
    expect(await introIds(startup.client)).toEqual([first.body.id]);
    expect(await introIds(expert.client)).toEqual([first.body.id]);

    // One millisecond short of 90 days the pair still rests; at 90 days it may be introduced again.
    clock.set(new Date(Date.parse(until) - 1).toISOString());
    expect((await startup.client.post('/api/intros', { toProfileId: expert.profile.id, message: 'Xin hỏi lại' })).status).toBe(409);
    clock.set(until);
    const again = await startup.client.post('/api/intros', { toProfileId: expert.profile.id, message: 'Xin hỏi lại' });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ status: 'pending', fromProfileId: startup.profile.id, toProfileId: expert.profile.id });
  });

  it('does not hold a withdrawn request against the pair', async () => {
    const startup = await member(t, 'startup');
    const expert = await member(t, 'expert');
    const first = (await startup.client.post('/api/intros', { toProfileId: expert.profile.id, message: 'Xin chào' })).body;
    expect((await startup.client.post(`/api/intros/${first.id}/withdraw`)).body.status).toBe('withdrawn');
    const second = await startup.client.post('/api/intros', { toProfileId: expert.profile.id, message: 'Xin chào lần nữa' });
    expect(second.status).toBe(201);
  });
});
