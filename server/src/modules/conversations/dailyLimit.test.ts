// A day's messages: past the burst, 5 a second would let one account store 432 000 messages of
// 4 000 characters a day in someone's conversation. At most MAX_MESSAGES_PER_DAY (a bucket refilled
// over 24 hours): then 429 with Retry-After, nothing stored, resends still answered, the other
// member unaffected.
import { describe, expect, it } from 'vitest';
import { DAY_MS, ManualClock } from '../../lib/clock.js';
import { member, openConversation } from '../../../test/helpers/fixtures.js';
import { useTestApp } from '../../../test/helpers/testApp.js';
import { MAX_MESSAGES_PER_DAY, MESSAGE_BURST } from './index.js';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
const t = useTestApp({ clock, startJobs: false, env: { SESSION_MAX_AGE_DAYS: '30' } });
const stored = (senderUserId: string) => t.app.store.collection({ name: 'messages' }).countDocuments({ senderUserId });

describe(`at most about ${MAX_MESSAGES_PER_DAY} messages a day per member`, () => {
  it('then 429 with Retry-After; the room comes back with time', async () => {
    const [startup, expert] = [await member(t, 'startup'), await member(t, 'expert')];
    const conversation = await openConversation(startup, expert);
    const send = (from: typeof startup, clientId: string) =>
      from.client.post(`/api/conversations/${conversation}/messages`, { body: 'Chào anh. '.repeat(400), clientId });
    let sent = 0;
    let refused;
    // Each burst is sent at once, then the clock moves the 12 s the per-second rate needs to refill it.
    while (!refused && sent < MAX_MESSAGES_PER_DAY * 1.1) {
      const res = await send(startup, `m-${sent}`);
      if (res.status === 201) sent++;
      else refused = res;
      if (sent % MESSAGE_BURST === 0) clock.advance((MESSAGE_BURST / 5) * 1000);
    }
    // The day's bucket refilled a little during the minutes the test took.
    const elapsedS = sent / 5;
    expect(sent).toBeGreaterThanOrEqual(MAX_MESSAGES_PER_DAY);
    expect(sent).toBeLessThanOrEqual(MAX_MESSAGES_PER_DAY + Math.ceil((elapsedS * MAX_MESSAGES_PER_DAY) / (DAY_MS / 1000)));
    expect(refused?.status).toBe(429);
    expect(refused?.body.error.code).toBe('rate_limited');
    const wait = Number(refused?.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(Math.ceil(DAY_MS / 1000 / MAX_MESSAGES_PER_DAY));
    expect(await stored(startup.user.id)).toBe(sent);

    // A resend of a stored message is still answered with it; the other member still writes.
    expect((await send(startup, 'm-0')).status).toBe(200);
    expect((await send(expert, 'tra-loi')).status).toBe(201);

    clock.advance(wait * 1000);
    expect((await send(startup, 'sau-khi-cho')).status).toBe(201);
    expect(await stored(startup.user.id)).toBe(sent + 1);
  }, 120_000);
});
