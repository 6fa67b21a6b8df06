// Account recovery and how KếtNối mails the signed-in user (API.md "Mail, reminders and account recovery").
import type { NotificationSettingsInput, PasswordResetConfirmInput, PasswordResetInput } from '@ketnoi/contract';
import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import { call } from './http.js';

export const accountApi = {
  /** Answers the same whether or not the address has an account. */
  requestPasswordReset: (input: PasswordResetInput) => call(endpoints.mail.requestPasswordReset, { body: input }),
  /** Sets the new password and signs in with a new session; other sessions end. */
  confirmPasswordReset: (input: PasswordResetConfirmInput) => call(endpoints.mail.confirmPasswordReset, { body: input }),
  notificationSettings: () => call(endpoints.mail.settings),
  updateNotificationSettings: (input: NotificationSettingsInput) => call(endpoints.mail.saveSettings, { body: input }),
};
