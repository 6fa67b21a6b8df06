import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { EventsReport } from './EventsReport.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { meAs } from '../../test/fixtures.js';
import { eventsReport } from '../../test/eventFixtures.js';

const params = { province: 'lang-son', from: '2025-12-31T17:00:00.000Z' };

describe('Events report', () => {
  it('shows the figures a department needs: events, registrations, attendance, no-shows, meetings, intros that followed', async () => {
    const api = mockApi({ 'GET /api/reports/events': eventsReport() });
    renderApp(<EventsReport params={params} />, { me: meAs(null, 'staff') });
    const section = await screen.findByRole('region', { name: 'Sự kiện' });
    const figure = (label: string) => within(section).getByText(label).closest('.stat');
    expect(await within(section).findByText('Sự kiện đã tổ chức')).toBeInTheDocument();
    expect(figure('Sự kiện đã tổ chức')).toHaveTextContent('3');
    expect(figure('Sự kiện đã tổ chức')).toHaveTextContent('1 sự kiện bị hủy (không tính)');
    expect(figure('Lượt đăng ký')).toHaveTextContent('40');
    expect(figure('Người có mặt (điểm danh)')).toHaveTextContent('30');
    expect(figure('Tỉ lệ vắng mặt')).toHaveTextContent('25%');
    expect(figure('Kết nối sau sự kiện')).toHaveTextContent('4');
    // The chart's figures are also there as text, kinds without events left out.
    const byKind = within(section).getByText('Sự kiện theo loại').closest('figure')!;
    expect([...byKind.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Ngày hội khởi nghiệp: 1', 'Tập huấn: 2']);
    const meetings = within(section).getByText('Gặp 1-1').closest('figure')!;
    expect(
      within(meetings)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['Lời mời gặp12', 'Được nhận lời9', 'Đã xếp giờ và bàn8', 'Đang trong danh sách chờ2']);
    expect(Object.fromEntries(api.callsTo('GET', '/api/reports/events')[0]!.query)).toEqual(params);
  });

  it('shows a dash for the no-show rate when nobody registered', async () => {
    mockApi({
      'GET /api/reports/events': eventsReport({
        events: { total: 0, byKind: {}, cancelled: 0 },
        registrations: 0,
        waitlisted: 0,
        checkedIn: 0,
        noShowRate: null,
        meetings: { requested: 0, accepted: 0, scheduled: 0 },
        introsAfterEvents: 0,
      }),
    });
    renderApp(<EventsReport params={{}} />, { me: meAs(null, 'staff') });
    expect(await screen.findByText('Chưa có sự kiện trong khoảng thời gian này.')).toBeInTheDocument();
    expect(screen.getByText('Tỉ lệ vắng mặt').closest('.stat')).toHaveTextContent('—');
  });
});
