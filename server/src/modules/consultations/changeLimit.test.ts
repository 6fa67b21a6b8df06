// Scheduling, moving and cancelling the consultations of one introduction mails the other side
// each time; one person may make at most MAX_CONSULTATION_CHANGES_PER_DAY such changes a day per
// introduction (429 with Retry-After), so a loop cannot fill the other person's inbox. Failed
// changes do not count; the other side keeps their own allowance.
import { describe, expect, it } from 'vitest';
import { DAY_MS, ManualClock } from '../../lib/clock.js';
import { member, openConversation } from '../../../test/helpers/fixtures.js';
import { useTestApp } from '../../../test/helpers/testApp.js';
import { MAX_CONSULTATION_CHANGES_PER_DAY } from './changeLimit.js';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
const t = useTestApp({ clock, startJobs: false, env: { SESSION_MAX_AGE_DAYS: '30' } });
const mailsTo = (userId: string) => t.app.store.collection({ name: 'mail_outbox' }).countDocuments({ userId });

describe(`at most ${MAX_CONSULTATION_CHANGES_PER_DAY} consultation changes a day per person and introduction`, () => {
  it('then 429 with Retry-After and no mail; failed changes are free; the other side is not limited', async () => {
    const [startup, expert] = [await member(t, 'startup'), await member(t, 'expert')];
    await openConversation(startup, expert);
    const introId = (await startup.client.get('/api/intros?box=outgoing')).body.items[0].id as string;
    const at = (day: number) => new Date(Date.parse('2026-03-10T02:00:00.000Z') + day * DAY_MS).toISOString();
    const schedule = (who: typeof startup, day: number) =>
      who.client.post('/api/consultations', { introId, startsAt: at(day), durationMinutes: 60, mode: 'online' });

    const mailsBefore = await mailsTo(expert.user.id);
    expect((await schedule(startup, 100)).status).toBe(201);
    let changes = 1;
    // Refused inside the change (the expert is busy then): it costs nothing.
    const clash = await schedule(startup, 100);
    expect(clash.status).toBe(409);
    while (changes < MAX_CONSULTATION_CHANGES_PER_DAY) {
      const made = await schedule(startup, changes);
      expect(made.status).toBe(201);
      changes++;
      if (changes === MAX_CONSULTATION_CHANGES_PER_DAY) break;
      expect((await startup.client.post(`/api/consultations/${made.body.id}/reschedule`, { startsAt: at(changes + 20) })).status).toBe(200);
      changes++;
      if (changes === MAX_CONSULTATION_CHANGES_PER_DAY) break;
      expect((await startup.client.post(`/api/consultations/${made.body.id}/cancel`, {})).status).toBe(200);
      changes++;
    }
    const mailed = (await mailsTo(expert.user.id)) - mailsBefore;
    expect(mailed).toBe(MAX_CONSULTATION_CHANGES_PER_DAY);

    const refused = await schedule(startup, 40);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    const wait = Number(refused.headers.get('retry-after'));
    expect(wait).toBe(Math.ceil(DAY_MS / 1000 / MAX_CONSULTATION_CHANGES_PER_DAY));
    expect(await mailsTo(expert.user.id)).toBe(mailsBefore + mailed);

    // The expert may still answer (cancel what was booked with them).
    const { items } = (await expert.client.get('/api/consultations?status=scheduled')).body;
    expect(items.length).toBeGreaterThan(0);
    expect((await expert.client.post(`/api/consultations/${items[0].id}/cancel`, {})).status).toBe(200);

    clock.advance(wait * 1000);
    expect((await schedule(startup, 41)).status).toBe(201);
    expect((await schedule(startup, 42)).status).toBe(429);
  });
});
