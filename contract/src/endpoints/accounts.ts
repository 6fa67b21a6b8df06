// The accounts endpoints: what the API promises (server/src/modules/accounts implements them).
import { endpoint, errorResponses } from '../endpoint.js';
import {
  AdminCreateUserBody,
  ChangePasswordBody,
  LoginBody,
  MeResponse,
  RegisterBody,
  SessionResponse,
  UserEnvelope,
} from '../accounts.js';

export const accountsEndpoints = {
  register: endpoint({
    method: 'post',
    path: '/auth/register',
    summary: 'Create an account (startup, expert, investor or provider) and sign in',
    tags: ['auth'],
    auth: 'public',
    request: { body: RegisterBody },
    responses: {
      201: { description: 'Account created; the session cookie is set', schema: UserEnvelope },
      ...errorResponses(400, 403, 409, 429),
    },
  }),

  login: endpoint({
    method: 'post',
    path: '/auth/login',
    summary: 'Sign in with email and password (a new session id is issued)',
    tags: ['auth'],
    auth: 'public',
    request: { body: LoginBody },
    responses: { 200: { description: 'Signed in', schema: UserEnvelope }, ...errorResponses(400, 401, 403, 429) },
  }),

  logout: endpoint({
    method: 'post',
    path: '/auth/logout',
    summary: 'Sign out this session (its live connections are closed too)',
    tags: ['auth'],
    auth: 'public',
    responses: { 204: { description: 'Signed out' } },
  }),

  me: endpoint({
    method: 'get',
    path: '/auth/me',
    summary: 'The signed-in user and their profile',
    tags: ['auth'],
    auth: 'user',
    responses: { 200: { description: 'Current user', schema: MeResponse }, ...errorResponses(401) },
  }),

  session: endpoint({
    method: 'get',
    path: '/auth/session',
    summary: 'The signed-in user and their profile, or nulls for a visitor',
    description:
      'The same answer as /api/auth/me when signed in; a visitor gets `{user: null, profile: null}` instead of a 401, so a ' +
      'public page can ask who is there without an error in the browser console.',
    tags: ['auth'],
    auth: 'public',
    responses: { 200: { description: 'The session', schema: SessionResponse } },
  }),

  changePassword: endpoint({
    method: 'post',
    path: '/auth/password',
    summary: 'Change your own password; every other session ends',
    description:
      'Checks `currentPassword` as sign-in does, and a wrong one counts as a failed sign-in of the account (429 ' +
      '`rate_limited` with `Retry-After` once over the limit). A wrong current password is a 400 `validation_failed` ' +
      'whose issue is on `currentPassword` (a 401 would mean "not signed in"); a `newPassword` equal to the current one ' +
      'is a 400 on `newPassword`. On success every session of the account ends and its sockets close, and this one ' +
      'continues under a new session id; a `password.changed` mail tells the account.',
    tags: ['auth'],
    auth: 'user',
    request: { body: ChangePasswordBody },
    responses: {
      200: { description: 'Password changed; this session continues under a new id', schema: UserEnvelope },
      ...errorResponses(400, 401, 403, 429),
    },
  }),

  createUser: endpoint({
    method: 'post',
    path: '/admin/users',
    summary: 'Create an account of any role (admin only)',
    tags: ['admin'],
    auth: ['admin'],
    request: { body: AdminCreateUserBody },
    responses: { 201: { description: 'Account created', schema: UserEnvelope }, ...errorResponses(400, 401, 403, 409) },
  }),
};
