// A page whose code cannot be downloaded (a phone that lost its signal on the way to a page it has
// not visited yet) says so, keeps the app, and offers the way back; a crash is still a crash.
import { afterEach, describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onlineManager } from '@tanstack/react-query';
import { Outlet } from 'react-router';
import { RouteError } from './RouteError.js';
import { renderApp } from '../test/render.js';

const chunkGone = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/IntrosPage-3f9a.js'));

function renderWithPages() {
  return renderApp(<Outlet />, {
    path: '/',
    url: '/home',
    ErrorBoundary: RouteError,
    children: [
      { path: 'home', element: <h1>Trang chủ</h1> },
      { path: 'intros', lazy: chunkGone },
      {
        path: 'broken',
        Component: () => {
          throw new Error('render bug');
        },
      },
    ],
  });
}

afterEach(() => onlineManager.setOnline(true));

describe('a page that cannot be opened', () => {
  it('offline: says so, cannot retry yet, and goes back to the page the user was on', async () => {
    const { router } = renderWithPages();
    expect(await screen.findByRole('heading', { name: 'Trang chủ' })).toBeInTheDocument();
    act(() => onlineManager.setOnline(false));
    await act(() => router.navigate('/intros'));
    const alert = await screen.findByTestId('page-not-loaded');
    expect(alert).toHaveTextContent('Bạn đang ngoại tuyến');
    expect(alert).toHaveTextContent('Trang sẽ tự mở khi có mạng trở lại.');
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeDisabled();
    // Back online, retrying is offered (the page then downloads its code).
    act(() => onlineManager.setOnline(true));
    expect(await screen.findByRole('heading', { name: 'Chưa mở được trang này' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: 'Quay lại' }));
    expect(await screen.findByRole('heading', { name: 'Trang chủ' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/home');
  });

  it('a page that fails to render is still reported as a crash', async () => {
    const { router } = renderWithPages();
    await act(() => router.navigate('/broken'));
    expect(await screen.findByRole('heading', { name: 'Đã có lỗi' })).toBeInTheDocument();
    expect(screen.queryByTestId('page-not-loaded')).not.toBeInTheDocument();
  });
});
