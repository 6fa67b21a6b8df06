// Every mail kind, by name. A new kind is one file beside these (schema, templates in vi and en,
// the app link, optional one-tap actions and attachments) and one line here.
import type { MailKind } from '../render.js';
import { eventRegistered } from './eventRegistered.js';
import { introAwaiting } from './introAwaiting.js';
import { passwordReset } from './passwordReset.js';

export const MAIL_KINDS = {
  'intro.awaiting': introAwaiting,
  'password.reset': passwordReset,
  'event.registration_confirmed': eventRegistered,
} as const;

export type MailKindName = keyof typeof MAIL_KINDS;

/** The data a kind's templates need. */
export type MailData<K extends MailKindName> = (typeof MAIL_KINDS)[K] extends MailKind<infer D> ? D : never;
