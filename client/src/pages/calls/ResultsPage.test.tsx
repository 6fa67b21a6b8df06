import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Me } from '@ketnoi/contract';
import ResultsPage from './ResultsPage.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { meAs } from '../../test/fixtures.js';
import { call, EVENT_ID, results } from '../../test/calls.js';

const CALL = `/api/events/${EVENT_ID}/call`;
const RESULTS = `/api/events/${EVENT_ID}/results`;
const open = (me: Me | null) => renderApp(<ResultsPage />, { path: '/events/:id/results', url: `/events/${EVENT_ID}/results`, me });

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('The results page', () => {
  it('shows anyone the published ranks, shared ranks, totals and per-criterion means', async () => {
    mockApi({ [`GET ${CALL}`]: call({ resultsPublishedAt: '2026-03-10T09:00:00.000Z' }), [`GET ${RESULTS}`]: results() });
    open(null);
    const rows = await screen.findAllByTestId('result-row');
    expect(rows).toHaveLength(4);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Mật ong chanh rừng');
    expect(within(rows[0]!).getByLabelText('Đồng hạng 1')).toBeInTheDocument();
    expect(within(rows[1]!).getByLabelText('Đồng hạng 1')).toBeInTheDocument();
    expect(within(rows[2]!).getByLabelText('Hạng 3')).toBeInTheDocument();
    // rank, total, the three criteria's means, judges
    expect(cells(rows[0]!)).toEqual(['1đồng hạng', '81,67', '8,5', '16', '4,5', '3']);
    expect(cells(rows[2]!)).toEqual(['3', '60,25', '6', '12', '3', '3']);
    expect(cells(rows[3]!)).toEqual(['Chưa chấm', '—', '—', '—', '—', '0']);
    expect(screen.getByRole('columnheader', { name: /Khả năng thương mại hoá/ })).toHaveTextContent('/ 20');
    expect(screen.queryByRole('link', { name: /CSV/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Hỗ trợ tiếp' })).not.toBeInTheDocument();
  });

  it('says the results are not out yet when the server refuses them before publication', async () => {
    mockApi({
      [`GET ${CALL}`]: call(),
      [`GET ${RESULTS}`]: apiError(403, { code: 'forbidden', message: 'The results are not published yet.' }),
    });
    open(null);
    expect(await screen.findByText('Kết quả chưa được công bố.')).toBeInTheDocument();
    expect(screen.queryByTestId('result-row')).not.toBeInTheDocument();
  });

  it('gives the organiser a preview to publish, the scores CSV, and broker links for the winners’ needs', async () => {
    const need = { id: 'n-1', category: 'trademark', title: 'Đăng ký nhãn hiệu', status: 'open' };
    let published = false;
    const preview = () => {
      const r = results({ published, publishedAt: published ? '2026-03-10T09:00:00.000Z' : null });
      return { ...r, items: r.items.map((item) => ({ ...item, needs: item.entry.id === 'e1' ? [need] : [] })) };
    };
    const api = mockApi({
      [`GET ${CALL}`]: () => call({ viewer: { organiser: true, manager: true, judge: false }, jury: [], judges: [] }),
      [`GET ${RESULTS}`]: preview,
      [`POST ${RESULTS}/publish`]: () => {
        published = true;
        return preview();
      },
    });
    const user = userEvent.setup();
    open(meAs(null, 'staff'));
    expect(await screen.findByText('Bản xem trước cho ban tổ chức và giám khảo: kết quả chưa công bố.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tải bảng điểm chi tiết (CSV)' })).toHaveAttribute(
      'href',
      `/api/events/${EVENT_ID}/scores.csv?lang=vi`,
    );
    const rows = screen.getAllByTestId('result-row');
    expect(within(rows[0]!).getByRole('link', { name: 'Kết nối: Đăng ký nhãn hiệu, sở hữu trí tuệ' })).toHaveAttribute(
      'href',
      '/staff/broker?a=p-e1&need=n-1',
    );
    expect(within(rows[1]!).getByRole('link', { name: 'Giới thiệu kết nối' })).toHaveAttribute('href', '/staff/broker?a=p-e2');
    expect(within(rows[3]!).queryByRole('link')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Công bố kết quả' }));
    expect(api.callsTo('POST', `${RESULTS}/publish`)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Công bố ngay' }));
    expect(await screen.findByText(/^Công bố lúc/)).toBeInTheDocument();
    expect(api.callsTo('POST', `${RESULTS}/publish`)).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Công bố kết quả' })).not.toBeInTheDocument();
  });

  it.each([
    [
      'still open, with entries left to score',
      true,
      3,
      /^Cuộc thi vẫn nhận hồ sơ đến .*công bố bây giờ là đóng nhận hồ sơ ngay\. Giám khảo còn 3 lượt chấm chưa xong\. Công bố thì/,
    ],
    ['closed and fully scored', false, 0, /^Công bố thì ai cũng xem được kết quả/],
  ])('before publishing a call %s, says what publishing ends', async (_, isOpen, remaining, question) => {
    const judge = {
      userId: 'u-j',
      name: 'Giám khảo',
      role: 'expert',
      assigned: 4,
      scored: 4 - remaining,
      recused: 0,
      conflicted: 0,
      remaining,
      paper: 0,
    };
    const api = mockApi({
      [`GET ${CALL}`]: call({ open: isOpen, viewer: { organiser: true, manager: true, judge: false }, jury: [], judges: [] }),
      [`GET ${RESULTS}`]: results({ published: false, publishedAt: null }),
      [`GET /api/events/${EVENT_ID}/judging`]: { entries: 4, judges: [judge] },
    });
    const user = userEvent.setup();
    open(meAs(null, 'staff'));
    await user.click(await screen.findByRole('button', { name: 'Công bố kết quả' }));
    expect(await screen.findByText(question)).toBeInTheDocument();
    expect(api.callsTo('POST', `${RESULTS}/publish`)).toHaveLength(0);
  });
});
