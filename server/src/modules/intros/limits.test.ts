// Who may request introductions, and how many (issue 14, item 9): a broker must be able to see both
// profiles under the other province's sharing policy; every requester, not only startups, has at
// most 5 requests waiting and 10 a day.
import { describe, expect, it } from 'vitest';
import { member, type Member } from '../../../test/helpers/fixtures.js';
import { useAppWithStaff } from '../../../test/helpers/signedIn.js';
import type { TestClient } from '../../../test/helpers/testClient.js';
import { DAY_MS, ManualClock } from '../../lib/clock.js';
import { MAX_PENDING_OUTGOING, MAX_REQUESTS_PER_DAY } from './service.js';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');

const { t, staff } = useAppWithStaff(['lang-son', 'phu-tho'], { clock });
const [staffLs, staffPt] = staff;

const introsOf = async (c: TestClient) => ((await c.get('/api/intros?limit=100')).body.items as { id: string }[]).length;

describe('staff brokering and the other province’s sharing policy', () => {
  it('refuses (404) a broker who could not see one of the two profiles, and creates nothing', async () => {
    const startup = await member(t, 'startup', { province: 'lang-son' });
    const ptExpert = await member(t, 'expert', { name: 'Chuyên gia Việt Trì', province: 'phu-tho', servesProvinces: [] });
    const hiddenPtExpert = await member(t, 'expert', { name: 'Chuyên gia ẩn', province: 'phu-tho', hidden: true });
    expect((await staffPt.put('/api/staff/policy', { sharing: 'province' })).status).toBe(200);
    // Lạng Sơn staff cannot open the Phú Thọ expert any more…
    expect((await staffLs.get(`/api/profiles/${ptExpert.profile.id}`)).status).toBe(404);
    // …so they cannot broker with it either, in either direction.
    for (const body of [
      { fromProfileId: startup.profile.id, toProfileId: ptExpert.profile.id, message: 'Giới thiệu' },
      { fromProfileId: ptExpert.profile.id, toProfileId: startup.profile.id, message: 'Giới thiệu' },
      { fromProfileId: startup.profile.id, toProfileId: hiddenPtExpert.profile.id, message: 'Giới thiệu' },
    ]) {
      const res = await staffLs.post('/api/intros', body);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    expect(await introsOf(staffLs)).toBe(0);
    expect(await introsOf(ptExpert.client)).toBe(0);

    // Once Phú Thọ shares again, the same brokering works.
    expect((await staffPt.put('/api/staff/policy', { sharing: 'all' })).status).toBe(200);
    const ok = await staffLs.post('/api/intros', {
      fromProfileId: startup.profile.id,
      toProfileId: ptExpert.profile.id,
      message: 'Giới thiệu',
    });
    expect(ok.status).toBe(201);
  });

  it('answers 404 for a hidden target, as for one that does not exist', async () => {
    const startup = await member(t, 'startup');
    const hidden = await member(t, 'expert', { name: 'Chuyên gia tạm ẩn', hidden: true });
    const res = await startup.client.post('/api/intros', { toProfileId: hidden.profile.id, message: 'Xin gặp' });
    expect(res.status).toBe(404);
    expect(await introsOf(startup.client)).toBe(0);
  });
});

describe('request limits for every kind of requester', () => {
  it.each(['expert', 'investor', 'provider'] as const)(`%s: at most ${MAX_PENDING_OUTGOING} requests waiting (409)`, async (kind) => {
    const requester = await member(t, kind, { name: `Người gửi ${kind}` });
    const startups: Member[] = [];
    for (let i = 0; i <= MAX_PENDING_OUTGOING; i++) startups.push(await member(t, 'startup', { name: `Khởi nghiệp ${kind} ${i}` }));
    for (const s of startups.slice(0, MAX_PENDING_OUTGOING)) {
      expect((await requester.client.post('/api/intros', { toProfileId: s.profile.id, message: 'Xin kết nối' })).status).toBe(201);
    }
    const refused = await requester.client.post('/api/intros', { toProfileId: startups.at(-1)!.profile.id, message: 'Xin kết nối' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toEqual({ reason: 'too_many_pending', limit: MAX_PENDING_OUTGOING });
    expect(await introsOf(requester.client)).toBe(MAX_PENDING_OUTGOING);
  });

  it(`sends at most ${MAX_REQUESTS_PER_DAY} requests in 24 hours, withdrawn ones included (429 with Retry-After)`, async () => {
    const investor = await member(t, 'investor', { name: 'Nhà đầu tư vội vàng' });
    const startups: Member[] = [];
    for (let i = 0; i <= MAX_REQUESTS_PER_DAY; i++) startups.push(await member(t, 'startup', { name: `Dự án gọi vốn ${i}` }));
    for (const s of startups.slice(0, MAX_REQUESTS_PER_DAY)) {
      const intro = await investor.client.post('/api/intros', { toProfileId: s.profile.id, message: 'Quan tâm' });
      expect(intro.status).toBe(201);
      // Withdrawing keeps the waiting count low, but every request still counts for the day.
      expect((await investor.client.post(`/api/intros/${intro.body.id}/withdraw`)).status).toBe(200);
      clock.advance(60_000);
    }
    const refused = await investor.client.post('/api/intros', { toProfileId: startups.at(-1)!.profile.id, message: 'Quan tâm' });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(DAY_MS / 1000 - 11 * 60);
    expect(retryAfter).toBeLessThanOrEqual(DAY_MS / 1000);
    expect(await introsOf(investor.client)).toBe(MAX_REQUESTS_PER_DAY);

    // A day after the first one, there is room again; staff brokering was never limited.
    clock.advance(retryAfter * 1000);
    expect((await investor.client.post('/api/intros', { toProfileId: startups.at(-1)!.profile.id, message: 'Quan tâm' })).status).toBe(201);
  });

  it('does not limit staff brokering', async () => {
    const expert = await member(t, 'expert', { name: 'Chuyên gia được môi giới', province: 'lang-son' });
    for (let i = 0; i <= MAX_PENDING_OUTGOING; i++) {
      const s = await member(t, 'startup', { name: `Khởi nghiệp được môi giới ${i}` });
      const res = await staffLs.post('/api/intros', {
        fromProfileId: expert.profile.id,
        toProfileId: s.profile.id,
        message: 'Sở giới thiệu',
      });
      expect(res.status).toBe(201);
    }
  });
});
