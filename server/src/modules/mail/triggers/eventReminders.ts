// "Tomorrow: …" — the day before a published event, each registered participant gets
// `event.tomorrow` with the ticket code and the calendar file. Days are Vietnam days (UTC+7, no
// daylight saving). Mails go out from 07:00 on the day before (never in the night); an event
// created or a place taken later that day is still reminded at the next run. Each (event, person)
// is reminded once: a mark written with the mail, so a job that runs again, or on two instances,
// sends nothing more.
import type { Clock } from '../../../lib/clock.js';
import { DAY_MS } from '../../../lib/clock.js';
import type { Filter } from '../../../store/types.js';
import type { RegistrationDoc } from '../../events/registrationsRepository.js';
import type { EventDoc } from '../../events/repository.js';
import { vietnamDayStart } from '../../reports/period.js';
import type { MailMarks } from '../marks.js';
import type { MailService } from '../service.js';
import { eventMailData } from './events.js';

/** Reminders go out from this Vietnam hour on the day before. */
export const EVENT_REMINDER_HOUR = 7;
/** Marks outlive the reminder's day by far (events last at most 92 days). */
const MARK_KEPT_MS = 120 * DAY_MS;

type Find<T> = (filter: Filter, options?: { sort?: Record<string, 1 | -1>; limit?: number }) => Promise<T[]>;

export interface EventReminderDeps {
  mail: Pick<MailService, 'enqueue'>;
  marks: Pick<MailMarks, 'blocked'>;
  events: { find: Find<EventDoc> };
  registrations: { find: Find<RegistrationDoc> };
  clock: Clock;
}

export const eventReminderKey = (eventId: string, userId: string) => `event.tomorrow:${eventId}:${userId}`;

/** [start, end) of tomorrow in Vietnam as ISO instants, or null before EVENT_REMINDER_HOUR today. */
export function tomorrowInVietnam(now: Date): { from: string; to: string } | null {
  const todayStart = vietnamDayStart(now.getTime());
  if (now.getTime() - todayStart < EVENT_REMINDER_HOUR * 3_600_000) return null;
  const from = todayStart + DAY_MS;
  return { from: new Date(from).toISOString(), to: new Date(from + DAY_MS).toISOString() };
}

export class EventReminders {
  constructor(private readonly deps: EventReminderDeps) {}

  /** Queue the reminders that are due; returns how many went to the outbox (not kept for a digest or turned off). */
  async run(): Promise<number> {
    const day = tomorrowInVietnam(this.deps.clock.now());
    if (!day) return 0;
    const events = await this.deps.events.find(
      { status: 'published', startsAt: { $gte: day.from, $lt: day.to } },
      { sort: { startsAt: 1, _id: 1 } },
    );
    let sent = 0;
    for (const event of events) {
      const registered = await this.deps.registrations.find({ eventId: event._id, status: 'registered' }, { sort: { _id: 1 } });
      for (const registration of registered) {
        const key = eventReminderKey(event._id, registration.userId);
        if (await this.deps.marks.blocked(key)) continue;
        const queued = await this.deps.mail.enqueue(
          'event.tomorrow',
          registration.userId,
          { ...eventMailData(event), online: event.online, ticketCode: registration.code, changedAt: event.updatedAt },
          { once: { key, quietMs: MARK_KEPT_MS } },
        );
        if (queued) sent++;
      }
    }
    return sent;
  }
}
