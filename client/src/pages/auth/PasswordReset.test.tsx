import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PasswordResetAccepted, UserEnvelope, type Me } from '@ketnoi/contract';
import SignIn from './SignIn.js';
import ForgotPassword from './ForgotPassword.js';
import ResetPassword from './ResetPassword.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { meAs, parsed, startupProfile } from '../../test/fixtures.js';
import { queryKeys } from '../../api/keys.js';

// What the server answers for every address, known or not (routes.ts RESET_ACCEPTED).
const neutral = parsed(PasswordResetAccepted, {
  message:
    'Nếu địa chỉ này có tài khoản, một thư hướng dẫn đặt lại mật khẩu đã được gửi. · If this address has an account, a reset mail is on its way.',
});
const TOKEN = 'GC4dvK8RqqkfzX0CCMt2g8zOElTulDkkZ0wVmrVA2uU';

function renderForgot() {
  return renderApp(<ForgotPassword />, { path: '/forgot-password', me: null, routes: [{ path: '/signin', element: <SignIn /> }] });
}

async function askFor(user: ReturnType<typeof userEvent.setup>, email: string) {
  const field = screen.getByLabelText(/^Email/);
  await user.clear(field);
  await user.type(field, email);
  await user.click(screen.getByRole('button', { name: 'Gửi liên kết đặt lại' }));
  await screen.findByRole('heading', { name: 'Hãy kiểm tra hộp thư' });
}

describe('Forgot password', () => {
  it('is offered on the sign-in page and carries the address typed there', async () => {
    mockApi({});
    const user = userEvent.setup();
    const { router } = renderApp(<SignIn />, {
      path: '/signin',
      me: null,
      routes: [{ path: '/forgot-password', element: <ForgotPassword /> }],
    });
    await user.type(screen.getByLabelText(/^Email/), 'lam.mat-ong@example.vn');
    await user.click(screen.getByRole('link', { name: 'Quên mật khẩu?' }));

    expect(await screen.findByRole('heading', { name: 'Quên mật khẩu' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/forgot-password');
    expect(router.state.location.search).toBe(''); // the address never goes into the URL
    expect(screen.getByLabelText(/^Email/)).toHaveValue('lam.mat-ong@example.vn');
  });

  it('answers the same way whether or not the address has an account', async () => {
    const api = mockApi({ 'POST /api/auth/password-reset': { status: 202, body: neutral } });
    const user = userEvent.setup();
    renderForgot();

    await askFor(user, 'co-tai-khoan@example.vn');
    const known = screen.getByRole('status').textContent!;
    expect(known).toContain('Nếu co-tai-khoan@example.vn có tài khoản KếtNối, một thư có liên kết đặt mật khẩu mới vừa được gửi');
    expect(known).toContain('60 phút');

    await user.click(screen.getByRole('button', { name: 'Gửi lại hoặc dùng địa chỉ khác' }));
    expect(screen.getByLabelText(/^Email/)).toHaveValue('co-tai-khoan@example.vn');
    await askFor(user, 'khong-ai-ca@example.vn');
    const unknown = screen.getByRole('status').textContent!;

    expect(unknown.replace('khong-ai-ca@example.vn', '<address>')).toBe(known.replace('co-tai-khoan@example.vn', '<address>'));
    expect(api.callsTo('POST', '/api/auth/password-reset').map((c) => c.body)).toEqual([
      { email: 'co-tai-khoan@example.vn' },
      { email: 'khong-ai-ca@example.vn' },
    ]);
  });

  it('checks the address before sending and explains a throttled request', async () => {
    const api = mockApi({
      'POST /api/auth/password-reset': apiError(429, { code: 'rate_limited', message: 'Too many requests' }),
    });
    const user = userEvent.setup();
    renderForgot();
    await user.click(screen.getByRole('button', { name: 'Gửi liên kết đặt lại' }));
    expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription('Vui lòng điền ô này.');
    await user.type(screen.getByLabelText(/^Email/), 'khong-phai-email');
    await user.click(screen.getByRole('button', { name: 'Gửi liên kết đặt lại' }));
    expect(api.calls).toHaveLength(0);

    await user.clear(screen.getByLabelText(/^Email/));
    await user.type(screen.getByLabelText(/^Email/), 'lan@example.vn');
    await user.click(screen.getByRole('button', { name: 'Gửi liên kết đặt lại' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.');
    expect(screen.queryByRole('heading', { name: 'Hãy kiểm tra hộp thư' })).not.toBeInTheDocument();
  });
});

function renderReset(url: string) {
  return renderApp(<ResetPassword />, {
    path: '/reset-password',
    url,
    me: null,
    routes: [
      { path: '/home', element: <p>trang của tôi</p> },
      { path: '/forgot-password', element: <ForgotPassword /> },
    ],
  });
}

async function choose(user: ReturnType<typeof userEvent.setup>, password: string, repeat = password) {
  await user.type(screen.getByLabelText(/^Mật khẩu mới/), password);
  await user.type(screen.getByLabelText(/^Nhập lại mật khẩu mới/), repeat);
  await user.click(screen.getByRole('button', { name: 'Lưu mật khẩu mới' }));
}

describe('Reset password (the mailed link)', () => {
  it('sets the new password, signs the person in and takes them home', async () => {
    const signedIn: Me = meAs(startupProfile());
    let confirmed = false;
    const api = mockApi({
      'POST /api/auth/password-reset/confirm': () => {
        confirmed = true;
        return parsed(UserEnvelope, { user: signedIn.user });
      },
      'GET /api/auth/session': () => (confirmed ? signedIn : { user: null, profile: null }),
    });
    const user = userEvent.setup();
    const { router, queryClient } = renderReset(`/reset-password?token=${TOKEN}`);
    expect(screen.getByRole('heading', { name: 'Đặt mật khẩu mới' })).toBeInTheDocument();

    await choose(user, 'mat-ong-chanh-rung-2026');
    expect(await screen.findByText('trang của tôi')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/home');
    expect(api.callsTo('POST', '/api/auth/password-reset/confirm')[0]!.body).toEqual({
      token: TOKEN,
      password: 'mat-ong-chanh-rung-2026',
    });
    // The session is the new one, with its profile loaded.
    expect(queryClient.getQueryData<Me>(queryKeys.me)).toEqual(signedIn);
  });

  it('explains a used or expired link in words and offers a new one', async () => {
    mockApi({
      'POST /api/auth/password-reset/confirm': apiError(400, {
        code: 'invalid_token',
        message: 'This link is unknown, already used or expired.',
      }),
    });
    const user = userEvent.setup();
    const { router } = renderReset(`/reset-password?token=${TOKEN}`);
    await choose(user, 'mat-ong-chanh-rung-2026');

    expect(await screen.findByRole('heading', { name: 'Liên kết này không còn dùng được' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Mỗi liên kết đặt lại mật khẩu chỉ dùng được một lần và trong 60 phút. Liên kết này đã được dùng, đã hết hạn, hoặc bị mất một phần khi sao chép.',
    );
    expect(screen.queryByLabelText(/^Mật khẩu mới/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Gửi cho tôi liên kết mới' }));
    expect(await screen.findByRole('heading', { name: 'Quên mật khẩu' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/forgot-password');
  });

  it('says when the link lost its token, without showing a form that cannot work', () => {
    mockApi({});
    renderReset('/reset-password');
    expect(screen.getByRole('alert')).toHaveTextContent('Đường dẫn này thiếu mã đặt lại mật khẩu.');
    expect(screen.getByRole('link', { name: 'Gửi cho tôi liên kết mới' })).toHaveAttribute('href', '/forgot-password');
    expect(screen.queryByRole('button', { name: 'Lưu mật khẩu mới' })).not.toBeInTheDocument();
  });

  it('checks length and repetition before sending, and shows the server’s word on the password', async () => {
    const api = mockApi({
      'POST /api/auth/password-reset/confirm': apiError(400, {
        code: 'validation_failed',
        message: 'Invalid body',
        details: [{ path: 'password', message: 'Too common.' }],
      }),
    });
    const user = userEvent.setup();
    renderReset(`/reset-password?token=${TOKEN}`);
    await choose(user, 'ngan');
    expect(screen.getByLabelText(/^Mật khẩu mới/)).toHaveAccessibleDescription(/Mật khẩu cần ít nhất 10 ký tự\./);
    await user.clear(screen.getByLabelText(/^Mật khẩu mới/));
    await user.clear(screen.getByLabelText(/^Nhập lại mật khẩu mới/));
    await choose(user, 'mat-khau-du-dai', 'mat-khau-khac-han');
    expect(screen.getByLabelText(/^Nhập lại mật khẩu mới/)).toHaveAccessibleDescription('Hai mật khẩu chưa giống nhau.');
    expect(api.calls).toHaveLength(0);

    await user.clear(screen.getByLabelText(/^Nhập lại mật khẩu mới/));
    await user.type(screen.getByLabelText(/^Nhập lại mật khẩu mới/), 'mat-khau-du-dai');
    await user.click(screen.getByRole('button', { name: 'Lưu mật khẩu mới' }));
    await waitFor(() => expect(screen.getByLabelText(/^Mật khẩu mới/)).toHaveAccessibleDescription(/Too common\./));
    expect(api.calls).toHaveLength(1);
  });
});
