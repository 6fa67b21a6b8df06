import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { Outlet } from 'react-router';
import { aliasRoutes } from './aliases.js';
import SignIn from '../pages/auth/SignIn.js';
import SignUp from '../pages/auth/SignUp.js';
import { renderApp } from '../test/render.js';
import { mockApi } from '../test/mockApi.js';

function open(url: string) {
  return renderApp(<Outlet />, {
    url,
    me: null,
    children: [...aliasRoutes, { path: 'signin', element: <SignIn /> }, { path: 'signup', element: <SignUp /> }],
  });
}

describe('Addresses typed by habit', () => {
  it('opens sign-in for /login, keeping where to go after it', async () => {
    mockApi({});
    const { router } = open('/login?next=%2Fintros');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/signin');
    expect(router.state.location.search).toBe('?next=%2Fintros');
  });

  it('opens sign-up for /dang-ky', async () => {
    mockApi({});
    const { router } = open('/dang-ky');
    await screen.findByRole('heading', { level: 1 });
    expect(router.state.location.pathname).toBe('/signup');
  });
});
