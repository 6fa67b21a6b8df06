// The accounts endpoints: what the API promises (server/src/modules/accounts implements them).
import { endpoint, errorResponses } from '../endpoint.js';
import { AdminCreateUserBody, LoginBody, MeResponse, RegisterBody, SessionResponse, UserEnvelope } from '../accounts.js';

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
