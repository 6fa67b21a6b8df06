// Mail, one-tap actions, notification settings and account recovery (API.md "Mail, reminders and
// account recovery").
import { z } from 'zod';
import { Email, Password } from './accounts.js';
import { EMAIL_FREQUENCIES } from './codes.js';
import { Lang } from './primitives.js';

export const EmailFrequencySchema = z.enum(EMAIL_FREQUENCIES).meta({ id: 'EmailFrequencySchema' });

export const PasswordResetBody = z.strictObject({ email: Email }).meta({ id: 'PasswordResetBody' });
export const PasswordResetAccepted = z
  .strictObject({ message: z.string() })
  .meta({ id: 'PasswordResetAccepted', description: 'The same answer whether or not the address has an account.' });
export const PasswordResetConfirmBody = z
  .strictObject({ token: z.string().min(1).max(200), password: Password })
  .meta({ id: 'PasswordResetConfirmBody' });

export const NotificationSettingsOutput = z
  .strictObject({ email: EmailFrequencySchema, language: Lang })
  .meta({ id: 'NotificationSettings' });
export const NotificationSettingsBody = z
  .strictObject({ email: EmailFrequencySchema.optional(), language: Lang.optional() })
  .refine((v) => v.email !== undefined || v.language !== undefined, { message: 'Give email, language or both.' })
  .meta({ id: 'NotificationSettingsBody' });

export const TokenParams = z.strictObject({ token: z.string().min(1).max(300) });

const Bilingual = z.strictObject({ vi: z.string(), en: z.string() });
export const MailActionView = z
  .strictObject({ purpose: z.string(), expiresAt: z.string(), title: Bilingual, details: z.record(z.string(), z.unknown()) })
  .meta({ id: 'MailActionView' });
export const MailActionDone = z
  .strictObject({ purpose: z.string(), done: z.literal(true), result: z.record(z.string(), z.unknown()) })
  .meta({ id: 'MailActionDone' });
export const UnsubscribeView = z.strictObject({ email: EmailFrequencySchema, title: Bilingual }).meta({ id: 'UnsubscribeView' });

export type NotificationSettings = z.output<typeof NotificationSettingsOutput>;
export type NotificationSettingsInput = z.input<typeof NotificationSettingsBody>;
export type PasswordResetInput = z.input<typeof PasswordResetBody>;
export type PasswordResetAnswer = z.output<typeof PasswordResetAccepted>;
export type PasswordResetConfirmInput = z.input<typeof PasswordResetConfirmBody>;
export type MailActionView = z.output<typeof MailActionView>;
