// Request and response schemas of the mail module's routes (validated and documented in OpenAPI).
import { z } from 'zod';
import { Email, Password, UserEnvelope } from '../accounts/schema.js';

export const PasswordResetBody = z.object({ email: Email }).strict().meta({ id: 'PasswordResetBody' });
export const PasswordResetAccepted = z
  .object({ message: z.string() })
  .meta({ id: 'PasswordResetAccepted', description: 'The same answer whether or not the address has an account.' });
export const PasswordResetConfirmBody = z
  .object({ token: z.string().min(1).max(200), password: Password })
  .strict()
  .meta({ id: 'PasswordResetConfirmBody' });
export { UserEnvelope };

export const NotificationSettingsSchema = z
  .object({ email: z.enum(['instant', 'daily', 'off']), language: z.enum(['vi', 'en']) })
  .meta({ id: 'NotificationSettings' });
export const NotificationSettingsBody = NotificationSettingsSchema.partial()
  .strict()
  .refine((v) => v.email !== undefined || v.language !== undefined, { message: 'Give email, language or both.' })
  .meta({ id: 'NotificationSettingsBody' });

export const TokenParams = z.object({ token: z.string().min(1).max(300) });

const Bilingual = z.object({ vi: z.string(), en: z.string() });
export const MailActionView = z
  .object({ purpose: z.string(), expiresAt: z.string(), title: Bilingual, details: z.record(z.string(), z.unknown()) })
  .meta({ id: 'MailActionView' });
export const MailActionDone = z
  .object({ purpose: z.string(), done: z.literal(true), result: z.record(z.string(), z.unknown()) })
  .meta({ id: 'MailActionDone' });
export const UnsubscribeView = z.object({ email: z.enum(['instant', 'daily', 'off']), title: Bilingual }).meta({ id: 'UnsubscribeView' });
