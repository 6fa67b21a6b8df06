import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConsultationCard } from './ConsultationCard.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { expertProfile, intro, meAs, startupProfile } from '../../test/fixtures.js';
import type { Consultation } from '../../api/types.js';

afterEach(() => vi.unstubAllGlobals());

const base: Consultation = {
  id: 'k-1',
  introId: 'i-1',
  startsAt: '2025-10-05T02:00:00.000Z',
  durationMinutes: 60,
  mode: 'online',
  status: 'scheduled',
  createdAt: '2025-10-01T00:00:00.000Z',
};

function routes() {
  return mockApi({
    'GET /api/intros/i-1': intro({ status: 'accepted' }),
    'GET /api/profiles/p-startup': startupProfile(),
    'GET /api/profiles/p-expert': expertProfile(),
    'POST /api/consultations/k-1/complete': { ...base, status: 'completed' },
    'POST /api/consultations/k-1/feedback': { ...base, status: 'completed', feedback: { rating: 4 } },
  });
}

describe('Consultation card', () => {
  it('an expert records the outcome with tags, note and evidence', async () => {
    const api = routes();
    const user = userEvent.setup();
    renderApp(<ConsultationCard consultation={base} role="expert" />, { me: meAs(expertProfile()) });
    expect(screen.getByText(/60 phút/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ghi nhận kết quả' }));
    await user.click(screen.getByRole('button', { name: 'Lưu kết quả' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Chọn ít nhất một mục.');
    await user.click(screen.getByRole('checkbox', { name: 'Đã nộp đơn nhãn hiệu' }));
    await user.type(screen.getByLabelText('Ghi chú'), 'Đã nộp tại Cục SHTT');
    await user.type(screen.getByLabelText('Minh chứng'), 'Số đơn 4-2025-12345');
    await user.click(screen.getByRole('button', { name: 'Lưu kết quả' }));
    await vi.waitFor(() => expect(api.callsTo('POST', '/api/consultations/k-1/complete')).toHaveLength(1));
    expect(api.callsTo('POST', '/api/consultations/k-1/complete')[0]!.body).toEqual({
      outcome: { tags: ['trademark_filed'], note: 'Đã nộp tại Cục SHTT', evidence: 'Số đơn 4-2025-12345' },
    });
  });

  it('a startup rates a completed consultation from 1 to 5 stars', async () => {
    const api = routes();
    const user = userEvent.setup();
    renderApp(<ConsultationCard consultation={{ ...base, status: 'completed' }} role="startup" />, { me: meAs(startupProfile()) });
    expect(screen.queryByRole('button', { name: 'Ghi nhận kết quả' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Đánh giá buổi tư vấn' }));
    await user.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Chọn từ 1 đến 5 sao.');
    await user.click(screen.getByRole('radio', { name: '4 sao' }));
    await user.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));
    await vi.waitFor(() => expect(api.callsTo('POST', '/api/consultations/k-1/feedback')[0]?.body).toEqual({ rating: 4 }));
  });
});
