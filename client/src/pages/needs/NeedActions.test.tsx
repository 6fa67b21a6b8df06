// Issue 14 item 22: a need could not be edited or withdrawn.
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Need } from '@ketnoi/contract';
import NeedMatchesPage from '../matches/NeedMatchesPage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { meAs, need as needOf, startupProfile } from '../../test/fixtures.js';

function setup() {
  let current: Need = needOf({ id: 'n-7' });
  const api = mockApi({
    'GET /api/needs/n-7': () => current,
    'PATCH /api/needs/n-7': (req) => {
      const patch = req.body as Partial<Need>;
      current = needOf({ ...current, ...patch });
      return current;
    },
    'GET /api/matches': { items: [] },
  });
  renderApp(<NeedMatchesPage />, { path: '/needs/:id', url: '/needs/n-7', me: meAs(startupProfile()) });
  return api;
}

describe('A startup’s own need', () => {
  it('can be edited: title, description, urgency and category', async () => {
    const api = setup();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sửa nhu cầu' }));
    const title = screen.getByLabelText(/Tóm tắt nhu cầu/);
    await user.clear(title);
    await user.type(title, 'Đăng ký nhãn hiệu tập thể cho mật ong');
    await user.selectOptions(screen.getByLabelText('Mức độ gấp'), 'high');
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng ký nhãn hiệu tập thể cho mật ong' })).toBeInTheDocument();
    expect(api.callsTo('PATCH', '/api/needs/n-7')[0]!.body).toEqual({
      title: 'Đăng ký nhãn hiệu tập thể cho mật ong',
      description: 'Cần bảo hộ nhãn hiệu trước khi vào siêu thị.',
      urgency: 'high',
      category: 'trademark',
    });
  });

  it('can be withdrawn after saying what that means, and reopened', async () => {
    const api = setup();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Rút nhu cầu' }));
    expect(screen.getByRole('heading', { name: 'Rút nhu cầu này?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rút nhu cầu' }));
    expect(await screen.findByText('Đã đóng')).toBeInTheDocument();
    expect(api.callsTo('PATCH', '/api/needs/n-7')[0]!.body).toEqual({ status: 'closed' });
    expect(screen.getByText('Nhu cầu này đã đóng hoặc đã được giải quyết. Mở lại để tìm người hỗ trợ.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mở lại nhu cầu' }));
    expect(await screen.findByRole('button', { name: 'Rút nhu cầu' })).toBeInTheDocument();
    expect(api.callsTo('PATCH', '/api/needs/n-7')[1]!.body).toEqual({ status: 'open' });
  });
});
