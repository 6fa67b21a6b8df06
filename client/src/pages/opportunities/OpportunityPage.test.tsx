import type { Me } from '@ketnoi/contract';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import OpportunityPage from './OpportunityPage.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { intro, meAs, startupProfile } from '../../test/fixtures.js';
import { opportunity } from '../portal/portalFixtures.js';

const open = (me: Me | null) => renderApp(<OpportunityPage />, { path: '/opportunities/:id', url: '/opportunities/op-1', me });

describe('Opportunity page', () => {
  it('shows a visitor the offer, its owner’s public page and the way to sign up', async () => {
    mockApi({ 'GET /api/opportunities/op-1': opportunity() });
    open(null);
    expect(await screen.findByRole('heading', { level: 1, name: /Tìm nhà cung cấp mật ong OCOP/ })).toBeInTheDocument();
    expect(document.title).toBe('Tìm nhà cung cấp mật ong OCOP — KếtNối');
    expect(screen.getByRole('link', { name: 'Siêu thị Kỳ Lừa' })).toHaveAttribute('href', '/p/p-market');
    expect(screen.getByText('Đăng ký hoặc đăng nhập để bày tỏ quan tâm và được giới thiệu.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đăng nhập' })).toHaveAttribute('href', '/signin?next=%2Fopportunities%2Fop-1');
    expect(screen.queryByRole('button', { name: 'Quan tâm' })).not.toBeInTheDocument();
  });

  it('explains a 409 when the opportunity expired meanwhile, and sends nothing twice', async () => {
    const api = mockApi({
      'GET /api/opportunities/op-1': opportunity(),
      'POST /api/opportunities/op-1/interest': apiError(409, { code: 'conflict', message: 'expired', details: { status: 'expired' } }),
    });
    open(meAs(startupProfile()));
    await userEvent.click(await screen.findByRole('button', { name: 'Quan tâm' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Lời nhắn gửi Siêu thị Kỳ Lừa/ }), 'HTX có 200 chai mỗi tháng.');
    await userEvent.click(screen.getByRole('button', { name: 'Gửi lời đề nghị' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Cơ hội này đã hết hạn nên không nhận thêm quan tâm.');
    expect(api.callsTo('POST', '/api/opportunities/op-1/interest').map((c) => c.body)).toEqual([{ message: 'HTX có 200 chai mỗi tháng.' }]);
  });

  it('keeps the focus with the message: opened, sent empty, cancelled, then sent', async () => {
    mockApi({
      'GET /api/opportunities/op-1': opportunity(),
      'POST /api/opportunities/op-1/interest': { status: 201, body: intro({ fromProfileId: 'p-startup', toProfileId: 'p-market' }) },
    });
    open(meAs(startupProfile()));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Quan tâm' }));
    const message = screen.getByRole('textbox', { name: /Lời nhắn gửi Siêu thị Kỳ Lừa/ });
    expect(message).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Gửi lời đề nghị' }));
    expect(message).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(screen.getByRole('button', { name: 'Quan tâm' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Quan tâm' }));
    await user.type(screen.getByRole('textbox', { name: /Lời nhắn gửi Siêu thị Kỳ Lừa/ }), 'HTX có 200 chai mỗi tháng.');
    await user.click(screen.getByRole('button', { name: 'Gửi lời đề nghị' }));
    expect(await screen.findByRole('status')).toHaveFocus();
  });

  it('tells a closed opportunity apart without offering interest', async () => {
    mockApi({ 'GET /api/opportunities/op-1': opportunity({ status: 'closed' }) });
    open(meAs(startupProfile()));
    expect(await screen.findByText('Cơ hội này đã đóng nên không nhận thêm quan tâm.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Quan tâm' })).not.toBeInTheDocument();
  });
});
