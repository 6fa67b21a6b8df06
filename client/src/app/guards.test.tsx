import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router';
import { RequireAuth, safeNext } from './guards.js';
import SignIn from '../pages/auth/SignIn.js';
import NotificationsPage from '../pages/notifications/NotificationsPage.js';
import { renderApp } from '../test/render.js';
import { apiError, mockApi } from '../test/mockApi.js';
import { meAs, startupProfile } from '../test/fixtures.js';

const user = meAs(startupProfile()).user;

function app(url: string, me?: ReturnType<typeof meAs> | null) {
  return renderApp(<Outlet />, {
    path: '/',
    url,
    me,
    routes: [
      { path: '/signin', element: <SignIn /> },
      { element: <RequireAuth />, children: [{ path: '/notifications', element: <NotificationsPage /> }] },
    ],
  });
}

describe('Signed-in routes', () => {
  it('send a signed-out visitor to sign-in and back to the page after login', async () => {
    let signedIn = false;
    const api = mockApi({
      'GET /api/auth/session': () => (signedIn ? meAs(startupProfile()) : { user: null, profile: null }),
      'POST /api/auth/login': () => {
        signedIn = true;
        return { user };
      },
      'GET /api/notifications': { items: [], nextCursor: null },
    });
    const { router } = app('/notifications?x=1');
    await screen.findByRole('heading', { name: 'Đăng nhập' });
    expect(router.state.location.pathname).toBe('/signin');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/notifications?x=1')}`);
    expect(screen.getByText('Vui lòng đăng nhập để tiếp tục.')).toBeInTheDocument();

    const u = userEvent.setup();
    await u.type(screen.getByLabelText(/^Email/), 'startup@example.vn');
    await u.type(screen.getByLabelText(/^Mật khẩu/), 'mot-cau-dai-de-nho');
    await u.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    await screen.findByRole('heading', { name: 'Thông báo' });
    expect(router.state.location.pathname + router.state.location.search).toBe('/notifications?x=1');
    expect(api.callsTo('POST', '/api/auth/login')[0]!.body).toEqual({ email: 'startup@example.vn', password: 'mot-cau-dai-de-nho' });
  });

  it('a 401 from any request ends the session and goes to sign-in', async () => {
    mockApi({ 'GET /api/notifications': apiError(401, { code: 'unauthenticated', message: 'expired' }) });
    const { router } = app('/notifications', meAs(startupProfile()));
    await waitFor(() => expect(router.state.location.pathname).toBe('/signin'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/notifications')}`);
  });

  it('shows a wrong-password message on a 401 from login', async () => {
    mockApi({ 'POST /api/auth/login': apiError(401, { code: 'unauthenticated', message: 'bad' }) });
    app('/signin', null);
    const u = userEvent.setup();
    await u.type(screen.getByLabelText(/^Email/), 'a@example.vn');
    await u.type(screen.getByLabelText(/^Mật khẩu/), 'sai-mat-khau-roi');
    await u.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Email hoặc mật khẩu chưa đúng.');
  });

  it('only follows in-app next= paths', () => {
    expect(safeNext('/chat/c-1')).toBe('/chat/c-1');
    expect(safeNext('//evil.example')).toBe('/home');
    expect(safeNext('https://evil.example')).toBe('/home');
    expect(safeNext(null, '/staff')).toBe('/staff');
  });
});
