import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Shell } from './Shell.js';
import { RequireAuth } from './guards.js';
import Landing from '../pages/Landing.js';
import { renderApp } from '../test/render.js';
import { mockApi } from '../test/mockApi.js';
import { FakeSocket } from '../test/fakeSocket.js';
import { NotificationPage } from '@ketnoi/contract';
import { meAs, parsed, reference, startupProfile } from '../test/fixtures.js';
import { draftKey } from '../lib/useDraft.js';

describe('Shell', () => {
  it('switches language, remembers it and updates <html lang>', async () => {
    mockApi({});
    const user = userEvent.setup();
    renderApp(<Shell />, { me: null, routes: [] });
    expect(screen.getByRole('link', { name: 'Đăng nhập' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'EN (Chuyển sang Tiếng Anh)' }));
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('ketnoi.lang')).toBe('en');
    await user.click(screen.getByRole('button', { name: 'VI (Switch to Vietnamese)' }));
    expect(document.documentElement.lang).toBe('vi');
  });

  it('a signed-in startup gets role navigation, a socket, and logout disconnects it', async () => {
    const api = mockApi({
      'GET /api/notifications': parsed(NotificationPage, { items: [], nextCursor: null, unreadCount: 0 }),
      'POST /api/auth/logout': { status: 204 },
    });
    const socket = new FakeSocket();
    const user = userEvent.setup();
    const { router } = renderApp(<Shell />, {
      me: meAs(startupProfile()),
      socket,
      path: '/',
      url: '/',
    });
    const quick = screen.getByRole('navigation', { name: 'Lối tắt' });
    expect(
      within(quick)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/home', '/needs', '/intros', '/chat']);
    const main = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(within(main).getByRole('link', { name: /Tư vấn/ })).toHaveAttribute('href', '/consultations');
    await waitFor(() => expect(socket.connected).toBe(true));

    // The account menu: who is signed in, notification settings, password, sign out.
    const account = screen.getByRole('button', { name: 'Tài khoản: Người dùng' });
    expect(account).toHaveAttribute('aria-expanded', 'false');
    await user.click(account);
    expect(account).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('startup@example.vn')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Cài đặt thông báo' })).toHaveAttribute('href', '/settings/notifications');
    expect(screen.getByRole('link', { name: 'Đổi mật khẩu' })).toHaveAttribute('href', '/settings/password');
    await user.keyboard('{Escape}');
    expect(account).toHaveAttribute('aria-expanded', 'false');
    expect(account).toHaveFocus();
    expect(screen.queryByRole('link', { name: 'Cài đặt thông báo' })).not.toBeInTheDocument();

    await user.click(account);
    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    await waitFor(() => expect(socket.connected).toBe(false));
    expect(api.callsTo('POST', '/api/auth/logout')).toHaveLength(1);
    expect(router.state.location.pathname).toBe('/');
    expect(await screen.findByRole('link', { name: 'Đăng nhập' })).toBeInTheDocument();
  });

  it('closes the phone menu ("Thêm") with Escape or a tap outside it, as the account menu does', async () => {
    mockApi({ 'GET /api/notifications': parsed(NotificationPage, { items: [], nextCursor: null, unreadCount: 0 }) });
    const user = userEvent.setup();
    renderApp(<Shell />, { me: meAs(startupProfile()), path: '/', url: '/' });
    const more = screen.getByRole('button', { name: 'Thêm' });
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(more).toHaveFocus();

    await user.click(more);
    await user.click(screen.getByRole('button', { name: 'Tài khoản: Người dùng' }));
    expect(more).toHaveAttribute('aria-expanded', 'false');
  });

  it('signing out of a signed-in page lands on the front page, not on sign-in', async () => {
    const api = mockApi({
      'GET /api/notifications': parsed(NotificationPage, { items: [], nextCursor: null, unreadCount: 0 }),
      'POST /api/auth/logout': { status: 204 },
    });
    const user = userEvent.setup();
    // The front page arrives when the test says so, as a page on a slow phone takes a while to draw:
    // the session must stay in the cache until it is on screen, or the guard of /home redirects.
    let showFrontPage = () => {};
    const frontPageReady = new Promise<void>((resolve) => (showFrontPage = resolve));
    const lazyLanding = async () => {
      await frontPageReady;
      return { Component: Landing };
    };
    const { router } = renderApp(<Shell />, {
      me: meAs(startupProfile()),
      path: '/',
      url: '/home',
      children: [
        { index: true, lazy: lazyLanding },
        { path: 'signin', element: <h1>Trang đăng nhập</h1> },
        { element: <RequireAuth />, children: [{ path: 'home', element: <h1>Trang chủ của tôi</h1> }] },
      ],
    });
    await screen.findByRole('heading', { name: 'Trang chủ của tôi' });

    await user.click(screen.getByRole('button', { name: 'Tài khoản: Người dùng' }));
    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    await waitFor(() => expect(router.state.navigation.location?.pathname).toBe('/'));
    expect(api.callsTo('POST', '/api/auth/logout')).toHaveLength(1);
    showFrontPage();

    expect(await screen.findByRole('link', { name: 'Đăng nhập' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Kết nối khởi nghiệp với đúng người hỗ trợ');
    expect(screen.queryByRole('heading', { name: 'Trang đăng nhập' })).not.toBeInTheDocument();
    expect(router.state.location).toMatchObject({ pathname: '/', search: '' });
  });

  it('signing out forgets the drafts this account left in the tab, and only those', async () => {
    mockApi({
      'GET /api/notifications': parsed(NotificationPage, { items: [], nextCursor: null, unreadCount: 0 }),
      'POST /api/auth/logout': { status: 204 },
    });
    const me = meAs(startupProfile());
    const mine = draftKey(me.user.id, { form: 'need', id: 'new' });
    const theirs = draftKey('u-someone-else', { form: 'need', id: 'new' });
    sessionStorage.setItem(mine, JSON.stringify({ title: 'Mã vạch' }));
    sessionStorage.setItem(theirs, JSON.stringify({ title: 'Bao bì' }));
    sessionStorage.setItem('ketnoi.unrelated', '1');
    const user = userEvent.setup();
    renderApp(<Shell />, {
      me,
      path: '/',
      url: '/home',
      children: [
        { index: true, element: <Landing /> },
        { path: 'home', element: <h1>Trang chủ của tôi</h1> },
      ],
    });
    await screen.findByRole('heading', { name: 'Trang chủ của tôi' });
    await user.click(screen.getByRole('button', { name: 'Tài khoản: Người dùng' }));
    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    await screen.findByRole('link', { name: 'Đăng nhập' });
    expect(sessionStorage.getItem(mine)).toBeNull();
    expect(sessionStorage.getItem(theirs)).not.toBeNull();
    expect(sessionStorage.getItem('ketnoi.unrelated')).toBe('1');
  });

  it('the landing page explains each role and links to sign-up for it', () => {
    mockApi({});
    renderApp(<Landing />, { me: null });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Kết nối khởi nghiệp với đúng người hỗ trợ');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(
      expect.arrayContaining(['Dự án khởi nghiệp', 'Chuyên gia', 'Nhà đầu tư', 'Đơn vị hỗ trợ', 'Cán bộ Sở KH&CN']),
    );
    expect(screen.getByRole('link', { name: 'Tham gia với tư cách chuyên gia' })).toHaveAttribute('href', '/signup?role=expert');
    expect(screen.getByRole('link', { name: 'Đăng ký miễn phí' })).toHaveAttribute('href', '/signup');
  });

  it('titles the browser tab after the page, in the interface language (issue 14 item 22)', async () => {
    mockApi({ 'GET /api/notifications': parsed(NotificationPage, { items: [], nextCursor: null, unreadCount: 0 }) });
    const { router } = renderApp(<Shell />, { me: meAs(startupProfile()), path: '/*', url: '/needs' });
    await waitFor(() => expect(document.title).toBe('Nhu cầu — KếtNối'));
    await router.navigate('/needs/n-1');
    await waitFor(() => expect(document.title).toBe('Nhu cầu — KếtNối'));
    await router.navigate('/staff/reports');
    await waitFor(() => expect(document.title).toBe('Báo cáo — KếtNối'));
    await router.navigate('/chat/c-1');
    await waitFor(() => expect(document.title).toBe('Tin nhắn — KếtNối'));
    await router.navigate('/');
    await waitFor(() => expect(document.title).toBe('Kết nối khởi nghiệp — KếtNối'));
    await router.navigate('/a-page-nobody-made');
    await waitFor(() => expect(document.title).toBe('KếtNối'));
    await userEvent.setup().click(screen.getByRole('button', { name: 'EN (Chuyển sang Tiếng Anh)' }));
    await router.navigate('/intros');
    await waitFor(() => expect(document.title).toBe('Introductions — KếtNối'));
  });

  it('keeps the title the server wrote for a province portal while the place names load', async () => {
    let answerReference = () => {};
    const referenceAsked = new Promise<void>((resolve) => (answerReference = resolve));
    mockApi({
      'GET /api/reference': async () => {
        await referenceAsked;
        return reference;
      },
    });
    document.title = 'Khởi nghiệp Lạng Sơn — KếtNối';
    renderApp(<Shell />, {
      me: null,
      path: '/',
      url: '/?province=lang-son',
      reference: false,
      children: [{ index: true, element: <Landing /> }],
    });
    await screen.findByRole('heading', { level: 1, name: 'Kết nối khởi nghiệp với đúng người hỗ trợ' });
    // The shell's generic title for "/" must not flash in before the province is known.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.title).toBe('Khởi nghiệp Lạng Sơn — KếtNối');
    answerReference();
    expect(await screen.findByText('Cổng khởi nghiệp Lạng Sơn')).toBeInTheDocument();
    expect(document.title).toBe('Khởi nghiệp Lạng Sơn — KếtNối');
  });

  it('gives an open conversation the room of the bottom bar; the list of conversations keeps it', async () => {
    mockApi({ 'GET /api/notifications': parsed(NotificationPage, { items: [], nextCursor: null, unreadCount: 0 }) });
    const { router } = renderApp(<Shell />, { path: '/*', url: '/chat/c-1', me: meAs(startupProfile()) });
    // On a phone with the keyboard up, the bar would leave the thread about three lines of messages.
    expect(screen.queryByRole('navigation', { name: 'Lối tắt' })).toBeNull();
    // What made room for the bar (page padding, the thread's height) closes up with it.
    expect(document.querySelector('.shell')).toHaveClass('shell--no-bottomnav');
    await act(() => router.navigate('/chat'));
    expect(screen.getByRole('navigation', { name: 'Lối tắt' })).toBeInTheDocument();
    expect(document.querySelector('.shell')).not.toHaveClass('shell--no-bottomnav');
  });
});
