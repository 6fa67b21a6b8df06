import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConsultationCard } from './ConsultationCard.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { consultation, expertProfile, meAs, startupProfile } from '../../test/fixtures.js';

const base = consultation();

function routes() {
  return mockApi({
    'POST /api/consultations/k-1/complete': consultation({ status: 'completed', outcome: { tags: ['trademark_filed'] } }),
    'POST /api/consultations/k-1/feedback': consultation({ status: 'completed', feedback: { rating: 4, at: '2025-10-06T00:00:00.000Z' } }),
  });
}

describe('Consultation card', () => {
  it('shows both sides from the consultation itself, without a request', () => {
    const api = routes();
    renderApp(<ConsultationCard consultation={base} myProfileId="p-expert" />, { me: meAs(expertProfile()) });
    const card = screen.getByTestId('consultation');
    expect(within(card).getByRole('link', { name: 'Mật ong chanh rừng Chi Lăng' })).toHaveAttribute('href', '/profiles/p-startup');
    expect(within(card).getByRole('link', { name: 'Nguyễn Thị Hà' })).toHaveAttribute('href', '/profiles/p-expert');
    expect(api.calls).toHaveLength(0);
  });

  it('the expert or provider side records the outcome with tags, note and evidence', async () => {
    const api = routes();
    const user = userEvent.setup();
    renderApp(<ConsultationCard consultation={base} myProfileId="p-expert" />, { me: meAs(expertProfile()) });
    await user.click(screen.getByRole('button', { name: 'Ghi nhận kết quả' }));
    await user.click(screen.getByRole('button', { name: 'Lưu kết quả' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Chọn ít nhất một mục.');
    // The error sits above the note on a phone: the first tag takes the focus, bringing it into view,
    // and the error stands above the tags (under the last of them it was behind the tab bar).
    expect(screen.getByRole('checkbox', { name: 'Đã nộp đơn nhãn hiệu' })).toHaveFocus();
    const firstTag = screen.getAllByRole('checkbox')[0]!;
    expect(screen.getByRole('alert').compareDocumentPosition(firstTag) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Đã nộp đơn nhãn hiệu' }));
    await user.type(screen.getByLabelText('Ghi chú'), 'Đã nộp tại Cục SHTT');
    await user.type(screen.getByLabelText('Minh chứng'), 'Số đơn 4-2025-12345');
    await user.click(screen.getByRole('button', { name: 'Lưu kết quả' }));
    await vi.waitFor(() => expect(api.callsTo('POST', '/api/consultations/k-1/complete')).toHaveLength(1));
    expect(api.callsTo('POST', '/api/consultations/k-1/complete')[0]!.body).toEqual({
      outcome: { tags: ['trademark_filed'], note: 'Đã nộp tại Cục SHTT', evidence: 'Số đơn 4-2025-12345' },
    });
  });

  it('both sides read the filing number the helper recorded as evidence', () => {
    routes();
    const done = consultation({
      status: 'completed',
      outcome: { tags: ['trademark_filed'], note: 'Đã nộp tại Cục SHTT', evidence: 'Số đơn 4-2025-12345' },
    });
    renderApp(<ConsultationCard consultation={done} myProfileId="p-startup" />, { me: meAs(startupProfile()) });
    const card = screen.getByTestId('consultation');
    expect(card).toHaveTextContent('Kết quả: Đã nộp đơn nhãn hiệu — Đã nộp tại Cục SHTT');
    expect(card).toHaveTextContent('Minh chứng: Số đơn 4-2025-12345');
  });

  it('offers every outcome tag the server accepts', async () => {
    routes();
    renderApp(<ConsultationCard consultation={base} myProfileId="p-expert" />, { me: meAs(expertProfile()) });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Ghi nhận kết quả' }));
    expect(screen.getByRole('checkbox', { name: 'Sản phẩm lên sàn thương mại điện tử' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Thành lập doanh nghiệp/HTX' })).toBeInTheDocument();
  });

  it('a startup rates a completed consultation from 1 to 5 stars', async () => {
    const api = routes();
    const user = userEvent.setup();
    renderApp(<ConsultationCard consultation={consultation({ status: 'completed' })} myProfileId="p-startup" />, {
      me: meAs(startupProfile()),
    });
    expect(screen.queryByRole('button', { name: 'Ghi nhận kết quả' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Đánh giá buổi tư vấn' }));
    await user.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Chọn từ 1 đến 5 sao.');
    expect(screen.getByRole('radio', { name: '1 sao' })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: '4 sao' }));
    await user.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));
    await vi.waitFor(() => expect(api.callsTo('POST', '/api/consultations/k-1/feedback')[0]?.body).toEqual({ rating: 4 }));
  });

  it('staff see a consultation of their province but cannot act on it', () => {
    routes();
    renderApp(<ConsultationCard consultation={base} myProfileId={null} />, { me: meAs(null, 'staff') });
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers the outcome only once the consultation has started (issue 14 item 21)', () => {
    routes();
    const soon = consultation({ startsAt: '2099-10-05T02:00:00.000Z', endsAt: '2099-10-05T03:00:00.000Z' });
    renderApp(<ConsultationCard consultation={soon} myProfileId="p-expert" />, { me: meAs(expertProfile()) });
    const button = screen.getByRole('button', { name: 'Ghi nhận kết quả' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Có thể ghi nhận kết quả sau khi buổi bắt đầu (09:00 05/10/2099).');
  });

  it('says plainly why the server refused an outcome before the meeting', async () => {
    mockApi({
      'POST /api/consultations/k-1/complete': apiError(409, {
        code: 'conflict',
        message: 'not started',
        details: { reason: 'not_started', startsAt: '2025-10-05T02:00:00.000Z' },
      }),
    });
    const user = userEvent.setup();
    renderApp(<ConsultationCard consultation={base} myProfileId="p-expert" />, { me: meAs(expertProfile()) });
    await user.click(screen.getByRole('button', { name: 'Ghi nhận kết quả' }));
    await user.click(screen.getByRole('checkbox', { name: 'Đã nộp đơn nhãn hiệu' }));
    await user.click(screen.getByRole('button', { name: 'Lưu kết quả' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Buổi tư vấn chưa diễn ra (bắt đầu lúc 09:00 05/10/2025). Hãy ghi kết quả sau khi buổi tư vấn đã bắt đầu.',
    );
  });

  it('either side moves a scheduled consultation to a new start, keeping its length', async () => {
    const api = mockApi({ 'POST /api/consultations/k-1/reschedule': consultation({ startsAt: '2099-10-06T07:30:00.000Z' }) });
    const user = userEvent.setup();
    renderApp(<ConsultationCard consultation={base} myProfileId="p-startup" />, { me: meAs(startupProfile()) });
    await user.click(screen.getByRole('button', { name: 'Đổi giờ' }));
    const start = screen.getByLabelText(/Giờ bắt đầu mới/);
    expect(start).toHaveValue('2025-10-05T09:00');
    expect(start).toHaveAccessibleDescription('Giờ Việt Nam. Thời lượng giữ nguyên; cả hai bên nhận thư kèm lịch mới.');
    await user.click(screen.getByRole('button', { name: 'Lưu giờ mới' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Chọn một thời điểm sau bây giờ.');
    expect(api.callsTo('POST', '/api/consultations/k-1/reschedule')).toHaveLength(0);
    await user.clear(start);
    await user.type(start, '2099-10-06T14:30');
    await user.click(screen.getByRole('button', { name: 'Lưu giờ mới' }));
    await vi.waitFor(() => expect(api.callsTo('POST', '/api/consultations/k-1/reschedule')).toHaveLength(1));
    expect(api.callsTo('POST', '/api/consultations/k-1/reschedule')[0]!.body).toEqual({ startsAt: '2099-10-06T07:30:00.000Z' });
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Lưu giờ mới' })).toBeNull());
  });

  it('puts the focus in the panel a button opens, and on the card when the panel closes', async () => {
    mockApi({});
    const user = userEvent.setup();
    renderApp(<ConsultationCard consultation={base} myProfileId="p-startup" />, { me: meAs(startupProfile()) });
    await user.click(screen.getByRole('button', { name: 'Đổi giờ' }));
    expect(screen.getByLabelText(/Giờ bắt đầu mới/)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Quay lại' }));
    expect(screen.getByTestId('consultation')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Hủy lịch' }));
    expect(screen.getByLabelText(/Lý do/)).toHaveFocus();
  });

  it('an in-person meeting may change place as it moves; a refusal is said in words', async () => {
    const api = mockApi({
      'POST /api/consultations/k-1/reschedule': apiError(409, {
        code: 'conflict',
        message: 'busy',
        details: { reason: 'expert_busy', busy: [{ startsAt: '2099-10-06T07:00:00.000Z', endsAt: '2099-10-06T08:00:00.000Z' }] },
      }),
    });
    const user = userEvent.setup();
    const onsite = consultation({ mode: 'onsite', location: 'Sở KH&CN Lạng Sơn' });
    renderApp(<ConsultationCard consultation={onsite} myProfileId="p-expert" />, { me: meAs(expertProfile()) });
    await user.click(screen.getByRole('button', { name: 'Đổi giờ' }));
    const start = screen.getByLabelText(/Giờ bắt đầu mới/);
    await user.clear(start);
    await user.type(start, '2099-10-06T14:30');
    const place = screen.getByLabelText('Địa điểm');
    expect(place).toHaveValue('Sở KH&CN Lạng Sơn');
    await user.clear(place);
    await user.type(place, 'Vườn ươm Chi Lăng');
    await user.click(screen.getByRole('button', { name: 'Lưu giờ mới' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Chuyên gia đã có lịch tư vấn .*Hãy chọn thời gian khác\./);
    expect(api.callsTo('POST', '/api/consultations/k-1/reschedule')[0]!.body).toEqual({
      startsAt: '2099-10-06T07:30:00.000Z',
      location: 'Vườn ươm Chi Lăng',
    });
  });

  it('draws a 4.5 rating as four and a half stars, read out as 4,5 (issue 14 item 22)', () => {
    routes();
    const rated = consultation({ status: 'completed', feedback: { rating: 4.5, at: '2025-10-06T00:00:00.000Z' } });
    renderApp(<ConsultationCard consultation={rated} myProfileId="p-startup" />, { me: meAs(startupProfile()) });
    const stars = screen.getByRole('img', { name: '4,5 trên 5 sao' });
    expect([...stars.querySelectorAll('[data-fill]')].map((s) => s.getAttribute('data-fill'))).toEqual([
      'full',
      'full',
      'full',
      'full',
      'half',
    ]);
  });
});
