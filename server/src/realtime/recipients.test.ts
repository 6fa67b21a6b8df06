// Who hears what (API.md "Realtime"), watched from every seat at once: the two sides of a
// staff-brokered intro, the broker, staff of the intro's province and of another, and a third
// member. Each event reaches exactly the people the contract names, in the contract's shape.
import { IntroEvent, MessageEvent, NotificationEvent, TypingEvent } from '@ketnoi/contract';
import { ReadMark } from '@ketnoi/contract';
import { describe, expect, it } from 'vitest';
import { member } from '../../test/helpers/fixtures.js';
import { useAppWithStaff } from '../../test/helpers/signedIn.js';
import { type LiveClient, liveClientForTest } from '../../test/helpers/sockets.js';
import type { TestClient } from '../../test/helpers/testClient.js';

const { t, staff } = useAppWithStaff(['lang-son', 'ha-noi', 'phu-tho']);
const [staffLs, staffHn, staffPt] = staff;

const EVENTS = ['intro:new', 'intro:updated', 'message:new', 'message:read', 'typing', 'notification:new'] as const;
const counts = new WeakMap<LiveClient, Map<string, number>>();
/** A live client that also counts every event it receives. */
async function watch(client: TestClient): Promise<LiveClient> {
  const live = await liveClientForTest(t.url, client);
  const seen = new Map<string, number>();
  live.socket.onAny((event: string) => seen.set(event, (seen.get(event) ?? 0) + 1));
  counts.set(live, seen);
  return live;
}
/** How many of each event (in EVENTS order) each watcher has received so far. */
const tally = (seats: Record<string, LiveClient>) =>
  Object.fromEntries(Object.entries(seats).map(([seat, live]) => [seat, EVENTS.map((e) => counts.get(live)!.get(e) ?? 0).join(' ')]));
/** Broadcasts go out together: once the named recipient has one, the others have had time for theirs. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('a staff-brokered intro and its conversation, seen from every seat', () => {
  it('tells the sides, the broker and nobody else, each event in the contract shape', async () => {
    const startup = await member(t, 'startup');
    const expert = await member(t, 'expert', { province: 'ha-noi' });
    const bystander = await member(t, 'expert', { name: 'Người ngoài cuộc' });
    const seats = {
      startup: await watch(startup.client),
      expert: await watch(expert.client),
      expertPhone: await watch(expert.client),
      broker: await watch(staffHn),
      staffLs: await watch(staffLs),
      staffPt: await watch(staffPt),
      bystander: await watch(bystander.client),
    };
    const intro = (
      await staffHn.post('/api/intros', { fromProfileId: startup.profile.id, toProfileId: expert.profile.id, message: 'Sở giới thiệu' })
    ).body;
    expect(intro).toMatchObject({ status: 'pending', province: 'lang-son' });
    // Both sides are awaited: intro:new to each; the broker acted and hears nothing; staff of the
    // province hear of pending_staff intros only.
    for (const side of [seats.startup, seats.expert, seats.expertPhone]) IntroEvent.parse(await side.next('intro:new'));
    await settle();
    expect(tally(seats)).toEqual({
      startup: '1 0 0 0 0 1',
      expert: '1 0 0 0 0 1',
      expertPhone: '1 0 0 0 0 1',
      broker: '0 0 0 0 0 0',
      staffLs: '0 0 0 0 0 0',
      staffPt: '0 0 0 0 0 0',
      bystander: '0 0 0 0 0 0',
    });

    await startup.client.post(`/api/intros/${intro.id}/accept`);
    const half = IntroEvent.parse(await seats.broker.next('intro:updated'));
    expect(half.intro).toMatchObject({ status: 'pending', acceptedBy: [startup.profile.id] });
    expect(half.intro).not.toHaveProperty('conversationId');
    const accepted = (await expert.client.post(`/api/intros/${intro.id}/accept`)).body;
    for (const seat of [seats.startup, seats.expert, seats.broker]) {
      const { intro: pushed } = IntroEvent.parse(await seat.next('intro:updated', (p) => p.intro.status === 'accepted'));
      expect(pushed.conversationId).toBe(accepted.conversationId);
    }
    const conversationId = accepted.conversationId as string;

    const sent = await seats.broker.emitAck('message:send', { conversationId, body: 'Chào hai bên', clientId: 'broker-1' });
    for (const seat of [seats.startup, seats.expert, seats.expertPhone]) {
      expect(MessageEvent.parse(await seat.next('message:new')).message).toEqual(sent.message);
    }
    seats.expert.socket.emit('typing', { conversationId });
    for (const seat of [seats.startup, seats.broker]) {
      expect(TypingEvent.parse(await seat.next('typing'))).toEqual({ conversationId, profileId: expert.profile.id });
    }
    expect(await seats.startup.emitAck('message:read', { conversationId, upTo: sent.message.id })).toEqual({ ok: true });
    for (const seat of [seats.startup, seats.expert, seats.broker]) {
      expect(ReadMark.parse(await seat.next('message:read'))).toEqual({
        conversationId,
        profileId: startup.profile.id,
        upTo: sent.message.id,
      });
    }
    for (const seat of Object.values(seats)) for (const p of seat.received('notification:new')) NotificationEvent.parse(p);
    await settle();
    // Every event of the whole story, per seat (EVENTS order). The typist's tabs get no typing; the
    // broker's own message comes back to the broker's tabs; notifications: the sides were brokered
    // and heard the other's answer, the broker heard both answers.
    expect(tally(seats)).toEqual({
      startup: '1 2 1 1 1 2',
      expert: '1 2 1 1 0 2',
      expertPhone: '1 2 1 1 0 2',
      broker: '0 2 1 1 1 2',
      staffLs: '0 0 0 0 0 0',
      staffPt: '0 0 0 0 0 0',
      bystander: '0 0 0 0 0 0',
    });
  });
});
