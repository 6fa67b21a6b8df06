import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UserEnvelope, type Me } from '@ketnoi/contract';
import ChangePasswordPage from './ChangePasswordPage.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { FakeSocket } from '../../test/fakeSocket.js';
import { meAs, parsed, startupProfile } from '../../test/fixtures.js';
import { queryKeys } from '../../api/keys.js';

const CURRENT = 'mat-khau-rat-manh';
const NEW = 'mat-ong-chanh-rung-2026';

function renderPage(socket?: FakeSocket, me: Me = meAs(startupProfile())) {
  return renderApp(<ChangePasswordPage />, { path: '/settings/password', me, ...(socket ? { socket } : {}) });
}

const current = () => screen.getByLabelText(/^Mật khẩu hiện tại/);
const fresh = () => screen.getByLabelText(/^Mật khẩu mới/);
const repeat = () => screen.getByLabelText(/^Nhập lại mật khẩu mới/);

async function fill(user: ReturnType<typeof userEvent.setup>, values: { current?: string; fresh?: string; repeat?: string }) {
  for (const [field, value] of [
    [current(), values.current],
    [fresh(), values.fresh],
    [repeat(), values.repeat ?? values.fresh],
  ] as const) {
    await user.clear(field);
    if (value) await user.type(field, value);
  }
  await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
}

describe('Change password', () => {
  it('changes the password, says so, empties the form and opens the live connection again', async () => {
    const socket = new FakeSocket();
    const connects = vi.spyOn(socket, 'connect');
    const me = meAs(startupProfile());
    const renamed = { ...me.user, name: 'Nguyễn Thị Lan' };
    const api = mockApi({
      'POST /api/auth/password': () => {
        // The server ends every session of the account, this one's socket with it.
        socket.serverDisconnect();
        return parsed(UserEnvelope, { user: renamed });
      },
    });
    const user = userEvent.setup();
    const { queryClient } = renderPage(socket, me);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Đổi mật khẩu');
    expect(fresh()).toHaveAccessibleDescription('Ít nhất 10 ký tự. Nên dùng một câu dễ nhớ.');
    expect(current()).toHaveAttribute('autocomplete', 'current-password');
    expect(fresh()).toHaveAttribute('autocomplete', 'new-password');
    await waitFor(() => expect(socket.connected).toBe(true));
    expect(connects).toHaveBeenCalledTimes(1);

    await fill(user, { current: CURRENT, fresh: NEW });

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Đã đổi mật khẩu. Các máy và trình duyệt khác đã được đăng xuất; KếtNối cũng gửi thư báo cho bạn.',
    );
    expect(api.callsTo('POST', '/api/auth/password').map((c) => c.body)).toEqual([{ currentPassword: CURRENT, newPassword: NEW }]);
    expect([current(), fresh(), repeat()].map((field) => (field as HTMLInputElement).value)).toEqual(['', '', '']);
    // The old session's socket was closed by the server: a new connection, with the new session.
    expect(connects).toHaveBeenCalledTimes(2);
    expect(socket.connected).toBe(true);
    // Same account, same profile: the cache keeps it, with the user as the server answered.
    expect(queryClient.getQueryData<Me>(queryKeys.me)).toEqual({ ...me, user: renamed });
  });

  it('checks the fields before sending, like sign-up, and takes the focus to the first one to fix', async () => {
    const api = mockApi({});
    const user = userEvent.setup();
    renderPage();

    await fill(user, { fresh: 'ngan' });
    expect(current()).toHaveAccessibleDescription('Vui lòng điền ô này.');
    expect(fresh()).toHaveAccessibleDescription(/Mật khẩu cần ít nhất 10 ký tự\./);
    expect(current()).toHaveFocus();

    await fill(user, { current: CURRENT, fresh: ' '.repeat(12) });
    expect(current()).not.toHaveAttribute('aria-invalid');
    expect(fresh()).toHaveAccessibleDescription(/Mật khẩu không được chỉ gồm khoảng trắng\./);
    expect(fresh()).toHaveFocus();

    await fill(user, { current: CURRENT, fresh: CURRENT });
    expect(fresh()).toHaveAccessibleDescription(/Mật khẩu mới đang giống mật khẩu hiện tại\. Hãy chọn một mật khẩu khác\./);

    await fill(user, { current: CURRENT, fresh: NEW, repeat: 'mat-ong-chanh-rung-2025' });
    expect(repeat()).toHaveAccessibleDescription('Hai mật khẩu chưa giống nhau.');
    expect(repeat()).toHaveFocus();
    expect(api.calls).toHaveLength(0);
  });

  it('marks a wrong current password on its field, in words, with the focus there', async () => {
    const message = 'The current password is incorrect.';
    mockApi({
      'POST /api/auth/password': apiError(400, {
        code: 'validation_failed',
        message,
        details: [{ path: 'currentPassword', message, code: 'wrong_password' }],
      }),
    });
    const user = userEvent.setup();
    renderPage();
    await fill(user, { current: 'khong-phai-mat-khau', fresh: NEW });

    await waitFor(() => expect(current()).toHaveAccessibleDescription('Mật khẩu hiện tại chưa đúng.'));
    expect(current()).toHaveFocus();
    expect(fresh()).toHaveValue(NEW);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    // The field says it all: no second message under the form.
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('shows the server’s word on the new password, and explains a throttled attempt', async () => {
    let attempt = 0;
    mockApi({
      'POST /api/auth/password': () =>
        ++attempt === 1
          ? apiError(400, {
              code: 'validation_failed',
              message: 'Invalid body',
              details: [{ path: 'newPassword', message: 'Too common.' }],
            })
          : apiError(429, { code: 'rate_limited', message: 'Too many failed sign-in attempts for this account.' }),
    });
    const user = userEvent.setup();
    renderPage();
    await fill(user, { current: CURRENT, fresh: NEW });
    await waitFor(() => expect(fresh()).toHaveAccessibleDescription(/Too common\./));
    expect(fresh()).toHaveFocus();

    await fill(user, { current: CURRENT, fresh: NEW });
    expect(await screen.findByRole('alert')).toHaveTextContent('Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.');
  });
});
