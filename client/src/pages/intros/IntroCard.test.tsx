import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IntroCard } from './IntroCard.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { intro, meAs } from '../../test/fixtures.js';

describe('Intro card for staff', () => {
  it('asks before rejecting an intro waiting for staff, and sends the reason the requester will read', async () => {
    const api = mockApi({
      'POST /api/intros/i-1/reject': intro({
        status: 'rejected',
        awaiting: [],
        declineReason: 'Nhà đầu tư chỉ nhận dự án đã có doanh thu.',
      }),
    });
    const waiting = intro({ status: 'pending_staff', awaiting: [] });
    renderApp(
      <ul>
        <IntroCard intro={waiting} myProfileId={null} staff />
      </ul>,
      { me: meAs(null, 'staff') },
    );
    const user = userEvent.setup();
    const card = screen.getByTestId('intro');
    await user.click(within(card).getByRole('button', { name: 'Không duyệt' }));
    expect(api.calls).toHaveLength(0);
    const reason = within(card).getByLabelText('Lý do gửi cho người đề nghị (không bắt buộc)');
    expect(reason).toHaveFocus();

    // Changing one's mind leaves the intro as it was.
    await user.click(within(card).getByRole('button', { name: 'Hủy' }));
    expect(within(card).getByRole('button', { name: 'Duyệt' })).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);

    await user.click(within(card).getByRole('button', { name: 'Không duyệt' }));
    await user.type(within(card).getByRole('textbox'), 'Nhà đầu tư chỉ nhận dự án đã có doanh thu.');
    await user.click(within(card).getByRole('button', { name: 'Xác nhận không duyệt' }));
    await vi.waitFor(() => expect(api.callsTo('POST', '/api/intros/i-1/reject')).toHaveLength(1));
    expect(api.callsTo('POST', '/api/intros/i-1/reject')[0]!.body).toEqual({ reason: 'Nhà đầu tư chỉ nhận dự án đã có doanh thu.' });
  });
});
