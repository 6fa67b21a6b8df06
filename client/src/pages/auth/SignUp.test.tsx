import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SignUp from './SignUp.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { FieldIssue, UserEnvelope } from '@ketnoi/contract';
import { parsed } from '../../test/fixtures.js';

function renderSignUp(url = '/signup') {
  return renderApp(<SignUp />, {
    path: '/signup',
    url,
    me: null,
    routes: [{ path: '/profile', element: <p>onboarding page</p> }],
  });
}

async function fill(user: ReturnType<typeof userEvent.setup>, values: { name?: string; email?: string; password?: string }) {
  if (values.name) await user.type(screen.getByLabelText(/Họ và tên/), values.name);
  if (values.email) await user.type(screen.getByLabelText(/^Email/), values.email);
  if (values.password) await user.type(screen.getByLabelText(/^Mật khẩu/), values.password);
}

describe('Sign-up form', () => {
  it('shows a message next to each missing or wrong field and does not call the server', async () => {
    const api = mockApi({});
    const user = userEvent.setup();
    renderSignUp();
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));

    expect(screen.getByLabelText(/Họ và tên/)).toHaveAccessibleDescription('Vui lòng điền ô này.');
    expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription('Vui lòng điền ô này.');
    expect(screen.getByLabelText(/^Mật khẩu/)).toHaveAccessibleDescription(/Vui lòng điền ô này\./);
    expect(screen.getByLabelText(/Tỉnh, thành phố/)).toHaveAccessibleDescription('Vui lòng chọn một mục.');
    expect(screen.getAllByText('Vui lòng chọn một mục.')).toHaveLength(2); // role and province
    expect(api.calls).toHaveLength(0);
    // The first field to fix has the focus: on a phone the form is taller than the screen.
    expect(screen.getAllByRole('radio')[0]).toHaveFocus();

    await fill(user, { email: 'khong-phai-email', password: 'ngan' });
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));
    expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription('Email chưa đúng định dạng (ví dụ: ten@gmail.com).');
    expect(screen.getByLabelText(/^Mật khẩu/)).toHaveAccessibleDescription(/Mật khẩu cần ít nhất 10 ký tự\./);
    expect(screen.getByLabelText(/^Mật khẩu/)).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls).toHaveLength(0);

    await user.clear(screen.getByLabelText(/^Mật khẩu/));
    await fill(user, { password: ' '.repeat(12) });
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));
    expect(screen.getByLabelText(/^Mật khẩu/)).toHaveAccessibleDescription(/Mật khẩu không được chỉ gồm khoảng trắng\./);
    expect(api.calls).toHaveLength(0);
  });

  it('maps the server validation_failed details onto the fields', async () => {
    const api = mockApi({
      'POST /api/auth/register': apiError(400, {
        code: 'validation_failed',
        message: 'Invalid body',
        details: [
          { path: 'email', message: 'Email domain is not accepted' },
          { path: 'name', code: 'too_big', message: 'At most 120 characters.' },
        ].map((issue) => FieldIssue.parse(issue)),
      }),
    });
    const user = userEvent.setup();
    renderSignUp('/signup?role=expert');
    expect(screen.getByRole('radio', { name: /Chuyên gia/ })).toBeChecked();
    await fill(user, { name: 'Nguyễn Thị Hà', email: 'ha@example.vn', password: 'mot-cau-dai-de-nho' });
    await user.selectOptions(screen.getByLabelText(/Tỉnh, thành phố/), 'lang-son');
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));

    await waitFor(() => expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription('Email domain is not accepted'));
    expect(screen.getByLabelText(/Họ và tên/)).toHaveAccessibleDescription('At most 120 characters.');
    expect(api.callsTo('POST', '/api/auth/register')[0]!.body).toEqual({
      email: 'ha@example.vn',
      password: 'mot-cau-dai-de-nho',
      role: 'expert',
      name: 'Nguyễn Thị Hà',
      province: 'lang-son',
    });

    // Editing a field clears its message.
    await user.type(screen.getByLabelText(/^Email/), 'x');
    expect(screen.getByLabelText(/^Email/)).not.toHaveAccessibleDescription('Email domain is not accepted');
  });

  it('shows "email taken" on the email field for a 409 and goes to onboarding after success', async () => {
    let attempt = 0;
    mockApi({
      'POST /api/auth/register': () =>
        ++attempt === 1
          ? apiError(409, { code: 'conflict', message: 'exists' })
          : {
              status: 201,
              body: parsed(UserEnvelope, {
                user: {
                  id: 'u1',
                  email: 'b@example.vn',
                  role: 'startup',
                  name: 'B',
                  province: 'lang-son',
                  language: 'vi',
                  createdAt: '2025-01-01T00:00:00Z',
                },
              }),
            },
    });
    const user = userEvent.setup();
    renderSignUp('/signup?role=startup');
    await fill(user, { name: 'B', email: 'a@example.vn', password: 'mot-cau-dai-de-nho' });
    await user.selectOptions(screen.getByLabelText(/Tỉnh, thành phố/), 'lang-son');
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));
    await waitFor(() =>
      expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription('Email này đã được dùng cho một tài khoản khác.'),
    );
    // Most often the person's own older account: the ways in are right there.
    expect(screen.getByText(/Nếu đây là email của bạn/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Quên mật khẩu?' })).toHaveAttribute('href', '/forgot-password');

    await user.clear(screen.getByLabelText(/^Email/));
    expect(screen.queryByText(/Nếu đây là email của bạn/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Email/), 'b@example.vn');
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));
    expect(await screen.findByText('onboarding page')).toBeInTheDocument();
  });
});
