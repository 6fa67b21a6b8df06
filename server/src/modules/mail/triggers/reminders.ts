// Reminders of unanswered intros: 2 and 5 days after an intro started waiting (created, or approved
// by staff), a mail to each side whose answer it still awaits, with one-tap answers. Each is sent
// once (a mark per intro, side and day, written with the mail); an intro found late, past 5 days,
// gets only the 5-day one. From 3 days on the intro is in the staff queue too (staff/queue.ts).
import type { Clock } from '../../../lib/clock.js';
import { DAY_MS } from '../../../lib/clock.js';
import type { Filter } from '../../../store/types.js';
import type { IntroDoc } from '../../intros/repository.js';
import type { ProfileDoc } from '../../profiles/repository.js';
import { pendingSince } from '../../staff/queue.js';
import type { MailMarks } from '../marks.js';
import type { MailService } from '../service.js';

export const REMINDER_DAYS = [2, 5] as const;
/** Marks outlive any intro (INTRO_EXPIRY_DAYS is at most 90). */
const MARK_KEPT_MS = 100 * DAY_MS;

export interface ReminderDeps {
  mail: Pick<MailService, 'enqueue'>;
  marks: Pick<MailMarks, 'blocked'>;
  intros: { find(filter: Filter, options?: { sort?: Record<string, 1 | -1>; limit?: number }): Promise<IntroDoc[]> };
  profiles: { findMany(ids: readonly string[]): Promise<ProfileDoc[]> };
  needs: { findById(id: string): Promise<{ title: string } | null> };
  clock: Clock;
}

export const reminderKey = (introId: string, profileId: string, days: number) => `intro.reminder:${introId}:${profileId}:${days}`;

export class IntroReminders {
  constructor(private readonly deps: ReminderDeps) {}

  /** Queue the reminders that are due; returns how many were queued or kept for a digest. */
  async run(): Promise<number> {
    const now = this.deps.clock.now().getTime();
    const nowIso = new Date(now).toISOString();
    // Waiting started at or after creation, so only intros created 2 days ago or earlier can be due.
    const candidates = await this.deps.intros.find(
      { status: 'pending', createdAt: { $lte: new Date(now - REMINDER_DAYS[0] * DAY_MS).toISOString() }, expiresAt: { $gt: nowIso } },
      { sort: { createdAt: 1, _id: 1 } },
    );
    let sent = 0;
    for (const intro of candidates) {
      const waitedDays = (now - Date.parse(pendingSince(intro))) / DAY_MS;
      const days = [...REMINDER_DAYS].reverse().find((d) => waitedDays >= d);
      if (days === undefined) continue;
      const waiting = [];
      for (const profileId of intro.awaiting)
        if (!(await this.deps.marks.blocked(reminderKey(intro._id, profileId, days)))) waiting.push(profileId);
      if (waiting.length > 0) sent += await this.remind(intro, waiting, days);
    }
    return sent;
  }

  private async remind(intro: IntroDoc, profileIds: string[], days: number): Promise<number> {
    const [profiles, need] = await Promise.all([
      this.deps.profiles.findMany([intro.fromProfileId, intro.toProfileId]),
      intro.needId ? this.deps.needs.findById(intro.needId) : null,
    ]);
    const parties = new Map(profiles.map((p) => [p._id, p]));
    let sent = 0;
    for (const profileId of profileIds) {
      const party = parties.get(profileId);
      const other = parties.get(profileId === intro.fromProfileId ? intro.toProfileId : intro.fromProfileId);
      if (!party || !other) continue;
      await this.deps.mail.enqueue(
        'intro.reminder',
        party.userId,
        {
          introId: intro._id,
          fromName: other.name,
          brokered: intro.brokeredBy !== null,
          message: intro.message,
          needTitle: need?.title,
          expiresAt: intro.expiresAt,
          days,
        },
        { once: { key: reminderKey(intro._id, profileId, days), quietMs: MARK_KEPT_MS } },
      );
      sent++;
    }
    return sent;
  }
}
