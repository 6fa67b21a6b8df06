import { AdminUserListQuery, AdminUserOutput, AdminUserPage, IdParams, PasswordResetSent, SuspendBody } from '@ketnoi/contract';
import type { ApiRegistry } from '../../http/api.js';
import { ErrorResponses } from '../../openapi/errors.js';
import type { UserAdminService } from './service.js';

export function registerUserAdminRoutes(api: ApiRegistry, users: UserAdminService): void {
  api.route({
    method: 'get',
    path: '/admin/users',
    summary: 'Accounts, newest first: search by name or e-mail, filter by role, province or suspension (admin only)',
    tags: ['admin'],
    auth: ['admin'],
    request: { query: AdminUserListQuery },
    responses: { 200: { description: 'A page of accounts', schema: AdminUserPage }, ...ErrorResponses(400, 401, 403) },
    handler: ({ query }) => users.list(query),
  });

  api.route({
    method: 'post',
    path: '/admin/users/:id/suspend',
    summary: 'Suspend an account: it cannot sign in, its sessions end, its profile leaves search and matches',
    tags: ['admin'],
    auth: ['admin'],
    request: { params: IdParams, body: SuspendBody },
    responses: { 200: { description: 'The account, suspended', schema: AdminUserOutput }, ...ErrorResponses(400, 401, 403, 404) },
    handler: ({ user, params, body }) => users.suspend(user, params.id, body.reason),
  });

  api.route({
    method: 'post',
    path: '/admin/users/:id/unsuspend',
    summary: 'Lift a suspension: the account can sign in again and its profile returns',
    tags: ['admin'],
    auth: ['admin'],
    request: { params: IdParams },
    responses: { 200: { description: 'The account, active', schema: AdminUserOutput }, ...ErrorResponses(401, 403, 404) },
    handler: ({ user, params }) => users.unsuspend(user, params.id),
  });

  api.route({
    method: 'post',
    path: '/admin/users/:id/password-reset',
    summary: 'Mail the account a password reset link (never shows or sets a password)',
    tags: ['admin'],
    auth: ['admin'],
    request: { params: IdParams },
    responses: {
      202: { description: 'The reset mail is queued', schema: PasswordResetSent },
      ...ErrorResponses(401, 403, 404, 429),
    },
    handler: ({ user, params }) => users.sendPasswordReset(user, params.id),
  });
}
