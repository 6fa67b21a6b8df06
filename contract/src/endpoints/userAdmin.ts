// The userAdmin endpoints: what the API promises (server/src/modules/userAdmin implements them).
import { endpoint, errorResponses } from '../endpoint.js';
import { AdminUserListQuery, AdminUserOutput, AdminUserPage, PasswordResetSent, SuspendBody } from '../adminUsers.js';
import { IdParams } from '../primitives.js';

export const userAdminEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/admin/users',
    summary: 'Accounts, newest first: search by name or e-mail, filter by role, province or suspension (admin only)',
    tags: ['admin'],
    auth: ['admin'],
    request: { query: AdminUserListQuery },
    responses: { 200: { description: 'A page of accounts', schema: AdminUserPage }, ...errorResponses(400, 401, 403) },
  }),

  suspend: endpoint({
    method: 'post',
    path: '/admin/users/:id/suspend',
    summary: 'Suspend an account: it cannot sign in, its sessions end, its profile leaves search and matches',
    tags: ['admin'],
    auth: ['admin'],
    request: { params: IdParams, body: SuspendBody },
    responses: { 200: { description: 'The account, suspended', schema: AdminUserOutput }, ...errorResponses(400, 401, 403, 404) },
  }),

  unsuspend: endpoint({
    method: 'post',
    path: '/admin/users/:id/unsuspend',
    summary: 'Lift a suspension: the account can sign in again and its profile returns',
    tags: ['admin'],
    auth: ['admin'],
    request: { params: IdParams },
    responses: { 200: { description: 'The account, active', schema: AdminUserOutput }, ...errorResponses(401, 403, 404) },
  }),

  sendPasswordReset: endpoint({
    method: 'post',
    path: '/admin/users/:id/password-reset',
    summary: 'Mail the account a password reset link (never shows or sets a password)',
    tags: ['admin'],
    auth: ['admin'],
    request: { params: IdParams },
    responses: {
      202: { description: 'The reset mail is queued', schema: PasswordResetSent },
      ...errorResponses(401, 403, 404, 429),
    },
  }),
};
