// The mail endpoints: what the API promises (server/src/modules/mail implements them).
import { endpoint, errorResponses } from '../endpoint.js';
import { UserEnvelope } from '../accounts.js';
import {
  MailActionDone,
  MailActionView,
  NotificationSettingsBody,
  NotificationSettingsOutput,
  PasswordResetAccepted,
  PasswordResetBody,
  PasswordResetConfirmBody,
  TokenParams,
  UnsubscribeView,
} from '../mail.js';

export const mailEndpoints = {
  showAction: endpoint({
    method: 'get',
    path: '/mail/actions/:token',
    summary: 'What a one-tap mail link will do (changes nothing: mail scanners open links)',
    tags: ['mail'],
    auth: 'public',
    request: { params: TokenParams },
    responses: { 200: { description: 'The pending action', schema: MailActionView }, ...errorResponses(400, 403, 404) },
  }),

  doAction: endpoint({
    method: 'post',
    path: '/mail/actions/:token',
    summary: 'Do a one-tap mail action (once; the link is then used up)',
    tags: ['mail'],
    auth: 'public',
    request: { params: TokenParams },
    responses: { 200: { description: 'Done', schema: MailActionDone }, ...errorResponses(400, 403, 404, 409) },
  }),

  showUnsubscribe: endpoint({
    method: 'get',
    path: '/mail/unsubscribe/:token',
    summary: 'What the unsubscribe link will do (changes nothing)',
    tags: ['mail'],
    auth: 'public',
    request: { params: TokenParams },
    responses: { 200: { description: 'Current setting', schema: UnsubscribeView }, ...errorResponses(400) },
  }),

  unsubscribe: endpoint({
    method: 'post',
    path: '/mail/unsubscribe/:token',
    summary: 'One-click unsubscribe (RFC 8058): notification mails off',
    tags: ['mail'],
    auth: 'public',
    request: { params: TokenParams },
    responses: { 200: { description: 'Notification mails are off', schema: UnsubscribeView }, ...errorResponses(400) },
  }),

  settings: endpoint({
    method: 'get',
    path: '/me/notification-settings',
    summary: 'How and in which language KếtNối mails me',
    tags: ['mail'],
    auth: 'user',
    responses: { 200: { description: 'Settings', schema: NotificationSettingsOutput }, ...errorResponses(401) },
  }),

  saveSettings: endpoint({
    method: 'put',
    path: '/me/notification-settings',
    summary: 'Change how and in which language KếtNối mails me',
    tags: ['mail'],
    auth: 'user',
    request: { body: NotificationSettingsBody },
    responses: { 200: { description: 'Settings', schema: NotificationSettingsOutput }, ...errorResponses(400, 401) },
  }),

  requestPasswordReset: endpoint({
    method: 'post',
    path: '/auth/password-reset',
    summary: 'Mail a password reset link (same answer whether or not the account exists)',
    tags: ['auth'],
    auth: 'public',
    request: { body: PasswordResetBody },
    responses: { 202: { description: 'Accepted', schema: PasswordResetAccepted }, ...errorResponses(400, 429) },
  }),

  confirmPasswordReset: endpoint({
    method: 'post',
    path: '/auth/password-reset/confirm',
    summary: 'Set a new password with a reset token; every other session ends',
    tags: ['auth'],
    auth: 'public',
    request: { body: PasswordResetConfirmBody },
    responses: { 200: { description: 'Password changed and signed in', schema: UserEnvelope }, ...errorResponses(400, 403, 429) },
  }),
};
