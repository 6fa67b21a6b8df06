// What arrived at a real SMTP peer, for tests of who gets which mail: deliver what the app queued
// (its delivery job), then look at the mails by recipient, their links and calendar files.
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll } from 'vitest';
import type { ReceivedMail } from './smtpPeer.js';
import { SmtpPeer } from './smtpPeer.js';
import type { TestApp } from './testApp.js';
import { startTestApp, useTestApp } from './testApp.js';
import type { TestAppOptions } from './testApp.js';

/** One VEVENT of an attached calendar file, its properties by name (parameters dropped). */
export interface CalendarEvent {
  method: string | undefined;
  props: Record<string, string>;
}

/** Parse RFC 5545 text: unfold continuation lines, read the calendar's METHOD and each VEVENT. */
export function parseCalendar(text: string): CalendarEvent[] {
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  let method: string | undefined;
  const events: CalendarEvent[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).split(';')[0]!.toUpperCase();
    const value = line.slice(colon + 1);
    if (name === 'BEGIN' && value === 'VEVENT') current = {};
    else if (name === 'END' && value === 'VEVENT' && current) {
      events.push({ method, props: current });
      current = null;
    } else if (current) current[name] = value;
    else if (name === 'METHOD') method = value;
  }
  return events;
}

export class Mailbox {
  private seen = 0;

  constructor(
    readonly peer: SmtpPeer,
    readonly t: TestApp,
  ) {}

  /** Deliver everything queued now; the mails that arrived since the last call, in arrival order. */
  async fresh(): Promise<ReceivedMail[]> {
    const { queued } = await this.t.app.container.modules.mail.outbox.counts();
    await this.t.app.container.jobs.run('mail.deliver');
    await this.peer.waitFor(this.seen + queued);
    const mails = this.peer.received.slice(this.seen);
    this.seen = this.peer.received.length;
    return mails;
  }

  /** Rows queued in the outbox for a user (any status). */
  queuedFor(userId: string, kind?: string) {
    return this.t.app.container.modules.mail.outbox.find({ userId, ...(kind ? { kind } : {}) }, 1000);
  }
}

export const kindOf = (mail: ReceivedMail) => header(mail, 'x-ketnoi-kind')?.replace(/^X-KetNoi-Kind:\s*/i, '');
export const header = (mail: ReceivedMail, name: string) =>
  mail.parsed.headerLines.find((h) => h.key === name)?.line.replace(/\r?\n\s+/g, ' ');
export const languageOf = (mail: ReceivedMail) => header(mail, 'content-language')?.replace(/^Content-Language:\s*/i, '');
export const mailsTo = (mails: ReceivedMail[], email: string) => mails.filter((m) => m.envelopeTo.includes(email));

/** The one mail to `email` of `kind` among `mails` (fails the test when there is not exactly one). */
export function only(mails: ReceivedMail[], email: string, kind: string): ReceivedMail {
  const found = mailsTo(mails, email).filter((m) => kindOf(m) === kind);
  if (found.length !== 1) {
    const seen = mails.map((m) => `${m.envelopeTo.join(',')}:${kindOf(m)}`).join('; ');
    throw new Error(`expected one ${kind} to ${email}, found ${found.length} (${seen})`);
  }
  return found[0]!;
}

/** The calendar files attached to a mail, parsed. */
export function calendarsOf(mail: ReceivedMail): CalendarEvent[] {
  return mail.parsed.attachments.filter((a) => a.contentType === 'text/calendar').flatMap((a) => parseCalendar(a.content.toString('utf8')));
}

/** The one-tap action links of a mail's text part (`/api/mail/actions/<token>` paths). */
export function actionPaths(mail: ReceivedMail): string[] {
  return [...(mail.parsed.text ?? '').matchAll(/https?:\/\/[^\s]+(\/api\/mail\/actions\/[\w-]+)/g)].map((m) => m[1]!);
}

/** The app's options for sending to `peer`, jobs left to the test. */
const sendingTo = (peer: SmtpPeer, options: TestAppOptions): TestAppOptions => ({
  ...options,
  startJobs: false,
  env: { SMTP_URL: peer.url, MAIL_FROM: 'KếtNối <no-reply@ketnoi.test>', ...options.env },
});

/** A peer and an app sending to it, jobs left to the test. */
export async function startMailApp(options: TestAppOptions = {}): Promise<{ t: TestApp; mailbox: Mailbox; close(): Promise<void> }> {
  const peer = await new SmtpPeer().start();
  const t = await startTestApp(sendingTo(peer, options));
  return {
    t,
    mailbox: new Mailbox(peer, t),
    close: async () => {
      await t.close();
      await peer.stop();
    },
  };
}

/** The same for a whole test file (see useTestApp): the peer runs before the app starts and after it closes. */
export function useMailApp(options: TestAppOptions = {}): { t: TestApp; mailbox: Mailbox } {
  const peer = new SmtpPeer();
  beforeAll(async () => {
    await peer.start();
  });
  afterAll(() => peer.stop());
  const t = useTestApp(() => sendingTo(peer, options));
  return { t, mailbox: new Mailbox(peer, t) };
}

/**
 * Without SMTP_URL the app writes each mail as an .eml file under DATA_DIR/mail: deliver what is
 * queued, then the text part of a mail written for `to`.
 */
export async function writtenMailText(t: TestApp, to: string): Promise<string> {
  await t.app.container.jobs.run('mail.deliver');
  const dir = path.join(t.dataDir, 'mail');
  for (const file of fs.readdirSync(dir)) {
    const mail = await simpleParser(fs.readFileSync(path.join(dir, file)));
    if (mail.to && !Array.isArray(mail.to) && mail.to.value[0]?.address === to) return mail.text ?? '';
  }
  throw new Error(`no mail to ${to}`);
}

/**
 * Queue a notification mail (a ticket) for `userId`, as the events module would; null when the
 * person's settings hold it back. For tests of what every notification mail carries (unsubscribe).
 */
export function queueTicketMail(t: TestApp, userId: string, n = 1) {
  return t.app.container.modules.mail.service.enqueue('event.registration_confirmed', userId, {
    eventId: `ev-${n}`,
    title: `Hội thảo OCOP ${n}`,
    startsAt: `2026-05-0${n}T02:00:00.000Z`,
    endsAt: `2026-05-0${n}T03:00:00.000Z`,
    ticketCode: `KN-${n}`,
  });
}
