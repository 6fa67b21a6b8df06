// Issue 14 item 22: the reports page showed "Chờ trả lời 9" with one intro pending, and a bad
// date range said "check the marked fields" with nothing marked.
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { INTRO_STATUSES, SummaryOutput } from '@ketnoi/contract';
import ReportsPage from './ReportsPage.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { meAs, parsed } from '../../test/fixtures.js';

const zero = Object.fromEntries(INTRO_STATUSES.map((s) => [s, 0]));
const summary = parsed(SummaryOutput, {
  period: { from: '2025-12-31T17:00:00.000Z', to: '2026-12-07T00:00:00.000Z', timeZone: 'Asia/Ho_Chi_Minh' },
  province: 'lang-son',
  scope: { level: 'province', province: 'lang-son', region: null, provinces: null },
  needs: { byCategory: { trademark: { open: 2, resolved: 0 } }, totals: { opened: 2, reopened: 0, resolved: 0, closed: 0 } },
  intros: {
    byStatus: { ...zero, pending: 9, accepted: 4 },
    statusAtEnd: { ...zero, pending: 1, accepted: 4, expired: 4 },
    firstResponses: 5,
  },
  funnel: { requested: 9, accepted: 4, consulted: 3, resolved: 1 },
  medianFirstResponseHours: 24,
  consultations: { completed: 3, averageRating: 4.67, scheduled: 3, cancelled: 0, ratings: 3 },
  outcomes: { trademark_filed: 3 },
  outcomeStartups: { trademark_filed: 2 },
  timeInStage: { needs: {}, intros: {}, consultations: {} },
  exposure: { available: false, windowDays: 14, totalShown: 0, candidates: 0, items: [] },
});

/** Opens the page for staff and types a period into the date fields. */
async function choosePeriod(from: string, to: string) {
  const user = userEvent.setup();
  renderApp(<ReportsPage />, { me: meAs(null, 'staff') });
  await screen.findByText('Lời giới thiệu được gửi trong kỳ');
  await user.clear(screen.getByLabelText('Từ ngày'));
  await user.type(screen.getByLabelText('Từ ngày'), from);
  await user.type(screen.getByLabelText('Đến ngày'), to);
}

describe('Reports', () => {
  it('labels what each figure counts: requests of the period, and pending then versus now', async () => {
    mockApi({ 'GET /api/reports/summary': summary });
    renderApp(<ReportsPage />, { me: meAs(null, 'staff') });
    expect(await screen.findByText('Lời giới thiệu được gửi trong kỳ')).toBeInTheDocument();
    expect(screen.getByText('Buổi tư vấn hoàn thành trong kỳ')).toBeInTheDocument();
    expect(screen.getByText('Đánh giá trung bình (3 lượt đánh giá trong kỳ)')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Lời giới thiệu theo trạng thái' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Trạng thái', 'Chuyển sang trong kỳ', 'Cuối kỳ']);
    const pending = within(table).getByRole('row', { name: /^Chờ trả lời/ });
    expect(
      within(pending)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['9', '1']);
    const outcomes = screen.getByRole('table', { name: 'Kết quả đạt được' });
    const filed = within(outcomes).getByRole('row', { name: /^Đã nộp đơn nhãn hiệu/ });
    expect(
      within(filed)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '2']);
    // 4.67 draws four and a half stars and reads 4,7.
    expect(screen.getByRole('img', { name: '4,7 trên 5 sao' })).toBeInTheDocument();
  });

  it('asks for whole Vietnam days: the chosen last day is included to its last minute', async () => {
    const api = mockApi({ 'GET /api/reports/summary': summary, 'GET /api/reports/events': { status: 500, body: {} } });
    await choosePeriod('2026-03-01', '2026-03-31');
    // The server reads a bare date as the start of that day in Vietnam and `to` as exclusive, so
    // March is from=2026-03-01&to=2026-04-01 (an end at 23:59 would leave the last minute out).
    const march = { province: 'lang-son', from: '2026-03-01', to: '2026-04-01' };
    await vi.waitFor(() =>
      expect(api.callsTo('GET', '/api/reports/summary').map((c) => Object.fromEntries(c.query))).toContainEqual(march),
    );
    expect(api.callsTo('GET', '/api/reports/events').map((c) => Object.fromEntries(c.query))).toContainEqual(march);
    const csv = new URL(screen.getByRole('link', { name: 'Nhu cầu' }).getAttribute('href')!, 'http://localhost');
    expect(Object.fromEntries(csv.searchParams)).toEqual({ type: 'needs', ...march });
  });

  it('starts the period on 1 January of this year in Vietnam, whatever the browser’s clock says', async () => {
    // 01:00 on 1 January 2027 in Vietnam; still 2026 in UTC and further west.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-31T18:00:00Z'));
    try {
      const api = mockApi({ 'GET /api/reports/summary': summary, 'GET /api/reports/events': { status: 500, body: {} } });
      renderApp(<ReportsPage />, { me: meAs(null, 'staff') });
      expect(screen.getByLabelText('Từ ngày')).toHaveValue('2027-01-01');
      await vi.waitFor(() => expect(api.callsTo('GET', '/api/reports/summary')[0]?.query.get('from')).toBe('2027-01-01'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('marks a period that ends before it starts, and asks the server nothing', async () => {
    const api = mockApi({ 'GET /api/reports/summary': summary });
    await choosePeriod('2026-12-01', '2026-01-01');
    expect(screen.getByLabelText('Đến ngày')).toHaveAccessibleDescription('Ngày kết thúc phải từ ngày bắt đầu trở đi.');
    // Asked for the new start alone, never for the period that ends before it.
    expect(api.callsTo('GET', '/api/reports/summary').filter((c) => c.query.has('to'))).toEqual([]);
    expect(screen.queryByText('Vui lòng kiểm tra lại các ô được đánh dấu.')).toBeNull();
  });

  it('marks the field the server names when it refuses the period', async () => {
    mockApi({
      'GET /api/reports/summary': apiError(400, {
        code: 'validation_failed',
        message: 'The period must end after it starts.',
        details: [{ path: 'query.to', message: '`to` must be later than `from`' }],
      }),
    });
    renderApp(<ReportsPage />, { me: meAs(null, 'staff') });
    await vi.waitFor(() =>
      expect(screen.getByLabelText('Đến ngày')).toHaveAccessibleDescription('Ngày kết thúc phải từ ngày bắt đầu trở đi.'),
    );
  });
});
