// The demo events (seeds/src/demo/events.ts) played through the real services with the clock
// shifted to when each step happens: staff create and publish, people register (one founder
// registered by staff), meetings are requested and answered (accepted ones get their slots),
// the past training checks people in and is marked completed, and an introduction follows it.
// Without the demo staff (ADMIN_EMAIL set), the system account organises in their place.
import { demoDataset, demoEvents, type EventSeed } from '@ketnoi/seeds';
import type { Container } from '../container.js';
import { demoAccounts } from './demoAccounts.js';
import { DAY_MS, HOUR_MS } from '../lib/clock.js';
import { SYSTEM } from './demo.js';
import type { StoryClock } from './storyClock.js';

const VIETNAM_MS = 7 * HOUR_MS;

/** ISO time of Vietnam local `hour` (fractions for minutes) on the day `days` from `base`. */
export function localTime(base: number, days: number, hour: number): string {
  const local = new Date(base + VIETNAM_MS + days * DAY_MS);
  const midnightUtc = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - VIETNAM_MS;
  return new Date(midnightUtc + hour * HOUR_MS).toISOString();
}

/** Moves the story to Vietnam local `hour` on day `days` from its start (negative: the past). */
export const storyMover = (story: StoryClock) => (days: number, hour: number) => story.moveTo(Date.parse(localTime(story.now, days, hour)));

/** `staff`: whether the demo staff exist (see DemoOptions in demo.ts). */
export async function loadDemoEvents(container: Container, story: StoryClock, options: { staff: boolean }): Promise<void> {
  const { events: m, intros } = container.modules;
  const base = story.now;
  const at = storyMover(story);
  const { user, profileOf } = demoAccounts(container.modules);
  const profileId = async (key: string) => (await profileOf(key))._id;

  const play = async (seed: EventSeed) => {
    // Created at 9:00 on its day, published at once; registration closes when it starts.
    await at(seed.createdDay, 9);
    const organiser = options.staff ? await user(seed.organiserKey) : SYSTEM;
    const startsAt = localTime(base, seed.startDay, seed.startHour);
    const meetings = seed.meetings;
    const { event } = await m.calendar.create(
      organiser,
      {
        kind: seed.kind,
        province: demoDataset.users.find((u) => u.key === seed.organiserKey)!.province,
        title: seed.title,
        description: seed.description,
        coOrganizers: seed.coOrganizers,
        topics: seed.topics,
        startsAt,
        endsAt: localTime(base, seed.endDay, seed.endHour),
        venue: {
          name: seed.venue.name,
          ...(seed.venue.address ? { address: seed.venue.address } : {}),
          ...(seed.venue.providerKey ? { providerId: await profileId(seed.venue.providerKey) } : {}),
          ...(seed.venue.resource ? { resource: seed.venue.resource } : {}),
        },
        online: false,
        ...(seed.capacity ? { capacity: seed.capacity } : {}),
        registration: { closesAt: startsAt },
        ...(meetings
          ? {
              meetings: {
                slotMinutes: meetings.slotMinutes,
                tables: meetings.tables,
                from: localTime(base, meetings.day, meetings.fromHour),
                to: localTime(base, meetings.day, meetings.toHour),
                maxPerParticipant: meetings.maxPerParticipant,
              },
            }
          : {}),
        status: 'published',
      },
      'vi',
    );
    // People register over the following days, one every few hours.
    let step = 0;
    for (const r of seed.registrants) {
      await at(seed.createdDay + 1 + Math.floor(step / 4), 8 + (step % 4) * 3);
      step++;
      const input = {
        ...(r.offers ? { offers: r.offers } : {}),
        ...(r.seeks ? { seeks: r.seeks } : {}),
        ...(r.note ? { note: r.note } : {}),
      };
      if (r.assisted) await m.registrations.register(organiser, event._id, { ...input, profileId: await profileId(r.key) });
      else await m.registrations.register(await user(r.key), event._id, input);
    }
    const day = seed.createdDay + 2 + Math.ceil(seed.registrants.length / 4);
    for (const [i, q] of seed.meetingRequests.entries()) {
      await at(day, 9 + i);
      const meeting = await m.meetings.request(await user(q.from), event._id, { withProfileId: await profileId(q.to), message: q.message });
      await at(day + 1, 9 + i);
      if (q.answer === 'accept') await m.meetings.accept(await user(q.to), event._id, meeting._id);
      if (q.answer === 'decline')
        await m.meetings.decline(await user(q.to), event._id, meeting._id, 'Chưa phù hợp với hướng đầu tư hiện tại.');
    }
    const checkedIn = seed.registrants.filter((r) => r.checkedIn);
    for (const [i, r] of checkedIn.entries()) {
      await at(seed.startDay, seed.startHour - 0.5 + i * 0.05);
      const reg = await m.repos.registrations.forProfile(event._id, await profileId(r.key));
      await m.registrations.checkIn(organiser, event._id, reg!.code);
    }
    if (seed.completed) {
      await at(seed.endDay, seed.endHour + 1);
      await m.calendar.patch(organiser, event._id, { status: 'completed' });
    }
    return event;
  };

  try {
    for (const seed of demoEvents) await play(seed);
    // The training led to a question for the lawyer met there, a few days after it.
    await at(-5, 10);
    await intros.service.create(await user('ba-kich-dong-giang'), {
      toProfileId: await profileId('luat-su-da-nang'),
      message: 'Chào chị Hạnh, sau buổi tập huấn HTX muốn nhờ chị xem giúp mẫu hợp đồng bao tiêu ba kích với đại lý.',
    });
  } finally {
    await story.end();
  }
  container.logger.info({ events: demoEvents.length }, 'demo events loaded');
}
