// Account recovery and how KếtNối mails the signed-in user (API.md "Mail, reminders and account recovery").
import type {
  NotificationSettings,
  NotificationSettingsInput,
  PasswordResetAnswer,
  PasswordResetConfirmInput,
  PasswordResetInput,
  UserEnvelope,
} from '@ketnoi/contract';
import { http } from './http.js';

export const accountApi = {
  /** Answers the same whether or not the address has an account. */
  requestPasswordReset: (input: PasswordResetInput) => http.post<PasswordResetAnswer>('/api/auth/password-reset', input),
  /** Sets the new password and signs in with a new session; other sessions end. */
  confirmPasswordReset: (input: PasswordResetConfirmInput) => http.post<UserEnvelope>('/api/auth/password-reset/confirm', input),
  notificationSettings: () => http.get<NotificationSettings>('/api/me/notification-settings'),
  updateNotificationSettings: (input: NotificationSettingsInput) => http.put<NotificationSettings>('/api/me/notification-settings', input),
};
