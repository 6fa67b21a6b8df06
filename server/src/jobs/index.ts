// Every periodic job of the app, in one place. Intervals are real time; what each job finds due is
// decided by the injected Clock, so tests move business time with a ManualClock and call
// `scheduler.run(name)` to run a job at once.
import type { Logger } from '../lib/logger.js';
import { DAY_MS } from '../lib/clock.js';
import { Scheduler } from './scheduler.js';

export const JOBS = {
  introExpiry: 'intros.expire',
  introReminders: 'intros.remind',
  followUps: 'consultations.follow_up',
  mailDigest: 'mail.digest',
  mailDelivery: 'mail.deliver',
  mailPrune: 'mail.prune',
  matchExposure: 'matching.exposure',
  filesCleanup: 'files.cleanup',
  opportunityExpiry: 'opportunities.expire',
  eventReminders: 'events.remind',
  /** Added by app.ts, which owns the session store (see StoreSessionStore.sweep). */
  sessionSweep: 'sessions.sweep',
} as const;

export interface JobDeps {
  logger: Logger;
  intros: { expireDue(): Promise<number> };
  exposure: { flush(): Promise<number> };
  /** Reminders of unanswered intros (2 and 5 days) and follow-ups 90 days after consultations. */
  reminders: { run(): Promise<number> };
  followUps: { run(): Promise<number> };
  /** `event.tomorrow` to the registered participants of tomorrow's events. */
  eventReminders: { run(): Promise<number> };
  mail: {
    worker: { deliver(): Promise<unknown> };
    outbox: { prune(olderThanMs: number): Promise<number> };
    tokens: { prune(): Promise<number> };
    marks: { prune(): Promise<number> };
    digest: { run(): Promise<number> };
  };
  files: { cleanup(): Promise<unknown> };
  opportunities: { expireDue(): Promise<number> };
}

/** Sent and failed mails are kept this long (Message-IDs for support questions), then forgotten. */
export const MAIL_RETENTION_MS = 30 * DAY_MS;

export function buildScheduler(deps: JobDeps): Scheduler {
  const scheduler = new Scheduler(deps.logger.child({ module: 'jobs' }));
  scheduler.add({ name: JOBS.introExpiry, everyMs: 60_000, run: () => deps.intros.expireDue() });
  // What each finds due is decided by the clock, so running often only costs a query: reminders
  // and follow-ups go out within minutes of their time, the digest within minutes of 07:00.
  scheduler.add({ name: JOBS.introReminders, everyMs: 10 * 60_000, run: () => deps.reminders.run() });
  scheduler.add({ name: JOBS.followUps, everyMs: 30 * 60_000, run: () => deps.followUps.run() });
  scheduler.add({ name: JOBS.eventReminders, everyMs: 15 * 60_000, run: () => deps.eventReminders.run() });
  scheduler.add({ name: JOBS.mailDigest, everyMs: 5 * 60_000, run: () => deps.mail.digest.run() });
  // Polls once a second for due retries and mails queued by other instances; a commit that queues
  // mail in this instance triggers it at once.
  scheduler.add({ name: JOBS.mailDelivery, everyMs: 1_000, runAtStart: true, run: () => deps.mail.worker.deliver() });
  // Match listings note who saw which candidate; this writes the counts, off the request path.
  scheduler.add({ name: JOBS.matchExposure, everyMs: 5_000, run: () => deps.exposure.flush() });
  scheduler.add({
    name: JOBS.mailPrune,
    everyMs: 60 * 60_000,
    run: async () => {
      await deps.mail.outbox.prune(MAIL_RETENTION_MS);
      await deps.mail.tokens.prune();
      await deps.mail.marks.prune();
    },
  });
  scheduler.add({ name: JOBS.opportunityExpiry, everyMs: 10 * 60_000, run: () => deps.opportunities.expireDue() });
  // Uploads nothing names after a day, and bytes a crash left without their document.
  scheduler.add({ name: JOBS.filesCleanup, everyMs: 60 * 60_000, run: () => deps.files.cleanup() });
  return scheduler;
}
