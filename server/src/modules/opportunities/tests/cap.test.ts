// One profile cannot fill the public list of opportunities: at most MAX_OPEN_OPPORTUNITIES open
// at once (409 with the limit), posted in parallel or renewed from expired; closing or an
// expiry makes room. A refusal stores nothing.
import { describe, expect, it } from 'vitest';
import { DAY_MS, ManualClock } from '../../../lib/clock.js';
import { member, readAllPages } from '../../../../test/helpers/fixtures.js';
import { useTestApp } from '../../../../test/helpers/testApp.js';
import { MAX_OPEN_OPPORTUNITIES } from '../service.js';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
const t = useTestApp({ clock, startJobs: false });
const offer = (i: number, extra: Record<string, unknown> = {}) => ({
  type: 'offer',
  title: `Tư vấn đăng ký nhãn hiệu số ${i}`,
  description: 'Hỗ trợ thủ tục sở hữu trí tuệ cho hợp tác xã và doanh nghiệp nhỏ.',
  ...extra,
});

describe('open opportunities of one profile', () => {
  it(`at most ${MAX_OPEN_OPPORTUNITIES} at once, even posted in parallel; closing or expiry makes room`, async () => {
    const lawyer = await member(t, 'expert');
    const visitor = t.client();
    // The first will expire in a week; the rest stay open 90 days.
    const soon = await lawyer.client.post(
      '/api/opportunities',
      offer(0, { expiresAt: new Date(clock.now().getTime() + 7 * DAY_MS).toISOString() }),
    );
    expect(soon.status).toBe(201);
    const answers = await Promise.all(
      Array.from({ length: MAX_OPEN_OPPORTUNITIES + 2 }, (_, i) => lawyer.client.post('/api/opportunities', offer(i + 1))),
    );
    expect(answers.filter((r) => r.status === 201)).toHaveLength(MAX_OPEN_OPPORTUNITIES - 1);
    for (const refused of answers.filter((r) => r.status !== 201)) {
      expect(refused.status).toBe(409);
      expect(refused.body.error).toMatchObject({ code: 'conflict', details: { limit: MAX_OPEN_OPPORTUNITIES } });
    }
    expect((await readAllPages(visitor, '/api/opportunities?limit=50')).ids).toHaveLength(MAX_OPEN_OPPORTUNITIES);

    // Closing one makes room for one.
    const open = answers.filter((r) => r.status === 201);
    expect((await lawyer.client.patch(`/api/opportunities/${open[0]!.body.id}`, { status: 'closed' })).status).toBe(200);
    expect((await lawyer.client.post('/api/opportunities', offer(100))).status).toBe(201);
    expect((await lawyer.client.post('/api/opportunities', offer(101))).status).toBe(409);

    // Once the first has expired there is room again, and renewing it while full is refused.
    clock.advance(8 * DAY_MS);
    expect((await lawyer.client.post('/api/opportunities', offer(102))).status).toBe(201);
    const renewal = await lawyer.client.patch(`/api/opportunities/${soon.body.id}`, {
      expiresAt: new Date(clock.now().getTime() + 30 * DAY_MS).toISOString(),
    });
    expect(renewal.status).toBe(409);
    expect((await lawyer.client.get(`/api/opportunities/${soon.body.id}`)).body.status).toBe('expired');
    expect((await readAllPages(visitor, '/api/opportunities?limit=50')).ids).toHaveLength(MAX_OPEN_OPPORTUNITIES);
  });
});
