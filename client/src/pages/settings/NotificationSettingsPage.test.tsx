import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NotificationSettingsOutput } from '@ketnoi/contract';
import NotificationSettingsPage from './NotificationSettingsPage.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { meAs, parsed, startupProfile } from '../../test/fixtures.js';

const settings = (value: { email: 'instant' | 'daily' | 'off'; language: 'vi' | 'en' }) => parsed(NotificationSettingsOutput, value);

function renderPage() {
  return renderApp(<NotificationSettingsPage />, { path: '/settings/notifications', me: meAs(startupProfile()) });
}

describe('Notification settings', () => {
  it('shows the current choice, Vietnamese first, and saves a new one', async () => {
    const api = mockApi({
      'GET /api/me/notification-settings': settings({ email: 'daily', language: 'en' }),
      'PUT /api/me/notification-settings': (req) => settings(req.body as { email: 'off'; language: 'vi' }),
    });
    const user = userEvent.setup();
    renderPage();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Cài đặt thông báo');

    const mail = await screen.findByRole('group', { name: 'Gửi thư cho tôi' });
    expect(
      within(mail)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['instant', 'daily', 'off']);
    expect(within(mail).getByRole('radio', { name: /Một thư tóm tắt mỗi ngày/ })).toBeChecked();
    expect(within(mail).getByText('Lúc 07:00 sáng (giờ Việt Nam), gom mọi việc trong ngày trước.')).toBeInTheDocument();
    const language = screen.getByRole('group', { name: 'Ngôn ngữ của thư' });
    expect(
      within(language)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['vi', 'en']);
    expect(within(language).getByRole('radio', { name: 'English' })).toBeChecked();

    await user.click(within(mail).getByRole('radio', { name: /Không gửi thư/ }));
    await user.click(within(language).getByRole('radio', { name: 'Tiếng Việt' }));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Đã lưu cài đặt thông báo.');
    expect(api.callsTo('PUT', '/api/me/notification-settings')[0]!.body).toEqual({ email: 'off', language: 'vi' });
    expect(within(mail).getByRole('radio', { name: /Không gửi thư/ })).toBeChecked();

    // Another change hides the note until it is saved too.
    await user.click(within(mail).getByRole('radio', { name: /Ngay khi có việc/ }));
    expect(screen.queryByText('Đã lưu cài đặt thông báo.')).not.toBeInTheDocument();
  });

  it('reports a failed save and keeps the choice on screen', async () => {
    mockApi({
      'GET /api/me/notification-settings': settings({ email: 'instant', language: 'vi' }),
      'PUT /api/me/notification-settings': apiError(503, { code: 'unavailable', message: 'down' }),
    });
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('radio', { name: /Không gửi thư/ }));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Dịch vụ đang tạm gián đoạn. Vui lòng thử lại sau.');
    expect(screen.queryByText('Đã lưu cài đặt thông báo.')).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Không gửi thư/ })).toBeChecked();
  });

  it('offers a retry when the settings cannot be loaded', async () => {
    let up = false;
    mockApi({
      'GET /api/me/notification-settings': () =>
        up ? settings({ email: 'off', language: 'vi' }) : apiError(503, { code: 'unavailable', message: 'down' }),
    });
    const user = userEvent.setup();
    renderPage();
    up = true;
    await user.click(await screen.findByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('radio', { name: /Không gửi thư/ })).toBeChecked();
  });
});
